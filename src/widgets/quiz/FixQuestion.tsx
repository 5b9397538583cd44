/**
 * "Fix the config": the reader edits an /etc/network/interfaces file until the lab goal passes.
 * The checker (config parser + simulation kernel) is loaded only when the reader first runs it,
 * so quizzes without this kind of question never download the kernel.
 */
import { useRef, useState } from 'react';
import type { ClientQuestion } from '../../quiz/localize.ts';
import type { QuestionScore } from '../../quiz/scoring.ts';
import type { FixReport } from '../../quiz/fix/report.ts';
import type { QuizStrings } from './strings.ts';

type FixClientQuestion = Extract<ClientQuestion, { type: 'fix' }>;

interface Props {
  question: FixClientQuestion;
  domId: string;
  legendId: string;
  t: QuizStrings;
  lang: 'ko' | 'en';
  result: QuestionScore | undefined;
  onResult: (passed: boolean, config: string) => void;
  /** The file as edited so far: kept by the quiz with the other answers, so a reload keeps it. */
  text: string;
  onText: (text: string) => void;
}

type RunState = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; report: FixReport } | { kind: 'error' };

export function FixQuestion({ question: q, domId, legendId, t, lang, result, onResult, text, onText: setText }: Props) {
  const [run, setRun] = useState<RunState>({ kind: 'idle' });
  const [hint, setHint] = useState(false);
  const [solution, setSolution] = useState(false);
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const checked = result !== undefined;

  const check = async () => {
    setRun({ kind: 'running' });
    try {
      const { checkFix } = await import('../../quiz/fix/check.ts');
      const report = checkFix(q.goal, text, lang);
      setRun({ kind: 'done', report });
      if (report.passed) onResult(true, text);
    } catch {
      setRun({ kind: 'error' });
    }
  };

  const reveal = () => {
    setSolution(true);
    if (!checked) onResult(false, text);
  };

  return (
    <>
      <fieldset className="nmq-fieldset">
        <legend id={legendId} className="nmq-prompt">
          {q.prompt}
        </legend>
        <p className="nmq-goal">{t.fixGoal(q.goalFrom, q.goal.to, q.goal.expect === 'reachable')}</p>
        <label htmlFor={`${domId}-config`} className="nmq-code-label">
          {t.fixLabel}
        </label>
        <textarea
          id={`${domId}-config`}
          ref={areaRef}
          className="nmq-code"
          value={text}
          readOnly={checked}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          rows={Math.min(24, Math.max(8, text.split('\n').length + 1))}
          onChange={(e) => setText(e.currentTarget.value)}
        />
      </fieldset>
      <div className="nmq-actions">
        {!checked && (
          <button type="button" className="nmq-button nmq-primary" onClick={check} disabled={run.kind === 'running'}>
            {t.fixCheck}
          </button>
        )}
        {!checked && (
          <button
            type="button"
            className="nmq-button"
            onClick={() => {
              setText(q.start);
              setRun({ kind: 'idle' });
              areaRef.current?.focus();
            }}
          >
            {t.fixReset}
          </button>
        )}
        {!hint && (
          <button type="button" className="nmq-button" onClick={() => setHint(true)}>
            {t.fixHint}
          </button>
        )}
        {!solution && (
          <button type="button" className="nmq-button" onClick={reveal}>
            {t.fixSolution}
          </button>
        )}
      </div>
      <div className="nmq-feedback" aria-live="polite">
        {run.kind === 'running' && <p>{t.fixChecking}</p>}
        {run.kind === 'error' && <p className="nmq-error">{t.fixError}</p>}
        {run.kind === 'done' && (
          <>
            <p className={`nmq-verdict ${run.report.passed ? 'nmq-ok' : 'nmq-wrong'}`} tabIndex={-1}>{run.report.passed ? t.fixPassed : t.fixFailed}</p>
            {run.report.summary && <p>{run.report.summary}</p>}
            {/* The checker's findings before the kernel's path: the reader sees which kind of mistake remains. */}
            {run.report.diagnostics.length > 0 && (
              <div className="nmq-explain">
                <p className="nmq-hops-title">{t.diagnostics}</p>
                <ul className="nmq-diagnostics">
                  {run.report.diagnostics.map((d, i) => (
                    <li key={i}>
                      <code>{d}</code>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {run.report.steps.length > 0 && (
              <div className="nmq-hops">
                <p className="nmq-hops-title">{t.hopsTitle}</p>
                <ol>
                  {run.report.steps.map((step, i) => (
                    <li key={i}>{step}</li>
                  ))}
                </ol>
              </div>
            )}
          </>
        )}
        {checked && run.kind !== 'done' && <p className={`nmq-verdict ${result.correct ? 'nmq-ok' : 'nmq-wrong'}`} tabIndex={-1}>{result.correct ? t.correct : t.wrong}</p>}
      </div>
      {hint && <p className="nmq-hint">{q.hint}</p>}
      {(solution || (checked && result.correct)) && (
        <div className="nmq-explain">
          <p>{q.explain}</p>
          {solution && <pre className="nmq-solution">{q.solution}</pre>}
          <a href={q.href}>{t.readMore}</a>
        </div>
      )}
    </>
  );
}
