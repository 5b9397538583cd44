/**
 * Routed vs NAT, side by side: the same requests run on both set-ups (each its own kernel
 * scenario with step controls, diagram and tables), and a comparison table whose rows are
 * measured from the two runs, with differences highlighted; goals (rvn-goals.ts) read both runs. Rows carry the anchors
 * #demo-addressing, #demo-setup, #demo-inbound, #demo-public-ips and #demo-provider-view.
 *
 * Usage in MDX: `<RoutedVsNatLab client:visible lang="en" />`. Props: `lang` ('en' | 'ko'),
 * `headingLevel` (default 2; 3 when embedded in a lesson section).
 */
import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState } from 'react';
import { WidgetErrorBoundary } from '../../core/ErrorBoundary.tsx';
import { GoalsPanel } from '../../core/GoalsPanel.tsx';
import { ScrollWrap } from '../../core/ScrollWrap.tsx';
import type { LabDefinition, LabGoal, LabRun } from '../../core/lab-model.ts';
import { replay } from '../../core/replay.ts';
import { TRAVEL_MS } from '../../core/playback.ts';
import { stepKeyHandler } from '../../core/StepControls.tsx';
import { stepView } from '../../core/step-view.ts';
import { TablesPanel } from '../../core/TablesPanel.tsx';
import { tablesFromSim } from '../../core/tables-from-sim.ts';
import { diffTables } from '../../core/tables-model.ts';
import { topologyFromSim } from '../../core/topology-from-sim.ts';
import { TopologyView } from '../../core/TopologyView.tsx';
import { useNarration } from '../../core/useNarration.ts';
import { useSimRun, type SimRunState } from '../../core/useSimRun.ts';
import { writeUrlState } from '../../core/url-state.ts';
import { asLang, type Lang } from '../../i18n/lang.ts';
import { rvnStrings, rvnText as T } from '../../i18n/labs/routed-vs-nat.ts';
import { ui } from '../../i18n/ui.ts';
import { RunStepper } from '../../core/RunStepper.tsx';
import { Heading, type HeadingLevel } from '../../core/Heading.tsx';
import { compareRows, ROW_ANCHOR } from './compare.ts';
import { rvnNat, rvnRouted, RVN_TARGETS } from './rvn-labs.ts';
import { RVN_GOALS } from './rvn-goals.ts';
import '../../core/widgets.css';
import { NOT_IN_SEARCH } from '../../core/not-in-search.ts';

export default function RoutedVsNatLab({ lang, headingLevel = 2 }: { lang: string; headingLevel?: HeadingLevel }) {
  const l = asLang(lang);
  return (
    <WidgetErrorBoundary
      lang={l}
      onReset={() => {
        writeUrlState(rvnRouted.id, {});
        writeUrlState(rvnNat.id, {});
      }}
    >
      <Body lang={l} level={headingLevel} />
    </WidgetErrorBoundary>
  );
}

function Body({ lang, level }: { lang: Lang; level: number }) {
  const t = ui(lang);
  const titleId = useId();
  const routed = useSimRun(rvnRouted, { urlStep: false });
  const nat = useSimRun(rvnNat, { urlStep: false });
  const rows = useMemo(() => compareRows(routed.run, nat.run, lang), [routed.run, nat.run, lang]);
  // Both sides run the action; focus goes to the routed side's narration, the first one to read.
  const both = (id: string) => {
    nat.act(id);
    routed.actFromButton(id);
  };
  const forwarded = nat.run.actions.some((a) => a.id === 'forward');
  useOpenAtEnd(routed);
  useOpenAtEnd(nat);
  const routedSeen = useWatched(rvnRouted, routed);
  const natSeen = useWatched(rvnNat, nat);
  const text = rvnStrings(lang).goals;
  const goals: LabGoal[] = RVN_GOALS.map((g) => ({
    id: g.id,
    // The page loads only its own language's table, so the one text stands in for both.
    text: { en: text[g.id].text, ko: text[g.id].text },
    hint: { en: text[g.id].hint, ko: text[g.id].hint },
    check: () => g.met(routedSeen, natSeen),
  }));
  return (
    <section className="nm-widget nm-lab nm-rvn" {...NOT_IN_SEARCH} aria-labelledby={titleId} data-lab="routed-vs-nat">
      <Heading level={level} id={titleId}>
        {rvnStrings(lang).title}
      </Heading>
      <GoalsPanel lang={lang} goals={goals} run={natSeen} progressKey="routed-vs-nat" headingLevel={level + 1} />
      <div className="nm-actions-block">
        <Heading level={level + 1}>{t.actionsTitle}</Heading>
        <div className="nm-actions">
          <button type="button" data-action="out" onClick={() => both('out')}>
            {T.actions.out[lang]}
          </button>
          <button type="button" data-action="in" onClick={() => both('in')}>
            {T.actions.in[lang]}
          </button>
          <button type="button" data-action="forward" onClick={() => nat.actFromButton('forward')} disabled={forwarded}>
            {T.actions.forward[lang]}
          </button>
          <button
            type="button"
            onClick={() => {
              routed.reset();
              nat.reset();
            }}
            disabled={routed.history.length === 0 && nat.history.length === 0}
          >
            {T.actions.reset[lang]}
          </button>
        </div>
        <p className="nm-shortcuts">{rvnStrings(lang).inTarget(RVN_TARGETS.routed, RVN_TARGETS.nat)}</p>
      </div>
      <Side title={T.routedTitle[lang]} def={rvnRouted} state={routed} lang={lang} level={level + 1} />
      <Side title={T.natTitle[lang]} def={rvnNat} state={nat} lang={lang} level={level + 1} />
      <ScrollWrap>
        <table className="nm-compare">
          <caption>{rvnStrings(lang).tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{rvnStrings(lang).colAspect}</th>
              <th scope="col">{T.routedTitle[lang]}</th>
              <th scope="col">{T.natTitle[lang]}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} id={ROW_ANCHOR[r.id]} className={r.differs ? 'nm-differs' : undefined} data-row={r.id} data-differs={r.differs}>
                <th scope="row">
                  {r.label}
                  {r.differs && <span className="nm-row-flag">{rvnStrings(lang).differs}</span>}
                </th>
                {/* On a phone the rows become cards and each cell names its side (screen readers have the column header). */}
                <td>
                  <span className="nm-compare__side" aria-hidden="true">
                    {T.routedTitle[lang]}
                  </span>
                  {r.routed ?? <span className="nm-empty">{rvnStrings(lang).notYet}</span>}
                </td>
                <td>
                  <span className="nm-compare__side" aria-hidden="true">
                    {T.natTitle[lang]}
                  </span>
                  {r.nat ?? <span className="nm-empty">{rvnStrings(lang).notYet}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollWrap>
    </section>
  );
}

/**
 * Goals are judged on what the reader has watched of a side, as in the other labs: the actions
 * whose last step is at or before the current step (a replay of that prefix; replay is prefix-stable).
 */
function useWatched(def: LabDefinition, s: SimRunState): LabRun {
  const { run, index } = s;
  const watched = run.actions.filter((_, i) => (run.actions[i + 1]?.firstStep ?? run.steps.length) - 1 <= index).length;
  return useMemo(
    () => (watched === run.actions.length ? run : replay(def, run.variant, run.actions.slice(0, watched).map((a) => a.id))),
    [def, run, watched],
  );
}

/**
 * Two labs share the page, so the step is not kept in the URL: a run restored from it (reload,
 * language switch) opens at its last step, as the reader left it, rather than before its first action.
 */
function useOpenAtEnd(s: SimRunState) {
  const seen = useRef(false);
  const { history, index, playing, setIndex } = s;
  useEffect(() => {
    if (seen.current || history.length === 0) return;
    seen.current = true;
    if (index === 0 && !playing) setIndex(Number.MAX_SAFE_INTEGER);
  }, [history, index, playing, setIndex]);
}

// Two full labs already share this page; the packet view loads only when a reader opens it.
const PacketInspector = lazy(() => import('../../core/PacketInspector.tsx').then((m) => ({ default: m.PacketInspector })));

function Side({ title, def, state: s, lang, level }: { title: string; def: LabDefinition; state: SimRunState; lang: Lang; level: number }) {
  const t = ui(lang);
  const [inspecting, setInspecting] = useState(false);
  const headingId = useId();
  const { run, index } = s;
  const step = run.steps[index];
  const snapshot = step?.snapshot ?? run.initial;
  const prev = index > 0 ? run.steps[index - 1]?.snapshot : run.steps.length ? run.initial : undefined;
  const topo = useMemo(() => topologyFromSim(snapshot, run.names, lang), [snapshot, run.names, lang]);
  const tables = useMemo(() => tablesFromSim(snapshot, lang, run.names, def.focus), [snapshot, lang, run.names, def.focus]);
  const prevTables = useMemo(() => (prev ? tablesFromSim(prev, lang, run.names, def.focus) : undefined), [prev, lang, run.names, def.focus]);
  const view = stepView(step, index, lang, run.names, topo, useNarration(lang, run.steps.length > 0));
  return (
    <section
      className="nm-rvn-side"
      aria-labelledby={headingId}
      tabIndex={0}
      data-side={def.id}
      onKeyDown={stepKeyHandler({ index, count: run.steps.length, playing: s.playing, onIndex: s.setIndex, onPlaying: s.setPlaying })}
    >
      <Heading level={level} id={headingId}>
        {title}
      </Heading>
      <TopologyView topology={topo} lang={lang} packets={view.packets} durationMs={TRAVEL_MS[s.speed]} highlight={view.highlight} onToggleLink={s.toggleCable} label={`${t.topologyLabel}: ${title}`} />
      <RunStepper lang={lang} state={s} view={view} resultsHeadingLevel={level + 1} />
      <TablesPanel lang={lang} tables={tables} changes={diffTables(prevTables, tables)} {...(def.initialTab ? { initialTab: def.initialTab } : {})} {...(def.tableTabs ? { tabs: def.tableTabs } : {})} />
      <details className="nm-rvn-packet" onToggle={(e) => setInspecting(e.currentTarget.open)}>
        <summary>{t.inspectorLabel}</summary>
        {inspecting && (
          <Suspense fallback={null}>
            <PacketInspector lang={lang} frame={view.frame} frameAfter={view.frameAfter} />
          </Suspense>
        )}
      </details>
    </section>
  );
}
