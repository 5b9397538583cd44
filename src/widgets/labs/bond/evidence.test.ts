import { describe, expect, it } from 'vitest';
import { BOND_GOALS } from './bond-goals.ts';
import { DEFAULT_SETUP, type BondSetup } from './engine.ts';
import { addEvidence, decodeExperiments, encodeExperiment, restoreEvidence, runExperiment, witnessToken, type Experiment } from './evidence.ts';
import { lacpFellBack, lacpSpread, returnedToPlugged, survivedPull } from './outcomes.ts';

const lacp: BondSetup = { ...DEFAULT_SETUP, mode: '802.3ad', policy: 'layer3+4' };

describe('bond experiments as URL tokens', () => {
  it('round-trips every field, including bond-primary and unplugged cables', () => {
    const xs: Experiment[] = [
      { kind: 'flows', setup: { ...lacp, switchKind: 'learning', miimonMs: 500 } },
      { kind: 'cable', setup: { ...DEFAULT_SETUP, primary: 'eno1', cables: { eno1: false, eno2: true } }, slave: 'eno1' },
      { kind: 'cable', setup: { ...DEFAULT_SETUP, mode: 'balance-alb', policy: 'layer2' }, slave: 'eno2' },
    ];
    const tokens = xs.map(encodeExperiment);
    expect(tokens[1]).toBe('c11l0111-100');
    expect(decodeExperiments(tokens.join('_'))).toEqual(xs);
  });

  it('skips malformed tokens and caps how many a URL can make the page run', () => {
    expect(decodeExperiments('x11l1101-100_c71l1101-100_c11l1103-100_c11l1101-0_f11l1100-99999')).toEqual([]);
    expect(decodeExperiments(undefined)).toEqual([]);
    expect(decodeExperiments(Array(20).fill('f11l1100-100').join('_'))).toHaveLength(8);
  });

  it('keeps one copy of a repeated experiment, the newest', () => {
    const a = runExperiment({ kind: 'flows', setup: DEFAULT_SETUP });
    const b = runExperiment({ kind: 'flows', setup: DEFAULT_SETUP });
    expect(addEvidence([a], b)).toEqual([b]);
  });
});

describe('what an experiment showed, read from the kernel', () => {
  it('LACP spread needs the switch to answer: the same bond on a plain switch falls back to one link', () => {
    const both = runExperiment({ kind: 'flows', setup: lacp });
    const plain = runExperiment({ kind: 'flows', setup: { ...lacp, switchKind: 'learning' } });
    expect([lacpSpread(both), lacpFellBack(both)]).toEqual([true, false]);
    expect([lacpSpread(plain), lacpFellBack(plain)]).toEqual([false, true]);
    // One cable out: the kernel uses one link, which is neither sharing nor a fallback for want of LACP.
    const oneCable = runExperiment({ kind: 'flows', setup: { ...lacp, cables: { eno1: true, eno2: false } } });
    expect([lacpSpread(oneCable), lacpFellBack(oneCable)]).toEqual([false, false]);
  });

  it('a pull survives only when it hits the carrying cable and the other one takes over', () => {
    expect(survivedPull(runExperiment({ kind: 'cable', setup: DEFAULT_SETUP, slave: 'eno1' }))).toBe(true);
    expect(survivedPull(runExperiment({ kind: 'cable', setup: DEFAULT_SETUP, slave: 'eno2' }))).toBe(false);
    expect(survivedPull(runExperiment({ kind: 'cable', setup: { ...DEFAULT_SETUP, cables: { eno1: true, eno2: false } }, slave: 'eno1' }))).toBe(false);
  });

  it('traffic returns to a plugged-back cable only when it is bond-primary, as Linux does', () => {
    const out = { eno1: false, eno2: true };
    expect(returnedToPlugged(runExperiment({ kind: 'cable', setup: { ...DEFAULT_SETUP, primary: 'eno1', cables: out }, slave: 'eno1' }))).toBe(true);
    expect(returnedToPlugged(runExperiment({ kind: 'cable', setup: { ...DEFAULT_SETUP, cables: out }, slave: 'eno1' }))).toBe(false);
  });

  it('the URL keeps only the runs that reach a goal, and they reach it again when re-run', () => {
    const ev = [
      runExperiment({ kind: 'flows', setup: DEFAULT_SETUP }),
      runExperiment({ kind: 'cable', setup: DEFAULT_SETUP, slave: 'eno1' }),
      runExperiment({ kind: 'cable', setup: { ...DEFAULT_SETUP, miimonMs: 500 }, slave: 'eno1' }),
    ];
    const token = witnessToken(BOND_GOALS, ev);
    expect(token.split('_')).toHaveLength(2);
    const again = restoreEvidence(token);
    expect(BOND_GOALS.filter((g) => g.witness(again)).map((g) => g.id)).toEqual(['failover', 'miimon']);
  });
});
