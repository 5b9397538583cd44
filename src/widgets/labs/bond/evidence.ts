/**
 * What the reader has made the kernel do in the bond and small-office labs, kept so their goals
 * can be checked against it: each experiment (a set-up plus "send the flows" or "pull / plug a
 * cable") together with the kernel's answer. Experiments are deterministic, so the few that reach
 * a goal are kept in the URL as short tokens and run again on the kernel after a reload or a
 * language switch: a goal is never restored from a stored "done" flag.
 */
import { BOND_MODES, XMIT_HASH_POLICIES } from '../../../sim/index.ts';
import { changeCable, distribute, type BondSetup, type CableChange, type Distribution, type SlaveName } from './engine.ts';

export type Experiment = { kind: 'flows'; setup: BondSetup } | { kind: 'cable'; setup: BondSetup; slave: SlaveName };

export type Evidence = { kind: 'flows'; setup: BondSetup; dist: Distribution } | { kind: 'cable'; setup: BondSetup; slave: SlaveName; change: CableChange };

export interface EvidenceGoal {
  id: string;
  /** The experiments that show the goal reached, or undefined while it is not. */
  witness(evidence: readonly Evidence[]): Evidence[] | undefined;
}

export function runExperiment(x: Experiment): Evidence {
  return x.kind === 'flows' ? { ...x, dist: distribute(x.setup) } : { ...x, change: changeCable(x.setup, x.slave) };
}

const SLAVE_CODE: Record<string, string> = { eno1: '1', eno2: '2' };
const CODE_SLAVE: Record<string, SlaveName> = { '1': 'eno1', '2': 'eno2' };

/**
 * One experiment as a token of URL-safe characters: kind (f/c), mode number, hash policy index,
 * switch (l = LACP, p = plain), the two cables (1 = plugged), bond-primary and pulled slave
 * (0 = none, 1 = eno1, 2 = eno2), one character each, then '-' and miimon in ms: 'c11l1101-100'.
 */
export function encodeExperiment(x: Experiment | Evidence): string {
  const s = x.setup;
  const slave = x.kind === 'cable' ? SLAVE_CODE[x.slave] : '0';
  return [
    x.kind === 'flows' ? 'f' : 'c',
    BOND_MODES.indexOf(s.mode),
    XMIT_HASH_POLICIES.indexOf(s.policy),
    s.switchKind === 'lacp' ? 'l' : 'p',
    s.cables.eno1 ? 1 : 0,
    s.cables.eno2 ? 1 : 0,
    s.primary ? SLAVE_CODE[s.primary] : '0',
    slave,
    `-${s.miimonMs}`,
  ].join('');
}

const TOKEN = /^([fc])([0-6])([0-9])([lp])([01])([01])([012])([012])-(\d{1,4})$/;
/** A hand-edited URL cannot make the page run more than this many kernels on load. */
const MAX_RESTORED = 8;

/** Reads the tokens back; anything malformed is skipped, never thrown at the reader. */
export function decodeExperiments(text: string | undefined): Experiment[] {
  const out: Experiment[] = [];
  for (const token of (text ?? '').split('_').slice(0, MAX_RESTORED)) {
    const m = TOKEN.exec(token);
    if (!m) continue;
    const [, kind, mode, policy, sw, c1, c2, primary, slave, miimon] = m;
    const bondMode = BOND_MODES[Number(mode)];
    const hash = XMIT_HASH_POLICIES[Number(policy)];
    const miimonMs = Number(miimon);
    if (!bondMode || !hash || miimonMs < 1) continue;
    const setup: BondSetup = {
      mode: bondMode,
      policy: hash,
      switchKind: sw === 'l' ? 'lacp' : 'learning',
      miimonMs,
      cables: { eno1: c1 === '1', eno2: c2 === '1' },
      ...(CODE_SLAVE[primary!] ? { primary: CODE_SLAVE[primary!] } : {}),
    };
    if (kind === 'f') out.push({ kind: 'flows', setup });
    else if (CODE_SLAVE[slave!]) out.push({ kind: 'cable', setup, slave: CODE_SLAVE[slave!]! });
  }
  return out;
}

/** Adds a result; the same experiment twice keeps only the newer copy (the kernel answers it the same way). */
export function addEvidence(list: readonly Evidence[], e: Evidence): Evidence[] {
  const key = encodeExperiment(e);
  return [...list.filter((x) => encodeExperiment(x) !== key), e];
}

/** The experiments worth keeping across a reload: the ones that show some goal reached. */
export function witnessToken(goals: readonly EvidenceGoal[], evidence: readonly Evidence[]): string {
  const tokens = new Set(goals.flatMap((g) => g.witness(evidence) ?? []).map(encodeExperiment));
  return [...tokens].join('_');
}

/** Runs the remembered experiments again; one the kernel rejects is dropped rather than breaking the lab. */
export function restoreEvidence(text: string | undefined): Evidence[] {
  let out: Evidence[] = [];
  for (const x of decodeExperiments(text)) {
    try {
      out = addEvidence(out, runExperiment(x));
    } catch {
      // A set-up the kernel cannot run is simply not evidence.
    }
  }
  return out;
}
