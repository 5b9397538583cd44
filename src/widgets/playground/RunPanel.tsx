/**
 * The playground's "Run": the reader's file brought up on the kernel in a world built from the file
 * (guests on the bridges the reader picks, the outside world off the default gateway), drawn with
 * the shared TopologyView (cables unplug on click/Enter), a ping/TCP probe form and suggested probes
 * that run at a click, what the kernel did in the reader's language, and the tables after the last probe.
 */
import { useId, useMemo, useState } from 'react';
import { checkInterfaces } from '../../config/interfaces/index.ts';
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
import { bridgesOf, defaultPlacements, VMIDS, type Placement } from './guest-placement.ts';
import { buildRunWorld, type RunWorld, type Suggestion } from './run-world.ts';
import '../core/widgets.css';

export interface RunPanelProps {
  lang: Lang;
  text: string;
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

function Run({ lang, text }: RunPanelProps) {
  const s = playgroundStrings(lang);
  const base = useId();
  const host = useMemo(() => checkInterfaces(text).host, [text]);
  const bridges = useMemo(() => bridgesOf(host), [host]);
  const [placements, setPlacements] = useState<Placement[]>(() => {
    const chosen = defaultPlacements(host);
    return VMIDS.map((vmid) => chosen.find((p) => p.vmid === vmid) ?? { vmid, bridge: '' });
  });
  // Rebuilt whenever the reader moves a guest: a fresh world, as after plugging a cable in a real rack.
  const built = useMemo<RunWorld | undefined>(() => {
    try {
      return buildRunWorld(text, placements);
    } catch {
      return undefined;
    }
  }, [text, placements]);
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

  /** Moves a guest to a bridge (or unplugs it with ''), or onto a VLAN (null: untagged). */
  const place = (vmid: number, change: { bridge?: string; tag?: number | null }) => {
    setPlacements((ps) =>
      ps.map((p) => {
        if (p.vmid !== vmid) return p;
        const next: Placement = { ...p, ...(change.bridge !== undefined ? { bridge: change.bridge } : {}) };
        if (typeof change.tag === 'number') next.tag = change.tag;
        const vlanAware = bridges.find((b) => b.name === next.bridge)?.vlanAware;
        if (change.tag === null || !vlanAware) delete next.tag;
        return next;
      }),
    );
    setResults([]);
    setPrevTables(undefined);
  };
  // A new world after a move: the form starts from its first suggestion, so it never names a guest that left.
  const [formFor, setFormFor] = useState(built);
  if (formFor !== built) {
    setFormFor(built);
    const first = built?.suggestions[0];
    setFrom(first?.from ?? 'pve');
    setTo(first?.to ?? '');
    setKind(first?.port ? 'tcp' : 'ping');
    if (first?.port) setPort(String(first.port));
  }

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

  const probe = (p: { from: string; to: string; kind: 'ping' | 'tcp'; port: string }) => {
    if (parseIpv4(p.to) === null) {
      setFormError(s.badAddress(p.to));
      return;
    }
    const n = Number(p.port);
    if (p.kind === 'tcp' && !(Number.isInteger(n) && n >= 1 && n <= 65535)) {
      setFormError(s.badPort);
      return;
    }
    setFormError('');
    const before = tables;
    const start = sim.trace.length;
    let outcome: string;
    let detail: string | undefined;
    try {
      if (p.kind === 'ping') {
        const h = sim.ping(p.from, p.to.trim(), { count: 3, intervalMs: 200 });
        sim.advance(4000);
        outcome = s.ping[h.outcome](h.received, h.sent);
      } else {
        const h = sim.tcpConnect(p.from, p.to.trim(), n);
        sim.advance(5000);
        outcome = s.tcp[h.outcome](n);
        if (h.seenBy) detail = s.seenAs(h.seenBy.src, h.seenBy.sport);
      }
    } catch {
      setError(true);
      return;
    }
    const events = sim.trace.slice(start).filter((ev) => !QUIET.has(ev.code));
    const result: ProbeResult = { n: (results[0]?.n ?? 0) + 1, title: s.probeTitle(s.kinds[p.kind], name(p.from), p.to.trim()), outcome, events, ...(detail ? { detail } : {}) };
    setPrevTables(before);
    setResults((r) => [result, ...r].slice(0, 5));
    setVersion((v) => v + 1);
    setAnnounce(`${result.title}: ${outcome}`);
  };

  const send = (e: { preventDefault(): void }) => {
    e.preventDefault();
    probe({ from, to, kind, port });
  };

  /** A suggestion fills the form and runs at once: the reader sees its result and trace appear. */
  const runSuggestion = (sg: Suggestion) => {
    const p = { from: sg.from, to: sg.to, kind: sg.port ? ('tcp' as const) : ('ping' as const), port: String(sg.port ?? port) };
    setFrom(p.from);
    setTo(p.to);
    setKind(p.kind);
    setPort(p.port);
    probe(p);
  };

  const ctx = { name };
  return (
    <div className="nmp-run">
      <h4>{s.runHeading}</h4>
      <p className="nmp-muted">{s.runIntro}</p>
      <fieldset className="nmp-run__guests">
        <legend>{s.guestsHeading}</legend>
        {bridges.length === 0 ? (
          <p className="nmp-muted">{s.noBridges}</p>
        ) : (
          placements.map((p) => {
            const bridge = bridges.find((b) => b.name === p.bridge);
            return (
              <div key={p.vmid} className="nmp-toolbar">
                <label className="nmp-field">
                  <span>{s.guestOn(`VM ${p.vmid}`)}</span>
                  <select value={p.bridge} onChange={(e) => place(p.vmid, { bridge: e.target.value })}>
                    <option value="">{s.notPlugged}</option>
                    {bridges.map((b) => (
                      <option key={b.name} value={b.name}>
                        {b.name}
                      </option>
                    ))}
                  </select>
                </label>
                {bridge?.vlanAware && (
                  <label className="nmp-field">
                    <span>{s.vlanTag}</span>
                    <select value={p.tag === undefined ? '' : String(p.tag)} onChange={(e) => place(p.vmid, { tag: e.target.value === '' ? null : Number(e.target.value) })}>
                      <option value="">{s.untagged}</option>
                      {[...new Set([...bridge.tags, 10, 20, 30])].sort((a, b) => a - b).map((t) => (
                        <option key={t} value={String(t)}>
                          {t}
                        </option>
                      ))}
                    </select>
                  </label>
                )}
              </div>
            );
          })
        )}
        {!w.labels.gw && <p className="nmp-muted">{s.noOutside}</p>}
      </fieldset>
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
            onClick={() => runSuggestion(sg)}
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
