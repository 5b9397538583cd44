/**
 * The two halves of the comparison: the routed lab file's "routed" variant and the NAT lab file,
 * with the same reader actions on both (guest -> internet ping, internet -> guest SSH) taken from
 * those files. Only the worlds and actions are used, not the other labs' goals.
 */
import routedFile from '../../../../content/labs/routed.yaml?lab&worlds-only';
import natFile from '../../../../content/labs/nat-site.yaml?lab&worlds-only';
import { doStep, type TrafficHandle } from '../../../labs/act.ts';
import { worldFromBundle } from '../../../labs/bundle-world.ts';
import type { LabBundle } from '../../../labs/compiled.ts';
import type { FileLabWorld } from '../../../labs/site-lab.ts';
import type { LabAction, LabDefinition } from '../../core/lab-model.ts';
import { rvnText as T } from '../../i18n/labs/routed-vs-nat.ts';

/**
 * An action of a lab file (in a variant), offered here under this lab's id and label. (Not through
 * site-lab.ts: this page has goals of its own and should not ship the goal checker.)
 */
function take(bundle: LabBundle, variant: string | undefined, id: string, as: Pick<LabAction<FileLabWorld>, 'id' | 'label'>): LabAction<FileLabWorld> {
  const a = bundle.lab.actions!.find((x) => x.id === id && (!x.variants || variant === undefined || x.variants.includes(variant)))!;
  return {
    ...as,
    ...(a.once ? { enabled: (done: readonly string[]) => !done.includes(as.id) } : {}),
    run: (w) => {
      const handles: TrafficHandle[] = [];
      for (const step of a.do) {
        const effect = doStep(w.built, bundle.rules, step);
        if (effect.handle) handles.push(effect.handle);
      }
      return { handles };
    },
  };
}

const build = (bundle: LabBundle, variant?: string) => (): FileLabWorld => {
  const built = worldFromBundle(bundle, variant);
  return { sim: built.sim, names: built.names, built };
};

/** Where an action of a lab file connects to: its TCP step's address and port. */
function tcpTarget(bundle: LabBundle, id: string, variant?: string): { dst: string; port: number } {
  const a = bundle.lab.actions!.find((x) => x.id === id && (!x.variants || variant === undefined || x.variants.includes(variant)))!;
  const step = a.do.find((s) => 'tcp' in s);
  if (!step || !('tcp' in step)) throw new Error(`${bundle.lab.id}: action ${id} opens no TCP connection`);
  return { dst: step.tcp.to, port: step.tcp.port };
}

/** What the internet host connects to on each side: the routed guest's own SSH, the NAT host's forwarded port. */
export const RVN_IN = { routed: tcpTarget(routedFile, 'ssh', 'routed'), nat: tcpTarget(natFile, 'ssh-in') };

export const RVN_TARGETS = {
  routed: `${RVN_IN.routed.dst}:${RVN_IN.routed.port}`,
  nat: `${RVN_IN.nat.dst}:${RVN_IN.nat.port}`,
};

export const rvnRouted: LabDefinition<FileLabWorld> = {
  id: 'rvn-routed',
  title: T.routedTitle,
  build: build(routedFile, 'routed'),
  goals: [],
  tableTabs: ['routes', 'neigh', 'fdb'],
  initialTab: 'routes',
  focus: { neigh: ['pve', 'gw'], routes: ['pve'] },
  actions: [take(routedFile, 'routed', 'ping-out', { id: 'out', label: T.actions.out }), take(routedFile, 'routed', 'ssh', { id: 'in', label: T.actions.in })],
};

export const rvnNat: LabDefinition<FileLabWorld> = {
  id: 'rvn-nat',
  title: T.natTitle,
  build: build(natFile),
  goals: [],
  tableTabs: ['conntrack', 'routes', 'neigh', 'fdb'],
  initialTab: 'conntrack',
  focus: { neigh: ['pve'], routes: ['pve'], fdb: ['pve'] },
  actions: [
    take(natFile, undefined, 'ping-out', { id: 'out', label: T.actions.out }),
    take(natFile, undefined, 'ssh-in', { id: 'in', label: T.actions.in }),
    take(natFile, undefined, 'forward', { id: 'forward', label: T.actions.forward }),
  ],
};
