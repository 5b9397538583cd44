/**
 * Turns a loaded lab into the plain data of compiled.ts: the only step that needs the interfaces
 * parser, run at build time (the Vite plugin in lab-plugin.ts) and by the CLI.
 */
import { toKernelRule } from '../config/build.ts';
import { checkInterfaces } from '../config/interfaces/index.ts';
import type { CompiledGuest, CompiledLab, CompiledWorld, LabBundle, LoadedLabFile, PageLab } from './compiled.ts';
import type { KernelCall } from './kernel-calls.ts';
import { buildWorld } from './world.ts';
import type { LabGuestConfig, LoadedLab } from './load.ts';
import type { LabStep } from './schema.ts';

const guestsOf = (list: LabGuestConfig[]): CompiledGuest[] => list.map((g) => ({ id: g.id, vmid: g.vmid, nics: g.nics.map(withoutSpans) }));

/**
 * A copy without source positions (`span`, `bridgeSpan` ...): they serve the diagnostics, which the
 * build has already reported, and would only add weight to the page.
 */
function withoutSpans<T>(value: T): T {
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, withoutSpans(v)])) as T;
  if (value instanceof Set) return new Set([...value].map(withoutSpans)) as T;
  if (Array.isArray(value)) return value.map(withoutSpans) as T;
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'span' && !k.endsWith('Span')).map(([k, v]) => [k, withoutSpans(v)])) as T;
}

/** The kernel rule for `iptables ARGS`, read by the same parser as an interfaces file's up-commands. */
export function kernelRule(args: string) {
  const checked = checkInterfaces(`iface lo inet loopback\n    post-up iptables ${args}\n`);
  const errors = checked.diagnostics.filter((d) => d.severity === 'error');
  const applied = checked.host.rules[0];
  if (errors.length || !applied) return `iptables ${args}: ${errors.map((d) => d.code).join(', ') || 'no rule'}`;
  return toKernelRule(applied);
}

export function compileLab(loaded: LoadedLab): CompiledLab {
  const lab = loaded.lab as LoadedLabFile | undefined;
  if (!lab || !loaded.interfaces) throw new Error(`${loaded.file}: compileLab needs a lab that loaded without errors`);
  const rules: CompiledLab['rules'] = {};
  const steps: LabStep[] = [...lab.steps, ...(lab.actions ?? []).flatMap((a) => a.do)];
  for (const s of steps) if ('iptables' in s) rules[s.iptables.rule] ??= kernelRule(s.iptables.rule);
  const variants: CompiledLab['variants'] = {};
  for (const [id, v] of Object.entries(loaded.variants)) {
    variants[id] = { ...(v.interfaces ? { host: withoutSpans(v.interfaces.checked.host) } : {}), ...(v.guests ? { guests: guestsOf(v.guests) } : {}) };
  }
  return { lab, setup: { host: withoutSpans(loaded.interfaces.checked.host), guests: guestsOf(loaded.guests) }, variants, rules };
}

/** What a page needs of a lab: each variant's world as recorded kernel calls (kernel-calls.ts). */
export function bundleLab(compiled: CompiledLab): LabBundle {
  const lab = compiled.lab;
  const worlds: Record<string, CompiledWorld> = {};
  for (const variant of lab.variants?.length ? lab.variants.map((v) => v.id) : [undefined]) {
    const calls: KernelCall[] = [];
    const built = buildWorld(compiled, variant, { record: calls });
    if (built.notes.length) throw new Error(`lab ${lab.id}${variant ? ` (${variant})` : ''} does not build: ${built.notes.map((n) => `${n.what}: ${n.why}`).join('; ')}`);
    const main = calls.length;
    const later: CompiledWorld['later'] = {};
    for (const g of [...lab.guests ?? [], ...(lab.variants?.find((v) => v.id === variant)?.guests ?? [])]) {
      const id = g.name ?? String(g.vmid);
      // The bridge a later guest plugs into is made by an action first; stand it in, unrecorded.
      const host = built.sim.host(built.hostId);
      for (const nic of compiled.variants[variant ?? '']?.guests?.find((x) => x.id === id)?.nics ?? compiled.setup.guests.find((x) => x.id === id)?.nics ?? []) {
        if (nic.bridge && !host.devices.has(nic.bridge)) host.addBridge(nic.bridge, { ports: [], stp: false, forwardDelayS: 0 });
      }
      const from = calls.length;
      if (g.later && built.attachLater(id)) later[id] = calls.slice(from);
    }
    worlds[variant ?? ''] = { seed: lab.seed ?? 1, hostId: built.hostId, names: built.names, calls: calls.slice(0, main), later, links: [...built.links] };
  }
  const page: PageLab = {
    id: lab.id,
    title: lab.title,
    ...(lab.actions ? { actions: lab.actions } : {}),
    ...(lab.goals ? { goals: lab.goals } : {}),
    ...(lab.view ? { view: lab.view } : {}),
    ...(lab.variants ? { variants: lab.variants.map((v) => ({ id: v.id, label: v.label })) } : {}),
  };
  return { lab: page, rules: compiled.rules, worlds };
}
