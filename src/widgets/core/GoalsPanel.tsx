/**
 * GoalsPanel: the lab's goals, each checked by the kernel's results (done / not yet), with a
 * hint in a disclosure. The progress line is a polite live region so reaching a goal is announced.
 * Goals the kernel confirms are saved in the progress store under `progressKey`, so reopening the lab
 * shows them as met earlier. Only this check saves a goal: a shared link restores a run, which is
 * checked again here, and never carries a list of met goals to trust.
 *
 * Props: `lang`; `goals` (LabGoal[]); `run` (the current LabRun the goals are checked against);
 * `progressKey` (the lab page's slug; omit to keep nothing); `headingLevel` (default 3).
 */
import { useEffect, useState } from 'react';
import { browserStorage, readProgress, recordLabGoals, writeProgress } from '../../progress/store';
import type { Lang } from '../i18n/lang.ts';
import { ui } from '../i18n/ui.ts';
import type { LabGoal, LabRun } from './lab-model.ts';
import { Heading } from './Heading.tsx';

export function GoalsPanel({
  lang,
  goals,
  run,
  progressKey,
  headingLevel = 3,
}: {
  lang: Lang;
  goals: readonly LabGoal[];
  run: LabRun;
  progressKey?: string;
  headingLevel?: number;
}) {
  const t = ui(lang);
  const status = goals.map((g) => ({ g, now: safeCheck(g, run) }));
  const metNow = status.filter((x) => x.now).map((x) => x.g.id);
  const saved = useSavedGoals(progressKey, metNow);
  if (!goals.length) return null;
  const done = status.filter((x) => x.now || saved.has(x.g.id)).length;
  return (
    <div className="nm-goals" role="group" aria-label={t.goalsTitle}>
      <div className="nm-lab-head">
        <Heading level={headingLevel}>{t.goalsTitle}</Heading>
        <p role="status" aria-live="polite" className="nm-goals-progress">
          {done === goals.length ? t.allGoalsDone : t.goalsProgress(done, goals.length)}
        </p>
      </div>
      <ul>
        {status.map(({ g, now }) => {
          const earlier = !now && saved.has(g.id);
          const ok = now || earlier;
          return (
          <li key={g.id} className={ok ? 'nm-goal-done' : undefined} data-goal={g.id} data-done={ok} data-earlier={earlier || undefined}>
            <span className="nm-goal-mark" aria-hidden="true">
              {ok ? '✓' : '○'}
            </span>
            <span>{g.text[lang]}</span>{' '}
            {earlier ? <span className="nm-goal-earlier">({t.goalDoneEarlier})</span> : <span className="nm-visually-hidden">({ok ? t.goalDone : t.goalOpen})</span>}
            {!ok && (
              <details className="nm-hint">
                <summary>{t.showHint}</summary>
                <p>{g.hint[lang]}</p>
              </details>
            )}
          </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The goals saved for `key`, read after hydration, with every goal met now added and saved. */
function useSavedGoals(key: string | undefined, metNow: readonly string[]): ReadonlySet<string> {
  const [saved, setSaved] = useState<ReadonlySet<string>>(() => new Set());
  const metKey = metNow.join(' ');
  useEffect(() => {
    if (!key) return;
    const storage = browserStorage();
    const { progress } = readProgress(storage);
    const next = recordLabGoals(progress, key, metNow);
    if (next !== progress) writeProgress(storage, next);
    const goals = next.labs[key]?.goals ?? [];
    setSaved((prev) => (prev.size === goals.length ? prev : new Set(goals)));
    // metKey stands for metNow: a new array each render, the same goals.
  }, [key, metKey]);
  return saved;
}

function safeCheck(g: LabGoal, run: LabRun): boolean {
  try {
    return g.check(run);
  } catch {
    return false;
  }
}
