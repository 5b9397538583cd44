/**
 * The due time and the open/closed switch. Reopening after the due time also removes the passed
 * due time (the server does it), so "reopen" always means students can submit again; what the
 * status line says is what the server answered, never a guess.
 */
import { useEffect, useId, useState, type SubmitEvent } from 'react';
import { localInputValue } from './builder-session.ts';
import type { DashData } from './dash-data.ts';
import { formatWhen, type TeacherLang, type TeacherStrings } from './strings.ts';

export interface PatchResult {
  ok: boolean;
  state?: DashData['state'];
  dueAt?: number | null;
}

export function DeadlineControls({ data, t, lang, patch }: { data: DashData; t: TeacherStrings; lang: TeacherLang; patch: (body: Record<string, unknown>, done: (r: PatchResult) => string) => Promise<void> }) {
  const ids = { due: useId(), hint: useId() };
  const [due, setDue] = useState(localInputValue(data.dueAt));
  const [problem, setProblem] = useState('');
  // A refresh brings the server's due time; the field follows it unless the teacher is editing.
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    if (!dirty) setDue(localInputValue(data.dueAt));
  }, [data.dueAt, dirty]);

  async function save(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem('');
    if (!due) return setProblem(t.needDue);
    const at = new Date(due);
    await patch({ dueAt: at.toISOString() }, () => t.dueSaved(formatWhen(at.getTime(), lang)));
    setDirty(false);
  }

  return (
    <div className="nm-teach nm-no-print">
      <form className="nm-row nm-due-form" onSubmit={save} noValidate>
        <div className="nm-field">
          <label htmlFor={ids.due}>{t.dueEditLabel}</label>
          <input
            id={ids.due}
            type="datetime-local"
            value={due}
            aria-describedby={ids.hint}
            onChange={(e) => {
              setDirty(true);
              setDue(e.target.value);
            }}
          />
          <p className="nm-hint" id={ids.hint}>
            {t.dueEditHint}
          </p>
        </div>
        <div className="nm-row">
          <button type="submit">{t.saveDue}</button>
          {data.dueAt !== null && (
            <button
              type="button"
              onClick={async () => {
                await patch({ dueAt: null }, () => t.dueRemoved);
                setDirty(false);
              }}
            >
              {t.removeDue}
            </button>
          )}
          {data.state === 'open' ? (
            <button type="button" onClick={() => patch({ closed: true }, () => '')}>
              {t.close}
            </button>
          ) : (
            <button type="button" className="nm-primary" onClick={() => patch({ closed: false }, () => '')}>
              {t.reopen}
            </button>
          )}
        </div>
      </form>
      {problem && (
        <p className="nm-alert" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
