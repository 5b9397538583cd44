/**
 * The playground's "Run": the reader's file brought up on the kernel inside the preset's world,
 * drawn with the shared TopologyView (cables unplug on click/Enter), a ping/TCP probe form, what
 * the kernel did in the reader's language, and the tables after the last probe.
 */
import { useId, useMemo, useState } from 'react';
import { parseIpv4, type Sim, type TraceEvent } from '../../sim/index.ts';
import { TablesPanel } from '../core/TablesPanel.tsx';
import { TopologyView } from '../core/TopologyView.tsx';
import { WidgetErrorBoundary } from '../core/ErrorBoundary.tsx';
import { topologyFromSim } from '../core/topology-from-sim.ts';
import { tablesFromSim } from '../core/tables-from-sim.ts';
import { diffTables, type TableView } from '../core/tables-model.ts';
import { narrate } from '../i18n/trace.ts';
import type { Lang } from '../i18n/play.ts';
import { playgroundStrings } from '../i18n/play/playground.ts';
import type { PresetId } from './presets.ts';
import { buildRunWorld, type RunWorld } from './run-world.ts';
import '../core/widgets.css';

export interface RunPanelProps {
  lang: Lang;
  text: string;
  preset: PresetId;
}

interface ProbeResult {
  n: number;
  title: string;
  outcome: string;
  detail?: string;
  events: TraceEvent[];
}

/** Per-frame link transmissions add nothing a reader can follow; the decisions tell the story. */
const QUIET = new Set(['link.tx', 'lacp.pdu', 'stp.bpdu']);
const MAX_EVENTS = 80;

function Run({ lang, text, preset }: RunPanelProps) {
  const s = playgroundStrings(lang);
  const base = useId();
  // Built once per Run (the parent remounts this panel with a new key on every Run).
  const [built] = useState<RunWorld | undefined>(() => {
    try {
      return buildRunWorld(preset, text);
    } catch {
      return undefined;
    }
  });
  const world = { current: built };
  const [error, setError] = useState(built === undefined);
  const [version, setVersion] = useState(0);
  const [results, setResults] = useState<ProbeResult[]>([]);
  const [prevTables, setPrevTables] = useState<TableView[] | undefined>(undefined);
  const [from, setFrom] = useState(world.current?.suggestions[0]?.from ?? 'pve');
  const [to, setTo] = useState(world.current?.suggestions[0]?.to ?? '');
  const [kind, setKind] = useState<'ping' | 'tcp'>(world.current?.suggestions[0]?.port ? 'tcp' : 'ping');
  const [port, setPort] = useState(String(world.current?.suggestions[0]?.port ?? 22));
  const [formError, setFormError] = useState('');
  const [announce, setAnnounce] = useState('');

  const w = world.current;
  const names = w?.labels ?? {};
  const name = (id: string) => names[id]?.[lang] ?? id;
  const snap = useMemo(() => w?.sim.snapshot(), [w, version]);
  const topology = useMemo(() => (snap ? topologyFromSim(snap, names, lang) : undefined), [snap, names, lang]);
  const tables = useMemo(() => (snap ? tablesFromSim(snap, lang, names) : []), [snap, names, lang]);
  const changes = useMemo(() => diffTables(prevTables, tables), [prevTables, tables]);

  if (error || !w || !topology) return <p role="alert">{s.runError}</p>;
  const sim: Sim = w.sim;
  const hosts = sim.snapshot().hosts;
  const addresses = hosts.flatMap((h) => h.devices.flatMap((d) => d.addresses.map((a) => a.split('/')[0] ?? a)));

  const toggle = (linkId: string) => {
    const link = sim.linkList().find((l) => l.id === linkId);
    if (!link) return;
    sim.setLinkUp(linkId, !link.up);
    sim.advance(1000);
    setVersion((v) => v + 1);
    setAnnounce(s.linkToggled(`${name(link.a.node)} ${link.a.port} — ${name(link.b.node)} ${link.b.port}`, !link.up));
  };

  const send = (e: { preventDefault(): void }) => {
    e.preventDefault();
    if (parseIpv4(to) === null) {
      setFormError(s.badAddress(to));
      return;
    }
    const p = Number(port);
    if (kind === 'tcp' && !(Number.isInteger(p) && p >= 1 && p <= 65535)) {
      setFormError(s.badPort);
      return;
    }
    setFormError('');
    const before = tables;
    const start = sim.trace.length;
    let outcome: string;
    let detail: string | undefined;
    try {
      if (kind === 'ping') {
        const h = sim.ping(from, to.trim(), { count: 3, intervalMs: 200 });
        sim.advance(4000);
        outcome = s.ping[h.outcome](h.received, h.sent);
      } else {
        const h = sim.tcpConnect(from, to.trim(), p);
        sim.advance(5000);
        outcome = s.tcp[h.outcome](p);
        if (h.seenBy) detail = s.seenAs(h.seenBy.src, h.seenBy.sport);
      }
    } catch {
      setError(true);
      return;
    }
    const events = sim.trace.slice(start).filter((ev) => !QUIET.has(ev.code));
    const result: ProbeResult = { n: results.length + 1, title: s.probeTitle(s.kinds[kind], name(from), to.trim()), outcome, events, ...(detail ? { detail } : {}) };
    setPrevTables(before);
    setResults((r) => [result, ...r].slice(0, 5));
    setVersion((v) => v + 1);
    setAnnounce(`${result.title}: ${outcome}`);
  };

  const ctx = { name };
  return (
    <div className="nmp-run">
      <h4>{s.runHeading}</h4>
      <p className="nmp-muted">{s.runIntro}</p>
      <TopologyView topology={topology} lang={lang} onToggleLink={toggle} />
      <h4>{s.probeHeading}</h4>
      <form className="nmp-toolbar nmp-run__form" onSubmit={send} noValidate>
        <label className="nmp-field">
          <span>{s.from}</span>
          <select value={from} onChange={(e) => setFrom(e.target.value)}>
            {hosts.map((h) => (
              <option key={h.id} value={h.id}>
                {name(h.id)}
              </option>
            ))}
          </select>
        </label>
        <label className="nmp-field">
          <span>{s.kind}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value === 'tcp' ? 'tcp' : 'ping')}>
            <option value="ping">{s.kinds.ping}</option>
            <option value="tcp">{s.kinds.tcp}</option>
          </select>
        </label>
        <label className="nmp-field">
          <span>{s.to}</span>
          <input
            value={to}
            onChange={(e) => setTo(e.target.value)}
            list={`${base}-addrs`}
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={formError !== '' && parseIpv4(to) === null}
            aria-describedby={formError ? `${base}-err` : undefined}
            size={15}
          />
          <datalist id={`${base}-addrs`}>
            {addresses.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
        </label>
        {kind === 'tcp' && (
          <label className="nmp-field">
            <span>{s.portLabel}</span>
            <input value={port} onChange={(e) => setPort(e.target.value)} inputMode="numeric" size={6} aria-describedby={formError ? `${base}-err` : undefined} />
          </label>
        )}
        <button type="submit" className="nmp-btn nmp-btn--primary">
          {s.send}
        </button>
      </form>
      {formError && (
        <p id={`${base}-err`} className="nmp-run__error" role="alert">
          {formError}
        </p>
      )}
      <p className="nmp-run__suggest">
        <span>{s.suggestions}:</span>{' '}
        {w.suggestions.map((sg) => (
          <button
            key={`${sg.from}-${sg.to}-${sg.port ?? ''}`}
            type="button"
            className="nmp-btn nmp-run__chip"
            onClick={() => {
              setFrom(sg.from);
              setTo(sg.to);
              setKind(sg.port ? 'tcp' : 'ping');
              if (sg.port) setPort(String(sg.port));
            }}
          >
            {name(sg.from)} → {sg.to}
            {sg.port ? `:${sg.port}` : ''}
          </button>
        ))}
      </p>
      <ol className="nmp-run__results" aria-label={s.probeHeading}>
        {results.map((r) => (
          <li key={r.n} className="nmp-narration">
            <p className="nmp-run__title">{r.title}</p>
            <p className="nmp-run__outcome">
              <strong>{r.outcome}</strong> {r.detail}
            </p>
            <details>
              <summary>{s.traceHeading(r.events.length)}</summary>
              <ol className="nmp-story__events">
                {r.events.slice(0, MAX_EVENTS).map((ev) => (
                  <li key={ev.seq}>{narrate(ev, lang, ctx)}</li>
                ))}
              </ol>
              {r.events.length > MAX_EVENTS && <p>{s.traceMore(r.events.length - MAX_EVENTS)}</p>}
            </details>
          </li>
        ))}
      </ol>
      {results.length > 0 && (
        <>
          <h4>{s.tablesHeading}</h4>
          <TablesPanel lang={lang} tables={tables} changes={changes} />
        </>
      )}
      <p className="nmp-sr-only" role="status" aria-live="polite">
        {announce}
      </p>
    </div>
  );
}

export default function RunPanel(props: RunPanelProps) {
  return (
    <WidgetErrorBoundary lang={props.lang}>
      <Run {...props} />
    </WidgetErrorBoundary>
  );
}
