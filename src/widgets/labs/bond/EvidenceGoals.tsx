/**
 * The shared GoalsPanel (same look, live progress line and hints as every other lab) for labs
 * whose goals are checked against their kernel experiments rather than a replayed lab run: the
 * bond lab and the small office.
 */
import { GoalsPanel } from '../../core/GoalsPanel.tsx';
import type { LabGoal, LabRun } from '../../core/lab-model.ts';
import type { Lang } from '../../i18n/play.ts';
import type { Evidence, EvidenceGoal } from './evidence.ts';
import '../../core/widgets.css';

export interface GoalText {
  text: string;
  hint: string;
}

/** GoalsPanel hands each goal a lab run; these goals read their evidence instead and never look at it. */
const NO_LAB_RUN = {} as LabRun;

export function EvidenceGoals<Id extends string>({
  lang,
  goals,
  evidence,
  text,
  progressKey,
}: {
  lang: Lang;
  /** The lab page's slug, under which met goals are saved. */
  progressKey: string;
  goals: ReadonlyArray<EvidenceGoal & { id: Id }>;
  evidence: readonly Evidence[];
  text: Record<Id, GoalText>;
}) {
  const panel: LabGoal[] = goals.map((g) => ({
    id: g.id,
    // The page loads only its own language's table, so the one text stands in for both.
    text: { en: text[g.id].text, ko: text[g.id].text },
    hint: { en: text[g.id].hint, ko: text[g.id].hint },
    check: () => g.witness(evidence) !== undefined,
  }));
  return <GoalsPanel lang={lang} goals={panel} run={NO_LAB_RUN} progressKey={progressKey} headingLevel={4} />;
}
