/**
 * The quiz island. Self-study mode: every question is graded the moment the reader checks it,
 * the score comes at the end, and wrong questions can be retried. Option order is shuffled per
 * attempt with a seed (quiz id + attempt number), so the same attempt always renders the same.
 * Results go to the reader's progress (src/progress/store.ts), which the course map reads; the
 * attempt in progress is kept on the device as the reader answers (attempt.ts) and restored on reload.
 */
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ClientQuestion } from '../../quiz/localize.ts';
import { scoreAnswer, totalScore, type Answer, type QuestionScore } from '../../quiz/scoring.ts';
import { orderFor } from '../../quiz/shuffle.ts';
import { browserStorage, readProgress, recordQuiz, resetProgress, writeProgress, type QuizResult } from '../../progress/store';
import { QuestionCard, type Draft } from './QuestionCard.tsx';
import { readView, takeResetNotice, writeView, type QuizView } from './prefs.ts';
import { readAttemptText } from './attempt-key.ts';

/** Saving and clearing the attempt in progress, loaded when first needed (see attempt.ts). */
const attemptStore = () => import('./attempt.ts');
import { formatPoints, quizStrings, type QuizLang } from './strings.ts';
import './quiz.css';
import { NOT_IN_SEARCH } from '../core/not-in-search.ts';

export interface QuizProps {
  /** Stable id used for the shuffle seed (the quiz mode, e.g. "bridge"). */
  quizId: string;
  /** Progress key: the lesson this quiz completes (e.g. "bridge", "final-quiz"). */
  lessonKey: string;
  lang: QuizLang;
  title: string;
  questions: ClientQuestion[];
}

interface Round {
  attempt: number;
  ids: string[];
  drafts: Record<string, Draft>;
  results: Record<string, QuestionScore>;
  index: number;
  finished: boolean;
  /** The score is saved as soon as the last question is checked; "See my score" only shows it. */
  recorded: boolean;
}

const newRound = (attempt: number, ids: string[]): Round => ({ attempt, ids, drafts: {}, results: {}, index: 0, finished: false, recorded: false });

/** The attempt's score: each question counts its best points over the attempt's rounds. */
function bestScore(ids: readonly string[], best: Record<string, number>) {
  const scores: Record<string, QuestionScore> = {};
  for (const id of ids) {
    const p = best[id] ?? 0;
    scores[id] = { points: p, max: 1, correct: p >= 1 };
  }
  return totalScore(ids, scores);
}

function toAnswer(draft: Draft | undefined): Answer | undefined {
  if (!draft) return undefined;
  if (draft.type === 'truefalse') {
    if (draft.value === undefined) return undefined;
    return { type: 'truefalse', value: draft.value, ...(draft.reason ? { reason: draft.reason } : {}) };
  }
  return draft;
}

/** Option/item order of one question for one attempt. */
function orderOf(q: ClientQuestion, quizId: string, attempt: number): Record<string, string[]> {
  const ids = (items: ReadonlyArray<{ id: string }>, part: string) => orderFor(items.map((i) => i.id), quizId, attempt, `${q.id}/${part}`);
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'path':
      return { options: ids(q.options, 'options') };
    case 'truefalse':
      return { reasons: ids(q.reasons, 'reasons') };
    case 'match':
      return { items: ids(q.items, 'items'), choices: ids(q.choices, 'choices') };
    case 'fix':
      return {};
  }
}

export default function Quiz({ quizId, lessonKey, lang, title, questions }: QuizProps) {
  const t = quizStrings(lang);
  const baseId = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const allIds = useMemo(() => questions.map((q) => q.id), [questions]);
  const byId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);

  const [view, setView] = useState<QuizView>('one');
  const [round, setRound] = useState<Round>(() => newRound(1, allIds));
  const [best, setBest] = useState<Record<string, number>>({});
  const [last, setLast] = useState<QuizResult | undefined>(undefined);
  const [notice, setNotice] = useState<'reset' | 'partial' | 'storage' | 'attempt' | 'cleared' | undefined>(undefined);
  const [resumed, setResumed] = useState(false);
  // Saving waits until a saved attempt has been looked at, so it cannot overwrite one before its restore.
  const [loaded, setLoaded] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);
  const [announce, setAnnounce] = useState('');
  const scoreRef = useRef<HTMLHeadingElement>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const moveFocus = useRef(false);

  // Storage is read after hydration: the server render cannot know the reader's progress.
  useEffect(() => {
    const storage = browserStorage();
    setView(readView(storage));
    const { progress, notice: readNotice } = readProgress(storage);
    // Either this read found the data unreadable, or another script on the page did just before.
    const damage = takeResetNotice(storage) ?? readNotice;
    if (damage) setNotice(damage);
    const saved = progress.lessons[lessonKey]?.quiz;
    setLast(saved);
    const attempt = (saved?.attempts ?? 0) + 1;
    setRound((r) => (r.attempt === attempt ? r : newRound(attempt, allIds)));
    const text = readAttemptText(storage, lessonKey);
    if (text === null) return setLoaded(true);
    import('./attempt-parse.ts')
      .then(({ parseAttempt }) => {
        const found = parseAttempt(text, { quizId, attempt, types: new Map(questions.map((q) => [q.id, q.type])) });
        if (found.kind === 'ok') {
          const { view: v, ids, index, drafts, results, best: b } = found.attempt;
          setView(v);
          setBest(b);
          setRound({ attempt, ids, index, drafts, results, finished: false, recorded: false });
          setResumed(true);
          return;
        }
        if (found.kind === 'damaged') setNotice((n) => n ?? 'attempt');
        return attemptStore().then((m) => m.clearAttempt(storage, lessonKey));
      })
      .catch(() => undefined)
      .finally(() => setLoaded(true));
  }, [lessonKey, allIds, quizId, questions]);

  useEffect(() => {
    if (!loaded) return;
    const storage = browserStorage();
    const { attempt, ids, index, drafts, results, finished, recorded } = round;
    // A retry round is kept from its start (before any answer): a reload must not turn it back into the whole quiz.
    // A recorded round is over: after a reload the saved score is shown and a new attempt starts.
    const empty = finished || recorded || (Object.keys(drafts).length + Object.keys(results).length === 0 && ids.length === allIds.length);
    void attemptStore().then(({ clearAttempt, saveAttempt }) => {
      if (empty) return clearAttempt(storage, lessonKey);
      if (!saveAttempt(storage, lessonKey, { v: 1, quiz: quizId, attempt, view, ids, index, drafts, results, best })) setNotice((n) => n ?? 'storage');
    });
  }, [loaded, round, best, view, lessonKey, quizId, allIds]);

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    if (round.finished) scoreRef.current?.focus();
    else cardRef.current?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
  }, [round]);

  const orders = useMemo(() => {
    const map: Record<string, Record<string, string[]>> = {};
    for (const q of questions) map[q.id] = orderOf(q, quizId, round.attempt);
    return map;
  }, [questions, quizId, round.attempt]);

  /** Saves the round's score in the progress store (the course map reads it from there). */
  const saveScore = (nextBest: Record<string, number>) => {
    const total = bestScore(allIds, nextBest);
    const storage = browserStorage();
    const { progress } = readProgress(storage);
    const updated = recordQuiz(progress, lessonKey, {
      score: total.score,
      total: total.total,
      correct: total.correct,
      completedAt: new Date().toISOString(),
    });
    if (!writeProgress(storage, updated)) setNotice('storage');
    setLast(updated.lessons[lessonKey]?.quiz);
    return total;
  };

  const finishRound = (r: Round, nextBest: Record<string, number>) => {
    const total = r.recorded ? bestScore(allIds, nextBest) : saveScore(nextBest);
    setAnnounce(`${t.scoreTitle}: ${t.score(formatPoints(total.score), total.total)}`);
    moveFocus.current = true;
    setRound({ ...r, finished: true, recorded: true });
  };

  const record = (qid: string, result: QuestionScore) => {
    const nextBest = { ...best, [qid]: Math.max(best[qid] ?? 0, result.points) };
    setBest(nextBest);
    // Answering the last question finishes the attempt: the score counts without a further click.
    const complete = !round.recorded && round.ids.every((id) => id === qid || round.results[id] !== undefined);
    if (complete) saveScore(nextBest);
    setRound((r) => ({ ...r, results: { ...r.results, [qid]: result }, recorded: r.recorded || complete }));
  };

  const check = (qid: string) => {
    const q = byId.get(qid);
    if (!q) return;
    record(qid, scoreAnswer(q.key, toAnswer(round.drafts[qid])));
  };

  const allChecked = round.ids.every((id) => round.results[id] !== undefined);
  const checkedCount = round.ids.filter((id) => round.results[id] !== undefined).length;

  const showResults = () => finishRound(round, best);

  const start = (ids: string[], keepBest: boolean) => {
    if (!keepBest) setBest({});
    setResumed(false);
    moveFocus.current = true;
    setRound(newRound((last?.attempts ?? round.attempt) + 1, ids));
  };

  const changeView = (v: QuizView) => {
    setView(v);
    writeView(browserStorage(), v);
  };

  const doReset = () => {
    resetProgress(browserStorage());
    void attemptStore().then((m) => m.clearAllAttempts(browserStorage()));
    setResumed(false);
    setLast(undefined);
    setBest({});
    setConfirmReset(false);
    setNotice('cleared');
    setRound(newRound(1, allIds));
  };

  const card = (qid: string, position: number, footer?: ReactNode) => {
    const q = byId.get(qid)!;
    return (
      <QuestionCard
        key={`${round.attempt}-${qid}`}
        question={q}
        order={orders[qid] ?? {}}
        number={position + 1}
        total={round.ids.length}
        domId={`${quizId}-${baseId}-${qid}`}
        t={t}
        lang={lang}
        draft={round.drafts[qid]}
        result={round.results[qid]}
        onDraft={(d) => setRound((r) => ({ ...r, drafts: { ...r.drafts, [qid]: d } }))}
        onCheck={() => check(qid)}
        onFixResult={(passed, config) => record(qid, scoreAnswer(q.key, { type: 'fix', config }, { fixPassed: passed }))}
        footer={footer}
      />
    );
  };

  const wrongIds = allIds.filter((id) => (best[id] ?? 0) < 1);
  const retryRound = round.ids.length < allIds.length;
  const currentId = round.ids[Math.min(round.index, round.ids.length - 1)]!;
  const go = (index: number) => {
    moveFocus.current = true;
    setRound((r) => ({ ...r, index }));
  };

  const finalScore = bestScore(allIds, best);

  return (
    <section className="nmq not-content" {...NOT_IN_SEARCH} aria-label={t.regionLabel(title)} lang={lang}>
      <div className="nmq-toolbar">
        <div role="group" aria-label={t.viewLabel} className="nmq-view">
          {(['one', 'all'] as const).map((v) => (
            <button key={v} type="button" className="nmq-button nmq-toggle" aria-pressed={view === v} onClick={() => changeView(v)}>
              {v === 'one' ? t.viewOne : t.viewAll}
            </button>
          ))}
        </div>
        <span className="nmq-progress">{t.answered(checkedCount, round.ids.length)}</span>
      </div>

      {notice && notice !== 'cleared' && (
        <p className="nmq-notice" role="status">
          {notice === 'reset' ? t.corruptNotice : notice === 'partial' ? t.partialNotice : notice === 'attempt' ? t.attemptLost : t.storageOff}
        </p>
      )}
      {resumed && !round.finished && (
        <p className="nmq-notice" role="status">
          {Object.keys(round.drafts).length > 0 ? t.resumed : t.resumedEmpty}{' '}
          <button
            type="button"
            className="nmq-button nmq-quiet"
            onClick={() => {
              setResumed(false);
              setBest({});
              moveFocus.current = true;
              // The same attempt number: the options keep the order the reader has already seen.
              setRound(newRound(round.attempt, allIds));
            }}
          >
            {t.startOver}
          </button>
        </p>
      )}
      {last && !round.finished && (
        <p className="nmq-last">{t.lastResult(formatPoints(last.score), last.total, last.attempts, new Date(last.completedAt).toLocaleDateString(lang))}</p>
      )}
      {retryRound && !round.finished && <p className="nmq-last">{t.retryRound(round.ids.length)}</p>}

      {!round.finished && (
        <div ref={cardRef}>
          {view === 'all'
            ? round.ids.map((qid, i) => card(qid, i))
            : card(
                currentId,
                round.ids.indexOf(currentId),
                <div className="nmq-nav">
                  <button type="button" className="nmq-button" disabled={round.index === 0} onClick={() => go(round.index - 1)}>
                    {t.previous}
                  </button>
                  {round.index < round.ids.length - 1 && (
                    <button
                      type="button"
                      className={`nmq-button ${round.results[currentId] ? 'nmq-primary' : ''}`}
                      onClick={() => go(round.index + 1)}
                    >
                      {t.next}
                    </button>
                  )}
                </div>,
              )}
          {allChecked && (
            <div className="nmq-actions nmq-end">
              {round.recorded && <p className="nmq-saved">{t.scoreSaved}</p>}
              <button type="button" className="nmq-button nmq-primary" onClick={showResults}>
                {t.showResults}
              </button>
            </div>
          )}
        </div>
      )}

      {round.finished && (
        <div className="nmq-results">
          <h3 ref={scoreRef} tabIndex={-1}>
            {t.scoreTitle}
          </h3>
          <p className="nmq-score">{t.score(formatPoints(finalScore.score), finalScore.total)}</p>
          {wrongIds.length === 0 ? <p>{t.allRight}</p> : null}
          <div className="nmq-actions">
            {wrongIds.length > 0 && (
              <button type="button" className="nmq-button nmq-primary" onClick={() => start(wrongIds, true)}>
                {t.retryWrong(wrongIds.length)}
              </button>
            )}
            <button type="button" className="nmq-button" onClick={() => start(allIds, false)}>
              {t.restart}
            </button>
          </div>
        </div>
      )}

      <div className="nmq-reset">
        {!confirmReset ? (
          <button type="button" className="nmq-button nmq-quiet" onClick={() => setConfirmReset(true)}>
            {t.reset}
          </button>
        ) : (
          <div role="group" aria-label={t.reset} className="nmq-confirm">
            <p>{t.resetConfirm}</p>
            <button type="button" className="nmq-button nmq-danger" onClick={doReset} autoFocus>
              {t.reset}
            </button>
            <button type="button" className="nmq-button" onClick={() => setConfirmReset(false)}>
              {t.cancel}
            </button>
          </div>
        )}
      </div>

      <p className="nmq-sr" aria-live="polite" role="status">
        {notice === 'cleared' ? t.resetDone : announce}
      </p>
    </section>
  );
}
