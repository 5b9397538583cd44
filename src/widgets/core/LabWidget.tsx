/**
 * LabWidget: a complete lab on the kernel — goals with hints, the reader's actions, results,
 * the topology (cables unplug by click or keyboard), step controls with narration, the tables
 * and the packet inspector — wrapped in an error boundary. Labs only supply a LabDefinition.
 *
 * Props:
 * - `def`: the lab (scenario builder per variant, actions, goals, table focus).
 * - `lang`: 'en' | 'ko'.
 * - `urlState`: mirror state in the URL (default true; turn off when a page holds two copies).
 * - `headingLevel`: level of the lab's title (default 2, right under a lab page's h1; use 3 inside
 *   a lesson section). Goals and "Try it" are one level deeper.
 * - `children(state)`: optional extra panel under the tables (e.g. a comparison) that reads the run.
 */
import { lazy, Suspense, useId, useMemo, type ReactNode } from 'react';
import type { Lang } from '../i18n/lang.ts';
import { ui } from '../i18n/ui.ts';
import { WidgetErrorBoundary } from './ErrorBoundary.tsx';
import { GoalsPanel } from './GoalsPanel.tsx';
import { Heading, type HeadingLevel } from './Heading.tsx';
import type { LabDefinition, LabRun, LabWorld } from './lab-model.ts';
import { PacketInspectorEmpty } from './PacketInspectorEmpty.tsx';
import { TRAVEL_MS } from './playback.ts';
import { actionsFor, goalsFor, replay } from './replay.ts';
import { RunStepper } from './RunStepper.tsx';
import { stepKeyHandler } from './StepControls.tsx';
import { stepView } from './step-view.ts';
import { TablesPanel } from './TablesPanel.tsx';
import { tablesFromSim } from './tables-from-sim.ts';

// There is no packet to show until the reader runs an action, so the inspector (and its header
// tables) loads on that first step rather than with the page.
const PacketInspector = lazy(() => import('./PacketInspector.tsx').then((m) => ({ default: m.PacketInspector })));
import { diffTables } from './tables-model.ts';
import { topologyFromSim } from './topology-from-sim.ts';
import { TopologyView } from './TopologyView.tsx';
import { useNarration } from './useNarration.ts';
import { useSimRun, type SimRunState } from './useSimRun.ts';
import { writeUrlState } from './url-state.ts';
import './widgets.css';
import { NOT_IN_SEARCH } from './not-in-search.ts';

export interface LabWidgetProps<W extends LabWorld> {
  def: LabDefinition<W>;
  lang: Lang;
  urlState?: boolean;
  headingLevel?: HeadingLevel;
  children?: (state: SimRunState) => ReactNode;
}

/**
 * Goals are judged on what the reader has watched so far: the actions whose last step is at or
 * before the current step (replay is prefix-stable, so this is a shorter replay of the same run).
 */
export function useGoalRun<W extends LabWorld>(def: LabDefinition<W>, run: LabRun, index: number): LabRun {
  const watched = run.actions.filter((a, i) => (run.actions[i + 1]?.firstStep ?? run.steps.length) - 1 <= index).length;
  return useMemo(
    () => (watched === run.actions.length ? run : replay(def, run.variant, run.actions.slice(0, watched).map((a) => a.id))),
    [def, run, watched],
  );
}

export function LabWidget<W extends LabWorld>(props: LabWidgetProps<W>) {
  return (
    <WidgetErrorBoundary lang={props.lang} onReset={() => writeUrlState(props.def.id, {})}>
      <LabBody {...props} />
    </WidgetErrorBoundary>
  );
}

function LabBody<W extends LabWorld>({ def, lang, urlState, headingLevel = 2, children }: LabWidgetProps<W>) {
  const t = ui(lang);
  const s = useSimRun(def, urlState === undefined ? {} : { urlState });
  const titleId = useId();
  const { run, index } = s;
  const step = run.steps[index];
  const snapshot = step?.snapshot ?? run.initial;
  const prevSnapshot = index > 0 ? run.steps[index - 1]?.snapshot : run.steps.length ? run.initial : undefined;

  const topo = useMemo(() => topologyFromSim(snapshot, run.names, lang), [snapshot, run.names, lang]);
  const tables = useMemo(() => tablesFromSim(snapshot, lang, run.names, def.focus), [snapshot, lang, run.names, def.focus]);
  const prevTables = useMemo(
    () => (prevSnapshot ? tablesFromSim(prevSnapshot, lang, run.names, def.focus) : undefined),
    [prevSnapshot, lang, run.names, def.focus],
  );
  const changes = useMemo(() => diffTables(prevTables, tables), [prevTables, tables]);
  const tell = useNarration(lang, run.steps.length > 0);
  const view = stepView(step, index, lang, run.names, topo, tell);
  const actions = actionsFor(def, s.variant);
  const goalRun = useGoalRun(def, run, index);
  const doneIds = run.actions.map((a) => a.id);

  return (
    <section className="nm-widget nm-lab" {...NOT_IN_SEARCH} aria-labelledby={titleId} tabIndex={0} onKeyDown={stepKeyHandler({ index, count: run.steps.length, playing: s.playing, onIndex: s.setIndex, onPlaying: s.setPlaying })} data-lab={def.id}>
      <div className="nm-lab-head">
        <Heading level={headingLevel} id={titleId}>
          {def.title[lang]}
        </Heading>
      </div>
      <GoalsPanel lang={lang} goals={goalsFor(def, s.variant)} run={goalRun} progressKey={def.id} headingLevel={headingLevel + 1} />
      {def.variants && def.variants.length > 1 && (
        <fieldset className="nm-variants">
          <legend>{def.variantsLabel?.[lang] ?? t.variantLegend}</legend>
          {def.variants.map((v) => (
            <label key={v.id}>
              <input type="radio" name={`${titleId}-variant`} value={v.id} checked={s.variant === v.id} onChange={() => s.setVariant(v.id)} /> {v.label[lang]}
            </label>
          ))}
        </fieldset>
      )}
      <div className="nm-actions-block">
        <Heading level={headingLevel + 1}>{t.actionsTitle}</Heading>
        <div className="nm-actions">
          {actions.map((a) => (
            <button key={a.id} type="button" data-action={a.id} onClick={() => s.actFromButton(a.id)} disabled={a.enabled ? !a.enabled(doneIds) : false}>
              {a.label[lang]}
            </button>
          ))}
          <button type="button" className="nm-reset" onClick={s.reset} disabled={s.history.length === 0 && s.variant === (def.variants?.[0]?.id ?? s.variant)}>
            {t.reset}
          </button>
        </div>
      </div>
      <TopologyView
        topology={topo}
        lang={lang}
        packets={view.packets}
        durationMs={TRAVEL_MS[s.speed]}
        highlight={view.highlight}
        onToggleLink={def.cables === false ? undefined : s.toggleCable}
      />
      <RunStepper lang={lang} state={s} view={view} resultsHeadingLevel={headingLevel + 1} />
      {run.truncated && <p className="nm-empty">{t.truncated}</p>}
      <div className="nm-layout">
        <TablesPanel lang={lang} tables={tables} changes={changes} {...(def.initialTab ? { initialTab: def.initialTab } : {})} {...(def.tableTabs ? { tabs: def.tableTabs } : {})} />
        {view.frame ? (
          <Suspense fallback={<PacketInspectorEmpty lang={lang} />}>
            <PacketInspector lang={lang} frame={view.frame} frameAfter={view.frameAfter} />
          </Suspense>
        ) : (
          <PacketInspectorEmpty lang={lang} />
        )}
      </div>
      {children?.(s)}
    </section>
  );
}
