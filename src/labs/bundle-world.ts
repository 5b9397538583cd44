/**
 * A lab's world on the page: a fresh kernel with the build's recorded calls replayed (kernel-calls.ts).
 * What world.ts builds from the interfaces config, without shipping the config model.
 */
import { Sim } from '../sim/core.ts';
import type { BuildNote } from '../config/build.ts';
import type { LabBundle, LoadedLabFile } from './compiled.ts';
import { replayCalls } from './kernel-calls.ts';

export type Bilingual = { en: string; ko: string };

export interface LabWorldBuilt {
  sim: Sim;
  hostId: string;
  /** Cable at an endpoint (`pve/eno1`, `sw/port 1`, `100/eth0`) -> kernel link id. */
  links: Map<string, string>;
  notes: BuildNote[];
  /** Display names of the nodes, from the labels in the lab file. */
  names: Record<string, Bilingual>;
  /** A MAC literal, or NODE/DEVICE -> that device's MAC. */
  macOf(ref: string): string | undefined;
  /** Plugs in a guest marked `later`; false when there is no such guest. */
  attachLater(id: string): boolean;
}
/** Display names of a variant's nodes, from the labels in the lab file (a variant's own come first). */
export function labNames(lab: LoadedLabFile, variant?: string): Record<string, Bilingual> {
  const names: Record<string, Bilingual> = {};
  const add = (id: string, label: Bilingual | undefined) => {
    if (label && !names[id]) names[id] = label;
  };
  const v = lab.variants?.find((x) => x.id === variant);
  add(lab.host.id ?? 'pve', v?.host?.label ?? lab.host.label);
  for (const g of v?.guests ?? lab.guests ?? []) add(g.name ?? String(g.vmid), g.label);
  const world = v?.world ?? lab.world;
  for (const h of world?.hosts ?? []) add(h.id, h.label);
  for (const s of world?.switches ?? []) add(s.id, s.label);
  return names;
}

export function worldFromBundle(bundle: LabBundle, variant?: string): LabWorldBuilt {
  const w = bundle.worlds[variant ?? ''];
  if (!w) throw new Error(`lab ${bundle.lab.id} has no variant ${variant}`);
  const sim = new Sim({ seed: w.seed });
  replayCalls(sim, w.calls);
  const attached = new Set<string>();
  return {
    sim,
    hostId: w.hostId,
    links: new Map(w.links),
    notes: [],
    names: w.names,
    macOf: (ref) => {
      if (/^[0-9a-fA-F]{2}([:-][0-9a-fA-F]{2}){5}$/.test(ref)) return ref.toLowerCase().replace(/-/g, ':');
      const [node, dev] = ref.split('/');
      try {
        return node && dev ? sim.host(node).devMac(dev) : undefined;
      } catch {
        return undefined;
      }
    },
    attachLater: (id) => {
      const calls = w.later[id];
      if (!calls || attached.has(id)) return false;
      attached.add(id);
      replayCalls(sim, calls);
      return true;
    },
  };
}
