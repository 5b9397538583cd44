/**
 * Per-question results with the numbers students saw: how many got it right, how many left it
 * blank (apart from the wrong ones), mean points, and how many picked each choice (the right ones
 * marked). Sortable, so the hardest question is one click away.
 */
import { ScrollWrap } from '../core/ScrollWrap.tsx';
import type { DashData } from './dash-data.ts';
import { SortHeader, sortBy, useSort } from './sortable.tsx';
import type { TeacherLang, TeacherStrings } from './strings.ts';

type Column = 'number' | 'correct' | 'unanswered' | 'mean';

export function QuestionStatsTable({ data, t, lang }: { data: DashData; t: TeacherStrings; lang: TeacherLang }) {
  const [sort, onSort] = useSort<Column>('number');
  const n = data.submissions.length;
  const rows = sortBy(data.questions, sort, (q, key) =>
    key === 'number' ? q.number : key === 'correct' ? (q.correctRate ?? -1) : key === 'unanswered' ? q.unanswered : (q.meanPoints ?? -1),
  );
  return (
    <ScrollWrap label={t.questionsTitle}>
      <table data-testid="per-question">
        <thead>
          <tr>
            <SortHeader label={t.colNumber} column="number" sort={sort} onSort={onSort} />
            <th scope="col">{t.colQuestion}</th>
            <SortHeader label={t.colCorrect} column="correct" sort={sort} onSort={onSort} />
            <SortHeader label={t.colUnanswered} column="unanswered" sort={sort} onSort={onSort} />
            <SortHeader label={t.colMean} column="mean" sort={sort} onSort={onSort} />
            <th scope="col">{t.colChoices}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((q) => (
            <tr key={q.id} data-question={q.id}>
              <td className="nm-num">{t.questionN(q.number)}</td>
              <th scope="row" className="nm-prompt-cell">
                {q.prompt[lang]}
              </th>
              <td className="nm-num">
                <span data-testid="correct-rate">{q.correctRate === null ? t.none : `${Math.round(q.correctRate * 100)}%`}</span>
                <span className="nm-hint"> ({t.correctOf(q.correct, n)})</span>
                <span className="nm-bar" aria-hidden="true">
                  <span style={{ width: `${Math.round((q.correctRate ?? 0) * 100)}%` }} />
                </span>
              </td>
              <td className="nm-num" data-testid="unanswered">
                {q.unanswered}
              </td>
              <td className="nm-num">{q.meanPoints === null ? t.none : q.meanPoints.toFixed(2)}</td>
              <td>
                <ul className="nm-choice-counts">
                  {q.choices.map((c) => (
                    <li key={c.key} data-right={c.right}>
                      <span className="nm-num">{c.count}</span> {c.label[lang]}
                      {c.right && <span className="nm-badge">{t.rightMark}</span>}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollWrap>
  );
}
