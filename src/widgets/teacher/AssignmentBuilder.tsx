/**
 * The teacher's form: title, questions by quiz or one by one, due date and the two policies. After
 * creating, shows the join code, the student link with its QR code, and the private teacher link
 * (once, with a warning). Both survive a reload of the tab (builder-session.ts).
 */
import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import type { CatalogGroup } from '../../server/questions.ts';
import { api, errorText } from './api.ts';
import { clearBuilderSession, readBuilderSession, saveBuilderSession, type Created } from './builder-session.ts';
import { CopyField } from './CopyField.tsx';
import { Qr } from './Qr.tsx';
import { teacherStrings, type TeacherLang } from './strings.ts';
import './teacher.css';

export default function AssignmentBuilder({ lang, groups }: { lang: TeacherLang; groups: CatalogGroup[] }) {
  const t = teacherStrings[lang];
  const ids = { title: useId(), due: useId(), titleHint: useId(), dueHint: useId() };
  const [title, setTitle] = useState('');
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [due, setDue] = useState('');
  const [showExplanations, setShowExplanations] = useState(true);
  const [allowResubmit, setAllowResubmit] = useState(false);
  const [busy, setBusy] = useState(false);
  const [hydrated, setHydrated] = useState(false);
  const [error, setError] = useState('');
  const [created, setCreated] = useState<Created | null>(null);
  useEffect(() => {
    const kept = readBuilderSession();
    if (kept) {
      const known = new Set(groups.flatMap((g) => g.questions.map((q) => q.id)));
      setTitle(kept.form.title);
      setPicked(new Set(kept.form.picked.filter((id) => known.has(id))));
      setDue(kept.form.due);
      setShowExplanations(kept.form.showExplanations);
      setAllowResubmit(kept.form.allowResubmit);
      setCreated(kept.created);
    }
    setHydrated(true);
  }, [groups]);
  useEffect(() => {
    if (!hydrated) return;
    saveBuilderSession({ form: { title, picked: [...picked], due, showExplanations, allowResubmit }, created });
  }, [hydrated, title, picked, due, showExplanations, allowResubmit, created]);
  const resultHeading = useRef<HTMLHeadingElement>(null);
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
    if (created) resultHeading.current?.focus();
  }, [created]);

  function toggle(id: string, on: boolean) {
    setPicked((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }
  function toggleGroup(group: CatalogGroup, on: boolean) {
    setPicked((prev) => {
      const next = new Set(prev);
      for (const q of group.questions) on ? next.add(q.id) : next.delete(q.id);
      return next;
    });
  }

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setError('');
    const fail = (message: string) => {
      setError(message);
      setErrorSeq((n) => n + 1);
    };
    if (!title.trim()) return fail(t.needTitle);
    if (picked.size === 0) return fail(t.needQuestions);
    // Keep the bank's order, whatever order the boxes were ticked in.
    const questionIds = groups.flatMap((g) => g.questions.map((q) => q.id)).filter((id) => picked.has(id));
    setBusy(true);
    const result = await api<Created>('/api/assignments', {
      method: 'POST',
      body: { title, locale: lang, questionIds, dueAt: due ? new Date(due).toISOString() : null, showExplanations, allowResubmit },
    });
    setBusy(false);
    if (!result.ok) return fail(errorText(result, t.errors));
    setCreated(result.data);
  }

  if (created) {
    const dashboardPath = new URL(created.teacherUrl).pathname + new URL(created.teacherUrl).hash;
    return (
      <section className="nm-teach" aria-labelledby="nm-created">
        <h2 id="nm-created" ref={resultHeading} tabIndex={-1}>
          {t.createdTitle}: {created.title}
        </h2>
        <div>
          <p className="nm-hint">{t.joinCodeLabel}</p>
          <p className="nm-code" data-testid="join-code">
            {created.code}
          </p>
        </div>
        <CopyField label={t.studentLinkLabel} value={created.studentUrl} copyText={t.copy} copiedText={t.copied} failedText={t.copyFailed} testId="student-url" />
        <p className="nm-hint">{t.studentLinkHint}</p>
        <Qr matrix={created.qr} label={t.qrLabel(created.code)} />
        <p className="nm-warning" role="note">
          <strong>{t.teacherLinkWarning}</strong>
        </p>
        <CopyField label={t.teacherLinkLabel} value={created.teacherUrl} copyText={t.copy} copiedText={t.copied} failedText={t.copyFailed} testId="teacher-url" />
        <div className="nm-row">
          <a href={dashboardPath}>{t.openDashboard}</a>
          <button type="button" onClick={() => { focusTitle.current = true; clearBuilderSession(); setCreated(null); setPicked(new Set()); setTitle(''); setDue(''); }}>
            {t.anotherAssignment}
          </button>
        </div>
      </section>
    );
  }

  return (
    <form className="nm-teach" onSubmit={submit} noValidate aria-busy={busy}>
      {/* Disabled until hydrated: text typed into the server-rendered form would be lost. */}
      <fieldset className="nm-bare nm-teach" disabled={!hydrated}>
      <div className="nm-field">
        <label htmlFor={ids.title}>{t.titleLabel}</label>
        <input id={ids.title} ref={titleInput} type="text" value={title} maxLength={120} required aria-describedby={ids.titleHint} onChange={(e) => setTitle(e.target.value)} />
        <p className="nm-hint" id={ids.titleHint}>
          {t.titleHint}
        </p>
      </div>

      <fieldset>
        <legend>{t.questionsLegend}</legend>
        <p className="nm-status" role="status" aria-live="polite">
          {t.selectedCount(picked.size)}
        </p>
        {groups.map((group) => {
          const all = group.questions.every((q) => picked.has(q.id));
          const some = !all && group.questions.some((q) => picked.has(q.id));
          return (
            <fieldset key={group.mode} className="nm-group">
              <legend>{group.title}</legend>
              <label className="nm-check">
                <input
                  type="checkbox"
                  checked={all}
                  ref={(el) => {
                    if (el) el.indeterminate = some;
                  }}
                  onChange={(e) => toggleGroup(group, e.target.checked)}
                />
                <span>
                  <strong>{t.selectAllInMode(group.title, group.questions.length)}</strong>
                </span>
              </label>
              {group.questions.map((q) => (
                <label className="nm-check" key={q.id}>
                  <input type="checkbox" value={q.id} checked={picked.has(q.id)} onChange={(e) => toggle(q.id, e.target.checked)} />
                  <span>
                    {q.prompt}
                    <span className="nm-badge">{t.typeNames[q.type] ?? q.type}</span>
                    <span className="nm-badge">{t.difficulty(q.difficulty)}</span>
                  </span>
                </label>
              ))}
            </fieldset>
          );
        })}
      </fieldset>

      <div className="nm-field">
        <label htmlFor={ids.due}>{t.dueLabel}</label>
        <input id={ids.due} type="datetime-local" value={due} aria-describedby={ids.dueHint} onChange={(e) => setDue(e.target.value)} />
        <p className="nm-hint" id={ids.dueHint}>
          {t.dueHint}
        </p>
      </div>
      <div>
        <label className="nm-check">
          <input type="checkbox" checked={showExplanations} onChange={(e) => setShowExplanations(e.target.checked)} />
          <span>{t.showExplanationsLabel}</span>
        </label>
        <label className="nm-check">
          <input type="checkbox" checked={allowResubmit} onChange={(e) => setAllowResubmit(e.target.checked)} />
          <span>{t.allowResubmitLabel}</span>
        </label>
      </div>
      <p className="nm-alert" role="alert" tabIndex={-1} ref={errorBox}>
        {error}
      </p>
      <div>
        <button type="submit" className="nm-primary" disabled={busy}>
          {busy ? t.creating : t.createButton}
        </button>
      </div>
      </fieldset>
    </form>
  );
}
