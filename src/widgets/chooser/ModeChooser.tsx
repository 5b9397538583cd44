/**
 * "Which mode fits my situation?": radio-group questions, a recommendation that follows the answers,
 * and links to the lessons. Rules live in recommend.ts; this file only asks and shows.
 */
import { useId, useMemo, useState } from 'react';
import { lessonHref, type Lang } from '../i18n/play.ts';
import { chooserStrings } from '../i18n/play/chooser.ts';
import { recommend, visibleQuestions, type Answers, type Mode, type QuestionId } from './recommend.ts';
import '../playground/play-ui.css';
import './chooser.css';
import { NOT_IN_SEARCH } from '../core/not-in-search.ts';

export interface ModeChooserProps {
  lang: Lang;
}

const LESSON_OF: Record<Mode, string> = { bridge: 'bridge', routed: 'routed', nat: 'nat' };

export default function ModeChooser({ lang }: ModeChooserProps) {
  const s = chooserStrings(lang);
  const base = useId();
  const [answers, setAnswers] = useState<Answers>({});
  const questions = visibleQuestions(answers);
  const result = useMemo(() => recommend(answers), [answers]);
  const left = questions.filter((q) => answers[q] === undefined).length;

  const answer = (q: QuestionId, value: string) => setAnswers((prev) => ({ ...prev, [q]: value }));

  const summary = result
    ? [s.recommended(s.modeName[result.mode]), result.alsoConsider ? s.alsoConsider(s.modeName[result.alsoConsider]) : '']
        .filter(Boolean)
        .join('. ')
    : s.pending(left);

  return (
    <section className="nm-chooser not-content" {...NOT_IN_SEARCH} aria-labelledby={`${base}-title`} data-widget="mode-chooser">
      <h3 id={`${base}-title`} className="nm-chooser__title">
        {s.title}
      </h3>
      <p className="nm-chooser__intro">{s.intro}</p>
      <form className="nm-chooser__form" onSubmit={(e) => e.preventDefault()}>
        {questions.map((q) => {
          const def = s.questions[q];
          const helpId = `${base}-${q}-help`;
          const help = 'help' in def ? def.help : undefined;
          return (
            <fieldset key={q} className="nm-chooser__q" aria-describedby={help ? helpId : undefined}>
              <legend>{def.legend}</legend>
              {help && (
                <p id={helpId} className="nm-chooser__help">
                  {help}
                </p>
              )}
              <div className="nm-chooser__options">
                {def.options.map((o) => (
                  <label key={o.value} className="nm-chooser__option">
                    <input
                      type="radio"
                      name={`${base}-${q}`}
                      value={o.value}
                      checked={answers[q] === o.value}
                      onChange={() => answer(q, o.value)}
                    />
                    <span>{o.label}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          );
        })}
      </form>

      <p className="nmp-sr-only" role="status" aria-live="polite" aria-atomic="true">
        {summary}
      </p>

      <div className="nm-chooser__result" aria-labelledby={`${base}-result`}>
        <h4 id={`${base}-result`}>{s.resultHeading}</h4>
        {!result ? (
          <p className="nm-chooser__pending">{s.pending(left)}</p>
        ) : (
          <>
            <p className="nm-chooser__mode" data-mode={result.mode}>
              {s.recommended(s.modeName[result.mode])}
            </p>
            <p className="nm-chooser__why">{s.why}</p>
            <ul>
              {result.reasons.map((r) => (
                <li key={r}>{s.reasons[r]}</li>
              ))}
            </ul>
            <p>
              <a href={lessonHref(lang, LESSON_OF[result.mode])}>{s.readLesson(s.modeName[result.mode])}</a>
              {result.alsoConsider && (
                <>
                  {' · '}
                  <a href={lessonHref(lang, LESSON_OF[result.alsoConsider])}>{s.alsoConsider(s.modeName[result.alsoConsider])}</a>
                </>
              )}
            </p>
            {result.extras.length > 0 && (
              <>
                <p className="nm-chooser__why">{s.alsoHeading}</p>
                <ul>
                  {result.extras.map((x) => (
                    <li key={x}>{s.extras[x]}</li>
                  ))}
                </ul>
                <p>
                  <a href={lessonHref(lang, 'bond')}>{s.bondLesson}</a>
                </p>
              </>
            )}
          </>
        )}
        <button type="button" className="nmp-btn" onClick={() => setAnswers({})} disabled={Object.keys(answers).length === 0}>
          {s.reset}
        </button>
      </div>
    </section>
  );
}
