/** What the lab's controls offer: the kernel's bond modes with their numbers, and which use a hash policy. */
import { BOND_MODES, XMIT_HASH_POLICIES, type BondMode, type XmitHashPolicy } from '../../../sim/index.ts';

export const MODE_OPTIONS: ReadonlyArray<{ mode: BondMode; number: number }> = BOND_MODES.map((mode, number) => ({ mode, number }));
export const POLICY_OPTIONS: readonly XmitHashPolicy[] = XMIT_HASH_POLICIES;

/** balance-xor and 802.3ad pick a slave by xmit_hash_policy; tlb/alb always hash by layer2. */
export function policyUse(mode: BondMode): 'used' | 'fixed' | 'unused' {
  if (mode === 'balance-xor' || mode === '802.3ad') return 'used';
  if (mode === 'balance-tlb' || mode === 'balance-alb') return 'fixed';
  return 'unused';
}

export function isBondMode(v: string): v is BondMode {
  return (BOND_MODES as readonly string[]).includes(v);
}

export function isPolicy(v: string): v is XmitHashPolicy {
  return (XMIT_HASH_POLICIES as readonly string[]).includes(v);
}
