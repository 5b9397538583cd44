/**
 * Late work: late passes (one name let in after the due time or closing) and the refused late
 * attempts the server kept, each with its answers, to accept or discard.
 */
import { useId, useState, type SubmitEvent } from 'react';
import { ScrollWrap } from '../core/ScrollWrap.tsx';
import { choiceLabels, pickedText, type DashData } from './dash-data.ts';
import { formatWhen, type TeacherLang, type TeacherStrings } from './strings.ts';

export interface LateActions {
  grant: (name: string) => Promise<boolean>;
  revoke: (name: string) => Promise<void>;
  accept: (id: string, name: string) => Promise<void>;
  discard: (id: string, name: string) => Promise<void>;
}

export function LateWork({ data, t, lang, actions }: { data: DashData; t: TeacherStrings; lang: TeacherLang; actions: LateActions }) {
  const ids = { name: useId(), hint: useId() };
  const [name, setName] = useState('');
  const labels = choiceLabels(data, lang);
  const numbers = new Map(data.questions.map((q) => [q.id, q.number]));

  async function grant(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (name.trim() && (await actions.grant(name))) setName('');
  }

  return (
    <section aria-labelledby="nm-late" className="nm-no-print">
      <h2 id="nm-late">{t.lateTitle}</h2>
      <p className="nm-hint">{t.lateIntro}</p>
      <form className="nm-row nm-due-form" onSubmit={grant} noValidate>
        <div className="nm-field">
          <label htmlFor={ids.name}>{t.passLabel}</label>
          <input id={ids.name} type="text" value={name} maxLength={60} aria-describedby={ids.hint} onChange={(e) => setName(e.target.value)} />
          <p className="nm-hint" id={ids.hint}>
            {t.passHint}
          </p>
        </div>
        <div>
          <button type="submit">{t.grantPass}</button>
        </div>
      </form>
      {data.latePasses.length > 0 && (
        <>
          <h3>{t.passesTitle}</h3>
          <ul data-testid="late-passes">
            {data.latePasses.map((p) => (
              <li key={p.name} className="nm-row">
                <span>{p.name}</span>
                <button type="button" aria-label={t.revokePass(p.name)} onClick={() => actions.revoke(p.name)}>
                  {t.remove}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t.lateAttemptsTitle}</h3>
      {data.lateAttempts.length === 0 ? (
        <p>{t.noLateAttempts}</p>
      ) : (
        <ScrollWrap label={t.lateAttemptsTitle}>
          <table data-testid="late-attempts">
            <thead>
              <tr>
                <th scope="col">{t.colName}</th>
                <th scope="col">{t.colTried}</th>
                <th scope="col">{t.colAnswered}</th>
                <th scope="col">{t.colActions}</th>
              </tr>
            </thead>
            <tbody>
              {data.lateAttempts.map((l) => (
                <tr key={l.id}>
                  <th scope="row">{l.name}</th>
                  <td className="nm-num">{formatWhen(l.attemptedAt, lang)}</td>
                  <td>
                    <details>
                      <summary>{t.answeredOf(Object.keys(l.answers).length, data.questions.length)}</summary>
                      <ul>
                        {Object.entries(l.answers).map(([qid, a]) => (
                          <li key={qid}>
                            {t.questionN(numbers.get(qid) ?? 0)}: {a.text !== undefined ? <pre className="nm-config">{a.text}</pre> : pickedText(labels, qid, a.picks)}
                          </li>
                        ))}
                      </ul>
                    </details>
                  </td>
                  <td>
                    <span className="nm-row">
                      <button type="button" className="nm-primary" aria-label={t.acceptLate(l.name)} onClick={() => actions.accept(l.id, l.name)}>
                        {t.accept}
                      </button>
                      <button type="button" className="nm-danger" aria-label={t.discardLate(l.name)} onClick={() => actions.discard(l.id, l.name)}>
                        {t.discard}
                      </button>
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollWrap>
      )}
    </section>
  );
}
