/**
 * The teacher's form: title, questions (QuestionPicker), due date and the policies. After
 * creating, shows the links (CreatedPanel) and adds the assignment to "My assignments" in this
 * browser unless the teacher unticks it. Opened from a dashboard, the same form duplicates an
 * assignment or edits it (until its first submission). Form and result survive a reload of the
 * tab (builder-session.ts).
 */
import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import type { CatalogGroup } from '../../server/questions.ts';
import { api, errorText } from './api.ts';
import { clearBuilderSession, readBuilderSession, saveBuilderSession, type Created, type Editing } from './builder-session.ts';
import { CreatedPanel } from './CreatedPanel.tsx';
import { MyAssignments } from './MyAssignments.tsx';
import { rememberAssignment } from './my-assignments.ts';
import { QuestionPicker } from './QuestionPicker.tsx';
import { teacherStrings, type TeacherLang } from './strings.ts';
import './teacher.css';

export default function AssignmentBuilder({ lang, groups }: { lang: TeacherLang; groups: CatalogGroup[] }) {
  const t = teacherStrings[lang];
  const ids = { title: useId(), due: useId(), titleHint: useId(), titleError: useId(), dueHint: useId(), rememberHint: useId(), explanationsHint: useId() };
  const [title, setTitle] = useState('');
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [due, setDue] = useState('');
  const [showExplanations, setShowExplanations] = useState(true);
  // Untouched, "show answers after submitting" follows the questions: off once a generated one is picked (issue 18).
  const explanationsTouched = useRef(false);
  const hasGenerated = groups.some((g) => g.questions.some((q) => q.bank === 'generated' && picked.has(q.id)));
  useEffect(() => {
    if (!explanationsTouched.current) setShowExplanations(!hasGenerated);
  }, [hasGenerated]);
  const [allowResubmit, setAllowResubmit] = useState(false);
  const [shuffle, setShuffle] = useState(false);
  const [remember, setRemember] = useState(true);
  const [busy, setBusy] = useState(false);
  const [hydrated, setHydrated] = useState(false);
  const [error, setError] = useState('');
  const [titleError, setTitleError] = useState('');
  const [created, setCreated] = useState<Created | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [listVersion, setListVersion] = useState(0);
  useEffect(() => {
    const kept = readBuilderSession();
    if (kept) {
      const known = new Set(groups.flatMap((g) => g.questions.map((q) => q.id)));
      setTitle(kept.form.title);
      setPicked(new Set(kept.form.picked.filter((id) => known.has(id))));
      setDue(kept.form.due);
      setShowExplanations(kept.form.showExplanations);
      explanationsTouched.current = true;
      setAllowResubmit(kept.form.allowResubmit);
      setShuffle(kept.form.shuffle);
      setCreated(kept.created);
      setEditing(kept.editing ?? null);
    }
    setHydrated(true);
  }, [groups]);
  useEffect(() => {
    if (!hydrated) return;
    saveBuilderSession({ form: { title, picked: [...picked], due, showExplanations, allowResubmit, shuffle }, created, editing });
  }, [hydrated, title, picked, due, showExplanations, allowResubmit, shuffle, created, editing]);
  const errorBox = useRef<HTMLParagraphElement>(null);
  const titleInput = useRef<HTMLInputElement>(null);
  // Set by "Create another assignment": its button disappears, so focus goes to the empty form.
  const focusTitle = useRef(false);
  useEffect(() => {
    if (!created && focusTitle.current) {
      focusTitle.current = false;
      titleInput.current?.focus();
    }
  }, [created]);
  // Counts failures so that the same message twice still moves focus to it.
  const [errorSeq, setErrorSeq] = useState(0);
  useEffect(() => {
    if (errorSeq) errorBox.current?.focus();
  }, [errorSeq]);

  // Move focus to the result once it is on screen, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (created) document.querySelector<HTMLElement>('[data-created-heading]')?.focus();
  }, [created]);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setError('');
    setTitleError('');
    const fail = (message: string) => {
      setError(message);
      setErrorSeq((n) => n + 1);
    };
    // Said at the field, where the teacher is sent, not only next to the button far below.
    if (!title.trim()) {
      setTitleError(t.needTitle);
      titleInput.current?.focus();
      return;
    }
    if (picked.size === 0) return fail(t.needQuestions);
    // Keep the bank's order, whatever order the boxes were ticked in.
    const questionIds = [...new Set(groups.flatMap((g) => g.questions.map((q) => q.id)))].filter((id) => picked.has(id));
    const dueAt = due ? new Date(due).toISOString() : null;
    setBusy(true);
    if (editing) {
      const result = await api<unknown>(`/api/assignments/${editing.code}`, {
        method: 'PATCH',
        token: editing.token,
        // An unchanged due time is not sent again: it may have passed meanwhile.
        body: { title, questionIds, showExplanations, allowResubmit, shuffle, ...(due !== editing.due ? { dueAt } : {}) },
      });
      setBusy(false);
      if (!result.ok) return fail(errorText(result, t.errors));
      clearBuilderSession();
      window.location.assign(`/${lang}/teach/${editing.code}/#t=${editing.token}`);
      return;
    }
    const result = await api<Created>('/api/assignments', {
      method: 'POST',
      body: { title, locale: lang, questionIds, dueAt, showExplanations, allowResubmit, shuffle },
    });
    setBusy(false);
    if (!result.ok) return fail(errorText(result, t.errors));
    if (remember) {
      rememberAssignment({ code: result.data.code, title: result.data.title, teacherUrl: result.data.teacherUrl, studentUrl: result.data.studentUrl, createdAt: Date.now() });
      setListVersion((v) => v + 1);
    }
    setCreated(result.data);
  }

  function another() {
    focusTitle.current = true;
    clearBuilderSession();
    setCreated(null);
    setPicked(new Set());
    setTitle('');
    setDue('');
    setShuffle(false);
  }

  const myList = !editing && <MyAssignments t={t} lang={lang} version={listVersion} />;
  if (created) {
    return (
      <>
        <CreatedPanel created={created} t={t} onAnother={another} />
        {myList}
      </>
    );
  }

  return (
    <>
    {myList}
    {editing && (
      <div className="nm-teach">
        <h2>{t.editTitle(editing.code)}</h2>
        <p>
          <a
            href={`/${lang}/teach/${editing.code}/#t=${editing.token}`}
            onClick={() => clearBuilderSession()}
          >
            {t.backToDashboard}
          </a>
        </p>
      </div>
    )}
    <form className="nm-teach" onSubmit={submit} noValidate aria-busy={busy}>
      {/* Disabled until hydrated: text typed into the server-rendered form would be lost. */}
      <fieldset className="nm-bare nm-teach" disabled={!hydrated}>
      <div className="nm-field">
        <label htmlFor={ids.title}>{t.titleLabel}</label>
        <input
          id={ids.title}
          ref={titleInput}
          type="text"
          value={title}
          maxLength={120}
          required
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? `${ids.titleError} ${ids.titleHint}` : ids.titleHint}
          onChange={(e) => {
            setTitle(e.target.value);
            if (e.target.value.trim()) setTitleError('');
          }}
        />
        {titleError && (
          <p className="nm-alert" id={ids.titleError} data-testid="title-error">
            {titleError}
          </p>
        )}
        <p className="nm-hint" id={ids.titleHint}>
          {t.titleHint}
        </p>
      </div>

      <QuestionPicker groups={groups} picked={picked} setPicked={setPicked} t={t} />

      <div className="nm-field">
        <label htmlFor={ids.due}>{t.dueLabel}</label>
        <input id={ids.due} type="datetime-local" value={due} aria-describedby={ids.dueHint} onChange={(e) => setDue(e.target.value)} />
        <p className="nm-hint" id={ids.dueHint}>
          {t.dueHint}
        </p>
      </div>
      <div>
        <label className="nm-check">
          <input
            type="checkbox"
            checked={showExplanations}
            aria-describedby={hasGenerated ? ids.explanationsHint : undefined}
            onChange={(e) => {
              explanationsTouched.current = true;
              setShowExplanations(e.target.checked);
            }}
          />
          <span>{t.showExplanationsLabel}</span>
        </label>
        {hasGenerated && (
          <p className="nm-hint" id={ids.explanationsHint}>
            {t.generatedExplanationsHint}
          </p>
        )}
        <label className="nm-check">
          <input type="checkbox" checked={allowResubmit} onChange={(e) => setAllowResubmit(e.target.checked)} />
          <span>{t.allowResubmitLabel}</span>
        </label>
        <label className="nm-check">
          <input type="checkbox" checked={shuffle} onChange={(e) => setShuffle(e.target.checked)} />
          <span>{t.shuffleLabel}</span>
        </label>
        {!editing && (
          <>
            <label className="nm-check">
              <input type="checkbox" checked={remember} aria-describedby={ids.rememberHint} onChange={(e) => setRemember(e.target.checked)} />
              <span>{t.rememberLabel}</span>
            </label>
            <p className="nm-hint" id={ids.rememberHint}>
              {t.rememberHint}
            </p>
          </>
        )}
      </div>
      <p className="nm-alert" role="alert" tabIndex={-1} ref={errorBox}>
        {error}
      </p>
      <div>
        <button type="submit" className="nm-primary" disabled={busy}>
          {editing ? (busy ? t.saving : t.saveChanges) : busy ? t.creating : t.createButton}
        </button>
      </div>
      </fieldset>
    </form>
    </>
  );
}
