/**
 * Turns a loaded lab into the plain data of compiled.ts: the only step that needs the interfaces
 * parser, run at build time (the Vite plugin in lab-plugin.ts) and by the CLI.
 */
import { toKernelRule } from '../config/build.ts';
import { checkInterfaces } from '../config/interfaces/index.ts';
import type { CompiledGuest, CompiledLab, LoadedLabFile } from './compiled.ts';
import type { LabGuestConfig, LoadedLab } from './load.ts';
import type { LabStep } from './schema.ts';

const guestsOf = (list: LabGuestConfig[]): CompiledGuest[] => list.map((g) => ({ id: g.id, vmid: g.vmid, nics: g.nics }));

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
    variants[id] = { ...(v.interfaces ? { host: v.interfaces.checked.host } : {}), ...(v.guests ? { guests: guestsOf(v.guests) } : {}) };
  }
  return { lab, setup: { host: loaded.interfaces.checked.host, guests: guestsOf(loaded.guests) }, variants, rules };
}
