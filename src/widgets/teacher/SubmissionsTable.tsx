/**
 * The class list: one row per student, sortable by name, time or score, each with their answers
 * (what they chose, and whether it was right) behind a button, and delete with a confirmation.
 */
import { Fragment, useRef, useState } from 'react';
import { ScrollWrap } from '../core/ScrollWrap.tsx';
import { choiceLabels, pickedText, type DashData } from './dash-data.ts';
import type { AnswerView } from '../../server/answer-view.ts';
import type { VariantView } from '../../server/variants.ts';
import { SortHeader, sortBy, useSort } from './sortable.tsx';
import { formatWhen, type TeacherLang, type TeacherStrings } from './strings.ts';

type Column = 'name' | 'time' | 'score';

export function SubmissionsTable({ data, t, lang, onDelete }: { data: DashData; t: TeacherStrings; lang: TeacherLang; onDelete: (id: string, name: string) => Promise<void> }) {
  const [sort, onSort] = useSort<Column>('time');
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState<string | null>(null);
  // The row whose Delete button gets focus back when its confirmation is cancelled.
  const refocusDelete = useRef<string | null>(null);
  const labels = choiceLabels(data, lang);
  const rows = sortBy(data.submissions, sort, (s, key) => (key === 'name' ? s.name : key === 'time' ? s.submittedAt : s.total ? s.score / s.total : 0));
  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const cancel = (id: string) => {
    refocusDelete.current = id;
    setConfirming(null);
  };

  return (
    <ScrollWrap label={t.submissionsTitle}>
      <table data-testid="submissions">
        <thead>
          <tr>
            <SortHeader label={t.colName} column="name" sort={sort} onSort={onSort} />
            <SortHeader label={t.colTime} column="time" sort={sort} onSort={onSort} />
            <SortHeader label={t.colScore} column="score" sort={sort} onSort={onSort} />
            <th scope="col">{t.colLang}</th>
            <th scope="col">{t.colAttempts}</th>
            <th scope="col" className="nm-no-print">
              {t.colActions}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <Fragment key={s.id}>
              <tr data-student={s.name}>
                <th scope="row">{s.name}</th>
                <td className="nm-num">{formatWhen(s.submittedAt, lang)}</td>
                <td className="nm-num">
                  {s.score} / {s.total}
                </td>
                <td lang={s.locale}>{t.langNames[s.locale]}</td>
                <td className="nm-num">{s.attempts}</td>
                <td className="nm-no-print">
                  <span className="nm-row">
                    <button type="button" aria-expanded={open.has(s.id)} aria-controls={`nm-ans-${s.id}`} aria-label={t.answersOf(s.name)} onClick={() => toggle(s.id)}>
                      {open.has(s.id) ? t.hideAnswers : t.showAnswers}
                    </button>
                    {confirming === s.id ? (
                      <span className="nm-row" onKeyDown={(e) => e.key === 'Escape' && cancel(s.id)}>
                        <button
                          type="button"
                          className="nm-danger"
                          autoFocus
                          onClick={async () => {
                            await onDelete(s.id, s.name);
                            setConfirming(null);
                          }}
                        >
                          {t.confirmDelete}
                        </button>
                        <button type="button" onClick={() => cancel(s.id)}>
                          {t.cancel}
                        </button>
                      </span>
                    ) : (
                      <button
                        type="button"
                        className="nm-danger"
                        aria-label={t.deleteSubmission(s.name)}
                        onClick={() => setConfirming(s.id)}
                        ref={(el) => {
                          if (el && refocusDelete.current === s.id) {
                            refocusDelete.current = null;
                            el.focus();
                          }
                        }}
                      >
                        {t.delete}
                      </button>
                    )}
                  </span>
                </td>
              </tr>
              {open.has(s.id) && (
                <tr id={`nm-ans-${s.id}`} className="nm-answers-row">
                  <td colSpan={6}>
                    <ol className="nm-answers" aria-label={t.answersOf(s.name)} data-testid="student-answers">
                      {data.questions.map((q) => {
                        const a = s.answers[q.id];
                        const own = s.variants?.[q.id];
                        if (!a) return null;
                        if (own) return <VariantAnswer key={q.id} number={q.number} own={own} a={a} name={s.name} t={t} lang={lang} />;
                        return (
                          <li key={q.id} value={q.number} data-mark={a.mark}>
                            <span className="nm-badge" data-mark={a.mark}>
                              {t.markNames[a.mark]} · {t.pointsOf(a.points)}
                            </span>{' '}
                            <span className="nm-hint">{q.prompt[lang]}</span>
                            {a.mark !== 'unanswered' && <div>{pickedText(labels, q.id, a.picks)}</div>}
                            {a.text !== undefined && (
                              <details>
                                <summary>{t.fixAnswer}</summary>
                                <pre className="nm-config">{a.text}</pre>
                              </details>
                            )}
                          </li>
                        );
                      })}
                    </ol>
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </ScrollWrap>
  );
}

/** A generated question as this student got it: their prompt, every choice (the right one marked) and what they picked. */
function VariantAnswer({ number, own, a, name, t, lang }: { number: number; own: VariantView; a: AnswerView; name: string; t: TeacherStrings; lang: TeacherLang }) {
  return (
    <li value={number} data-mark={a.mark} data-testid="variant">
      <span className="nm-badge" data-mark={a.mark}>
        {t.markNames[a.mark]} · {t.pointsOf(a.points)}
      </span>{' '}
      <details>
        <summary>{t.variantOf(name)}</summary>
        <p className="nm-prompt-cell">{own.prompt[lang]}</p>
        <ul>
          {own.choices.map((c) => (
            <li key={c.key} data-right={c.right} data-picked={a.picks.includes(c.key)}>
              {c.label[lang]}
              {c.right && <span className="nm-badge">{t.rightMark}</span>}
              {a.picks.includes(c.key) && <span className="nm-badge">{t.variantPicked}</span>}
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}
