/** Which explanations fit a distribution: chosen from the kernel's result, not from the settings alone. */
import type { BondSetup, Distribution } from './engine.ts';

export type Note = 'oneLink' | 'noPartner' | 'lacpBoth' | 'rr' | 'broadcast' | 'hashed' | 'bothDown';

export function notesFor(setup: BondSetup, d: Distribution): Note[] {
  const used = d.slaves.filter((s) => s.flows > 0).length;
  if (used === 0) return ['bothDown'];
  const out: Note[] = [];
  const bothPlugged = d.slaves.every((s) => s.plugged);
  if (setup.mode === 'balance-rr') out.push('rr');
  else if (setup.mode === 'broadcast') out.push('broadcast');
  else if (setup.mode === '802.3ad' && bothPlugged) out.push(used === 1 ? 'noPartner' : 'lacpBoth');
  else if (used === 1 && bothPlugged) out.push('oneLink');
  if (setup.mode === 'balance-xor' || setup.mode === '802.3ad' || setup.mode === 'balance-tlb' || setup.mode === 'balance-alb') {
    if (used > 1 || setup.mode !== '802.3ad') out.push('hashed');
  }
  return out;
}
