/**
 * GoalsPanel: the lab's goals, each checked by the kernel's results (done / not yet), with a
 * hint in a disclosure. The progress line is a polite live region so reaching a goal is announced.
 *
 * Props: `lang`; `goals` (LabGoal[]); `run` (the current LabRun the goals are checked against);
 * `headingLevel` (default 3).
 */
import type { Lang } from '../i18n/lang.ts';
import { ui } from '../i18n/ui.ts';
import type { LabGoal, LabRun } from './lab-model.ts';
import { Heading } from './Heading.tsx';

export function GoalsPanel({ lang, goals, run, headingLevel = 3 }: { lang: Lang; goals: readonly LabGoal[]; run: LabRun; headingLevel?: number }) {
  const t = ui(lang);
  if (!goals.length) return null;
  const status = goals.map((g) => ({ g, done: safeCheck(g, run) }));
  const done = status.filter((x) => x.done).length;
  return (
    <div className="nm-goals" role="group" aria-label={t.goalsTitle}>
      <div className="nm-lab-head">
        <Heading level={headingLevel}>{t.goalsTitle}</Heading>
        <p role="status" aria-live="polite" className="nm-goals-progress">
          {done === goals.length ? t.allGoalsDone : t.goalsProgress(done, goals.length)}
        </p>
      </div>
      <ul>
        {status.map(({ g, done: ok }) => (
          <li key={g.id} className={ok ? 'nm-goal-done' : undefined} data-goal={g.id} data-done={ok}>
            <span className="nm-goal-mark" aria-hidden="true">
              {ok ? '✓' : '○'}
            </span>
            <span>{g.text[lang]}</span> <span className="nm-visually-hidden">({ok ? t.goalDone : t.goalOpen})</span>
            {!ok && (
              <details className="nm-hint">
                <summary>{t.showHint}</summary>
                <p>{g.hint[lang]}</p>
              </details>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function safeCheck(g: LabGoal, run: LabRun): boolean {
  try {
    return g.check(run);
  } catch {
    return false;
  }
}
