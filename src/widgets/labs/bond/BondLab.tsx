/**
 * The bond lab: pick a mode, hash policy and switch, send 200 flows and see how bond0 spreads
 * them over eno1/eno2; pull a cable during a ping and see what the bond does about it. Its goals
 * are checked against every kernel run the reader has made (see bond-goals.ts).
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { readUrlState, writeUrlState } from '../../core/url-state.ts';
import { fmtTime } from '../../i18n/lang.ts';
import { ui } from '../../i18n/ui.ts';
import type { Lang } from '../../i18n/play.ts';
import { bondStrings } from '../../i18n/play/bond.ts';
import { changeCable, distribute, DEFAULT_SETUP, LAB_FLOWS, SLAVES, type BondSetup, type CableChange, type Distribution, type SlaveName, type SwitchKind } from './engine.ts';
import { addEvidence, restoreEvidence, witnessToken, type Evidence } from './evidence.ts';
import { BOND_GOALS } from './bond-goals.ts';
import { EvidenceGoals } from './EvidenceGoals.tsx';
import { isBondMode, isPolicy, MODE_OPTIONS, POLICY_OPTIONS, policyUse } from './modes.ts';
import { notesFor } from './notes.ts';
import { LoadChart } from './LoadChart.tsx';
import { CableStory, lossSentence } from './CableStory.tsx';
import '../../playground/play-ui.css';
import './bond.css';
import { NOT_IN_SEARCH } from '../../core/not-in-search.ts';

export interface BondLabProps {
  lang: Lang;
  /** Starting mode, e.g. '802.3ad' for the LACP part of the lesson. */
  mode?: BondSetup['mode'];
  switchKind?: SwitchKind;
}

const FLOWS = LAB_FLOWS;
const MIIMON_CHOICES = [50, 100, 200, 500];
const URL_KEY = 'bond';

export default function BondLab({ lang, mode, switchKind }: BondLabProps) {
  const s = bondStrings(lang);
  const t = ui(lang);
  const base = useId();
  // Where the lesson starts the lab, and where its reset returns to.
  const initial = useMemo<BondSetup>(() => ({ ...DEFAULT_SETUP, ...(mode ? { mode } : {}), ...(switchKind ? { switchKind } : {}) }), [mode, switchKind]);
  const [setup, setSetup] = useState<BondSetup>(initial);
  const [dist, setDist] = useState<Distribution | undefined>(undefined);
  const [sent, setSent] = useState(false);
  const [change, setChange] = useState<CableChange | undefined>(undefined);
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState(false);
  // Every kernel run the reader has made, for the goals.
  const [evidence, setEvidence] = useState<readonly Evidence[]>([]);

  // The chosen set-up, and the runs that reached goals, survive a reload and a language switch
  // (query string, shared helper); those runs are made again on the kernel, not trusted.
  useEffect(() => {
    const u = readUrlState(URL_KEY);
    const patch: Partial<BondSetup> = {};
    if (u.mode && isBondMode(u.mode)) patch.mode = u.mode;
    if (u.policy && isPolicy(u.policy)) patch.policy = u.policy;
    if (u.switch === 'lacp' || u.switch === 'learning') patch.switchKind = u.switch;
    if (u.miimon && MIIMON_CHOICES.includes(Number(u.miimon))) patch.miimonMs = Number(u.miimon);
    if (Object.keys(patch).length) setSetup((prev) => ({ ...prev, ...patch }));
    if (u.log) setEvidence(restoreEvidence(u.log));
  }, []);

  const save = (next: BondSetup, ev: readonly Evidence[]) => {
    const log = witnessToken(BOND_GOALS, ev);
    writeUrlState(URL_KEY, { mode: next.mode, policy: next.policy, switch: next.switchKind, miimon: String(next.miimonMs), ...(log ? { log } : {}) });
  };

  /** Sends the flows on a fresh kernel for `next`; says the result unless a cable story is being told. */
  const recompute = (next: BondSetup, ev: readonly Evidence[], say: boolean): Evidence[] | undefined => {
    try {
      const d = distribute(next, FLOWS);
      setDist(d);
      if (say) setStatus(d.slaves.map((sl) => s.perSlave(sl.name, sl.flows, Math.round((sl.flows / Math.max(1, d.flows)) * 100))).join(', '));
      return addEvidence(ev, { kind: 'flows', setup: next, dist: d });
    } catch {
      setFailed(true);
      return undefined;
    }
  };

  const record = (next: BondSetup, ev: readonly Evidence[] | undefined) => {
    if (!ev) return;
    setEvidence(ev);
    save(next, ev);
  };

  const sendFlows = () => {
    setSent(true);
    record(setup, recompute(setup, evidence, true));
  };

  // Once flows have been sent, every change of the set-up re-sends them.
  const update = (patch: Partial<BondSetup>) => {
    const next = { ...setup, ...patch };
    setChange(undefined);
    setSetup(next);
    if (sent) record(next, recompute(next, evidence, true));
    else save(next, evidence);
  };

  const toggleCable = (slave: SlaveName) => {
    try {
      const c = changeCable(setup, slave);
      const next = { ...setup, cables: { ...setup.cables, [slave]: c.plugged } };
      setChange(c);
      setSetup(next);
      const ev = addEvidence(evidence, { kind: 'cable', setup, slave, change: c });
      record(next, sent ? recompute(next, ev, false) : ev);
      setStatus(`${c.plugged ? s.pluggedAt(fmtTime(c.atMs, lang)) : s.unpluggedAt(fmtTime(c.atMs, lang))} ${lossSentence(lang, c, setup.miimonMs)}`);
    } catch {
      setFailed(true);
    }
  };

  const reset = () => {
    writeUrlState(URL_KEY, {});
    setFailed(false);
    setChange(undefined);
    setDist(undefined);
    setSent(false);
    setEvidence([]);
    setSetup(initial);
    setStatus(s.resetDone(initial.mode));
  };
  const pristine = !sent && !change && evidence.length === 0 && sameSetup(setup, initial);

  if (failed) {
    return (
      <section className="nmp-panel" role="alert">
        <p>{s.error}</p>
        <button type="button" className="nmp-btn" onClick={reset}>
          {t.reset}
        </button>
      </section>
    );
  }

  const use = policyUse(setup.mode);
  const notes = dist ? notesFor(setup, dist) : [];

  return (
    <section className="nmp-panel nmp-bond not-content" {...NOT_IN_SEARCH} aria-labelledby={`${base}-title`} data-widget="bond-lab">
      <h3 id={`${base}-title`}>{s.title}</h3>
      <p className="nmp-muted">{s.intro}</p>
      <EvidenceGoals lang={lang} goals={BOND_GOALS} evidence={evidence} text={s.goals} progressKey="bond" />
      <div className="nmp-toolbar nmp-bond__controls">
        <label className="nmp-field">
          <span>{s.mode}</span>
          <select value={setup.mode} onChange={(e) => isBondMode(e.target.value) && update({ mode: e.target.value })}>
            {MODE_OPTIONS.map((o) => (
              <option key={o.mode} value={o.mode}>
                {o.number} — {o.mode}
              </option>
            ))}
          </select>
        </label>
        <div className="nmp-field">
          <label htmlFor={`${base}-policy`}>{s.policy}</label>
          <select
            id={`${base}-policy`}
            value={use === 'fixed' ? 'layer2' : setup.policy}
            disabled={use !== 'used'}
            aria-describedby={use !== 'used' ? `${base}-policy-note` : undefined}
            onChange={(e) => isPolicy(e.target.value) && update({ policy: e.target.value })}
          >
            {POLICY_OPTIONS.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
          {use !== 'used' && (
            <span id={`${base}-policy-note`} className="nmp-muted nmp-bond__small">
              {use === 'fixed' ? s.policyFixed : s.policyUnused(setup.mode)}
            </span>
          )}
        </div>
        <label className="nmp-field">
          <span>{s.miimon}</span>
          <select value={setup.miimonMs} onChange={(e) => update({ miimonMs: Number(e.target.value) })}>
            {MIIMON_CHOICES.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="nmp-bond__switch">
        <legend>{s.switchKind}</legend>
        {(['lacp', 'learning'] as const).map((k) => (
          <label key={k}>
            <input type="radio" name={`${base}-switch`} value={k} checked={setup.switchKind === k} onChange={() => update({ switchKind: k })} /> {s.switchNames[k]}
          </label>
        ))}
      </fieldset>
      <div className="nmp-toolbar">
        <button type="button" className="nmp-btn nmp-btn--primary" onClick={sendFlows} disabled={sent}>
          {s.sendFlows(FLOWS)}
        </button>
        <button type="button" className="nmp-btn nmp-bond__reset" onClick={reset} disabled={pristine}>
          {t.reset}
        </button>
      </div>

      {dist && (
        <div className="nmp-bond__result">
          <h4>{s.flowsHeading}</h4>
          <LoadChart lang={lang} data={dist} />
          <ul className="nmp-bond__notes">
            {notes.map((n) => (
              <li key={n}>{n === 'hashed' ? s.notes.hashed(use === 'fixed' ? 'layer2' : setup.policy) : s.notes[n]}</li>
            ))}
          </ul>
        </div>
      )}

      <h4>{s.cablesHeading}</h4>
      <p className="nmp-muted">{s.cableHelp}</p>
      <div className="nmp-toolbar">
        {SLAVES.map((sl) => (
          <button key={sl} type="button" className="nmp-btn" data-cable={sl} data-plugged={setup.cables[sl]} onClick={() => toggleCable(sl)}>
            {s.cableButton(sl, setup.cables[sl])}
          </button>
        ))}
      </div>
      <p className="nmp-bond__cables">
        {SLAVES.map((sl) => (
          <span key={sl} className="nmp-bond__cable" data-plugged={setup.cables[sl]}>
            {s.cableState(sl, setup.cables[sl])}
          </span>
        ))}
      </p>
      {change && (
        <div className="nmp-narration">
          <p className="nmp-story__title">{s.failoverHeading}</p>
          <CableStory lang={lang} change={change} miimonMs={setup.miimonMs} />
        </div>
      )}
      <p className="nmp-sr-only" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}

function sameSetup(a: BondSetup, b: BondSetup): boolean {
  return (
    a.mode === b.mode &&
    a.policy === b.policy &&
    a.switchKind === b.switchKind &&
    a.miimonMs === b.miimonMs &&
    a.primary === b.primary &&
    SLAVES.every((sl) => a.cables[sl] === b.cables[sl])
  );
}
