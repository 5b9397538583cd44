/**
 * The small-office analogy wired to the real bond lab: unplug a cable (a kernel link goes down,
 * the bond fails over), turn on LACP (802.3ad against an LACP switch) and see per-cable load,
 * then map every part of the picture onto the configuration lines. Goals are checked against
 * the kernel runs the buttons made (office-goals.ts).
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useReducedMotion } from '../../core/motion.ts';
import type { Lang } from '../../i18n/play.ts';
import { bondStrings } from '../../i18n/play/bond.ts';
import { officeStrings } from '../../i18n/play/office.ts';
import { changeCable, distribute, DEFAULT_SETUP, LAB_FLOWS, SLAVES, type BondSetup, type CableChange, type Distribution, type SlaveName } from '../bond/engine.ts';
import { CableStory, lossSentence } from '../bond/CableStory.tsx';
import { addEvidence, restoreEvidence, witnessToken, type Evidence } from '../bond/evidence.ts';
import { EvidenceGoals } from '../bond/EvidenceGoals.tsx';
import { readUrlState, writeUrlState } from '../../core/url-state.ts';
import { ui } from '../../i18n/ui.ts';
import { OFFICE_GOALS } from './office-goals.ts';
import { OfficePicture, type CableView } from './OfficePicture.tsx';
import { officeConfig } from './office-config.ts';
import '../../playground/play-ui.css';
import '../bond/bond.css';
import './office.css';
import { NOT_IN_SEARCH } from '../../core/not-in-search.ts';

export interface SmallOfficeProps {
  lang: Lang;
}

const FLOWS = LAB_FLOWS;
const URL_KEY = 'office';

function setupFor(lacp: boolean, cables: BondSetup['cables']): BondSetup {
  // The office config names eno1 as bond-primary, so a cable plugged back in takes over again, as the lesson says.
  return lacp ? { ...DEFAULT_SETUP, mode: '802.3ad', switchKind: 'lacp', cables } : { ...DEFAULT_SETUP, primary: 'eno1', cables };
}

export default function SmallOffice({ lang }: SmallOfficeProps) {
  const s = officeStrings(lang);
  const b = bondStrings(lang);
  const base = useId();
  const reducedMotion = useReducedMotion();
  const [lacp, setLacp] = useState(false);
  const [cables, setCables] = useState<BondSetup['cables']>({ eno1: true, eno2: true });
  const [dist, setDist] = useState<Distribution | undefined>(undefined);
  const [story, setStory] = useState<string>('');
  const [change, setChange] = useState<CableChange | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  // Every kernel run the picture has made, for the goals.
  const [evidence, setEvidence] = useState<readonly Evidence[]>([]);
  // Whether the reader has changed anything a reset would undo (runs restored from the URL count).
  const [touched, setTouched] = useState(false);

  const remember = (e: Evidence) => setEvidence((prev) => addEvidence(prev, e));

  // Runs that reached goals come back after a reload or a language switch, made again on the kernel.
  useEffect(() => {
    const log = readUrlState(URL_KEY).log;
    if (log) {
      setEvidence((prev) => restoreEvidence(log).reduce(addEvidence, prev));
      setTouched(true);
    }
  }, []);

  useEffect(() => {
    if (evidence.length) writeUrlState(URL_KEY, { log: witnessToken(OFFICE_GOALS, evidence) });
  }, [evidence]);

  useEffect(() => {
    try {
      const setup = setupFor(lacp, cables);
      const d = distribute(setup, FLOWS);
      setDist(d);
      remember({ kind: 'flows', setup, dist: d });
    } catch {
      setFailed(true);
    }
  }, [lacp, cables]);

  const cableName = (n: SlaveName) => s.cable[n];

  const toggleCable = (n: SlaveName) => {
    try {
      const setup = setupFor(lacp, cables);
      const c = changeCable(setup, n);
      remember({ kind: 'cable', setup, slave: n, change: c });
      const next = { ...cables, [n]: c.plugged };
      const other = SLAVES.find((x) => x !== n)!;
      const text = c.plugged ? s.storyPlug(cableName(n)) : next[other] ? s.storyUnplug(cableName(n), cableName(other)) : s.storyUnplugBoth;
      setChange(c);
      setCables(next);
      setTouched(true);
      setStory(`${text} ${lossSentence(lang, c, DEFAULT_SETUP.miimonMs)}`);
    } catch {
      setFailed(true);
    }
  };

  const toggleLacp = () => {
    const on = !lacp;
    setLacp(on);
    setTouched(true);
    setChange(undefined);
    setStory(on ? s.storyLacpOn : s.storyLacpOff);
  };

  const reset = () => {
    writeUrlState(URL_KEY, {});
    setFailed(false);
    setEvidence([]);
    setChange(undefined);
    setLacp(false);
    setCables({ eno1: true, eno2: true });
    setTouched(false);
    setStory(s.storyReset);
  };

  const views: CableView[] = useMemo(
    () =>
      SLAVES.map((n) => {
        const sl = dist?.slaves.find((x) => x.name === n);
        return { name: n, plugged: cables[n], pct: sl && dist ? Math.round((sl.flows / Math.max(1, dist.flows)) * 100) : 0 };
      }),
    [dist, cables],
  );
  const serviceUp = cables.eno1 || cables.eno2;
  const config = officeConfig(lacp);

  if (failed) {
    return (
      <section className="nmp-panel" role="alert">
        <p>{b.error}</p>
        <button type="button" className="nmp-btn" onClick={reset}>
          {ui(lang).reset}
        </button>
      </section>
    );
  }

  return (
    <section className="nmp-panel nmp-office not-content" {...NOT_IN_SEARCH} aria-labelledby={`${base}-title`} data-widget="small-office">
      <h3 id={`${base}-title`}>{s.title}</h3>
      <p className="nmp-muted">{s.intro}</p>
      <EvidenceGoals lang={lang} goals={OFFICE_GOALS} evidence={evidence} text={s.goals} progressKey="small-office" />
      <div className="nmp-office__stage">
        <OfficePicture lang={lang} cables={views} serviceUp={serviceUp} reducedMotion={reducedMotion} />
        <div className="nmp-office__side">
          <p className="nmp-office__service" data-up={serviceUp}>
            {s.service(serviceUp)}
          </p>
          <p className="nmp-office__lacp">{s.lacpState(lacp)}</p>
          <ul className="nmp-office__loads">
            {views.map((v) => (
              <li key={v.name}>{!v.plugged ? `${cableName(v.name)}: ${s.unpluggedTag}` : v.pct > 0 ? s.load(cableName(v.name), v.pct) : `${cableName(v.name)}: ${s.spareTag}`}</li>
            ))}
          </ul>
        </div>
      </div>
      <div className="nmp-toolbar nmp-office__actions">
        {SLAVES.map((n) => (
          <button key={n} type="button" className="nmp-btn" data-cable={n} onClick={() => toggleCable(n)}>
            {cables[n] ? s.unplug(cableName(n)) : s.plug(cableName(n))}
          </button>
        ))}
        <button type="button" className="nmp-btn" aria-pressed={lacp} onClick={toggleLacp}>
          {lacp ? s.lacpOff : s.lacpOn}
        </button>
        <button type="button" className="nmp-btn" onClick={reset} disabled={!touched}>
          {ui(lang).reset}
        </button>
      </div>
      {story && (
        <div className="nmp-narration" role="status" aria-live="polite">
          <p className="nmp-office__story">{story}</p>
        </div>
      )}
      {change && (
        <details className="nmp-office__details">
          <summary>{b.eventsHeading}</summary>
          <CableStory lang={lang} change={change} miimonMs={DEFAULT_SETUP.miimonMs} />
        </details>
      )}

      <h4>{s.mapHeading}</h4>
      <div className="nmp-table-wrap">
        <table className="nmp-table nmp-office__map">
          <thead>
            <tr>
              <th scope="col">{s.mapPicture}</th>
              <th scope="col">{s.mapConfig}</th>
              <th scope="col">{s.mapMeaning}</th>
            </tr>
          </thead>
          <tbody>
            {s.map.map((row, i) => (
              <tr key={row.part}>
                <th scope="row">{row.part}</th>
                <td>
                  {(config.rows[i] ?? []).map((line) => (
                    <code key={line} className="nmp-office__line">
                      {line}
                    </code>
                  ))}
                </td>
                <td>{row.meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <pre className="nmp-office__config" aria-label={s.configLabel} tabIndex={0}>
        <code>{config.text}</code>
      </pre>
    </section>
  );
}
