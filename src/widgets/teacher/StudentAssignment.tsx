/**
 * The student's side: name, the questions (without answer keys: the server grades), submit, and
 * the result. The receipt token is kept in this browser so the student can see their result again
 * and, if the teacher allows it, change their answers. Answers not yet sent are kept as a draft in
 * this browser (draft.ts) until the server has accepted them.
 */
import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { MAX_CONFIG_CHARS } from '../../quiz/fix/limits.ts';
import type { Answer } from '../../quiz/scoring.ts';
import type { PublicQuestion } from '../../server/questions.ts';
import type { LateReceipt, PublicAssignment, SubmissionResult } from '../../server/service.ts';
import { orderFor } from '../../quiz/shuffle.ts';
import { api, errorText } from './api.ts';
import { clearDraft, draftText, saveDraft, type DraftAnswer, type DraftAnswers } from './draft.ts';
import { formatWhen, teacherStrings, type TeacherLang, type TeacherStrings } from './strings.ts';
import './teacher.css';

type Draft = DraftAnswers;

interface Receipt {
  id: string;
  token: string;
  name: string;
  /** What was sent, so that "Change my answers" starts from it after a reload (checked before use). */
  answers?: unknown;
}

const receiptKey = (code: string) => `netmodes.assignment.${code}.v1`;
/** The receipt of answers refused as late and kept for the teacher: read back until accepted. */
const lateKey = (code: string) => `netmodes.assignment.${code}.late.v1`;
/** This browser's shuffle seed, so one student's order survives reloads. */
const seedKey = (code: string) => `netmodes.assignment.${code}.seed.v1`;

function readLate(code: string): LateReceipt | null {
  try {
    const raw = JSON.parse(localStorage.getItem(lateKey(code)) ?? 'null') as Partial<LateReceipt> | null;
    return raw && typeof raw.id === 'string' && typeof raw.token === 'string' && typeof raw.attemptedAt === 'number' ? (raw as LateReceipt) : null;
  } catch {
    return null;
  }
}

function shuffleSeed(code: string): number {
  try {
    const kept = Number(localStorage.getItem(seedKey(code)));
    if (Number.isInteger(kept) && kept > 0) return kept;
    const seed = 1 + Math.floor(Math.random() * 2 ** 31);
    localStorage.setItem(seedKey(code), String(seed));
    return seed;
  } catch {
    return 1;
  }
}

/** The questions, and the options of each, in this browser's own order. */
function shuffled(questions: readonly PublicQuestion[], code: string, seed: number): PublicQuestion[] {
  return orderFor(questions, code, seed, '').map((q) => {
    if (q.type === 'truefalse') return { ...q, reasons: orderFor(q.reasons, code, seed, q.id) };
    if (q.type === 'match') return { ...q, choices: orderFor(q.choices, code, seed, q.id) };
    if ('options' in q) return { ...q, options: orderFor(q.options, code, seed, q.id) };
    return q;
  });
}

function readReceipt(code: string): Receipt | null {
  try {
    const raw = JSON.parse(localStorage.getItem(receiptKey(code)) ?? 'null') as Partial<Receipt> | null;
    return raw && typeof raw.id === 'string' && typeof raw.token === 'string' ? { id: raw.id, token: raw.token, name: String(raw.name ?? ''), answers: raw.answers } : null;
  } catch {
    return null;
  }
}

function isAnswered(q: PublicQuestion, a: DraftAnswer | undefined): boolean {
  if (!a) return false;
  if (a.type === 'truefalse') return a.value !== undefined;
  if (a.type === 'multiple') return a.choices.length > 0;
  if (a.type === 'match' && q.type === 'match') return q.items.every((i) => a.pairs[i.id]);
  if (a.type === 'fix' && q.type === 'fix') return a.config !== q.start;
  return true;
}

function QuestionField({ q, index, count, answer, onChange, t }: {
  q: PublicQuestion;
  index: number;
  count: number;
  answer: DraftAnswer | undefined;
  onChange: (a: DraftAnswer) => void;
  t: TeacherStrings;
}) {
  const base = useId();
  const heading = (
    <legend>
      <span className="nm-hint">{t.question(index + 1, count)}</span>
      <br />
      {q.prompt}
    </legend>
  );
  switch (q.type) {
    case 'single':
    case 'path':
      return (
        <fieldset data-question={q.id}>
          {heading}
          <p className="nm-hint">{t.pickOne}</p>
          {q.options.map((o) => (
            <label className="nm-check" key={o.id}>
              <input
                type="radio"
                name={`${base}-choice`}
                value={o.id}
                checked={answer?.type === q.type && answer.choice === o.id}
                onChange={() => onChange({ type: q.type, choice: o.id })}
              />
              <span>{o.text}</span>
            </label>
          ))}
        </fieldset>
      );
    case 'multiple': {
      const picked = answer?.type === 'multiple' ? answer.choices : [];
      return (
        <fieldset data-question={q.id}>
          {heading}
          <p className="nm-hint">{t.pickSeveral}</p>
          {q.options.map((o) => (
            <label className="nm-check" key={o.id}>
              <input
                type="checkbox"
                value={o.id}
                checked={picked.includes(o.id)}
                onChange={(e) => onChange({ type: 'multiple', choices: e.target.checked ? [...picked, o.id] : picked.filter((c) => c !== o.id) })}
              />
              <span>{o.text}</span>
            </label>
          ))}
        </fieldset>
      );
    }
    case 'truefalse': {
      const a = answer?.type === 'truefalse' ? answer : undefined;
      return (
        <fieldset data-question={q.id}>
          {heading}
          <fieldset>
            <legend>{t.trueFalseVerdict}</legend>
            {[true, false].map((v) => (
              <label className="nm-check" key={String(v)}>
                <input type="radio" name={`${base}-verdict`} checked={a?.value === v} onChange={() => onChange({ type: 'truefalse', value: v, reason: a?.reason })} />
                <span>{v ? t.trueLabel : t.falseLabel}</span>
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t.why}</legend>
            {q.reasons.map((r) => (
              <label className="nm-check" key={r.id}>
                <input
                  type="radio"
                  name={`${base}-reason`}
                  checked={a?.reason === r.id}
                  onChange={() => onChange(a?.value === undefined ? { type: 'truefalse', reason: r.id } : { type: 'truefalse', value: a.value, reason: r.id })}
                />
                <span>{r.text}</span>
              </label>
            ))}
          </fieldset>
        </fieldset>
      );
    }
    case 'fix': {
      const config = answer?.type === 'fix' ? answer.config : q.start;
      return (
        <fieldset data-question={q.id}>
          {heading}
          <label className="nm-field">
            <span>{t.fixLabel}</span>
            <textarea
              className="nm-config"
              value={config}
              rows={Math.min(24, config.split('\n').length + 2)}
              spellCheck={false}
              autoCapitalize="off"
              onChange={(e) => onChange({ type: 'fix', config: e.target.value })}
            />
          </label>
          <details>
            <summary>{t.fixHint}</summary>
            <p>{q.hint}</p>
          </details>
        </fieldset>
      );
    }
    case 'match': {
      const pairs = answer?.type === 'match' ? answer.pairs : {};
      return (
        <fieldset data-question={q.id}>
          {heading}
          <div className="nm-match">
            {q.items.map((item) => (
              <label key={item.id}>
                <span>{item.text}</span>
                <select value={pairs[item.id] ?? ''} onChange={(e) => {
                  const next = { ...pairs };
                  if (e.target.value) next[item.id] = e.target.value;
                  else delete next[item.id];
                  onChange({ type: 'match', pairs: next });
                }}>
                  <option value="">{t.matchPick}</option>
                  {q.choices.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.text}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
        </fieldset>
      );
    }
  }
}

function Result({ result, lang, t }: { result: SubmissionResult; lang: TeacherLang; t: TeacherStrings }) {
  return (
    <>
      <p className="nm-score" data-testid="score">
        {t.score(result.score, result.total)}
      </p>
      <p>{t.savedAt(formatWhen(result.submittedAt, lang))}</p>
      {result.questions ? (
        <ol>
          {result.questions.map((q) => (
            <li key={q.id}>
              <p>
                <strong>{q.prompt}</strong> <span className="nm-badge">{t.pointsOf(q.points)}</span>
              </p>
              <ul className="nm-note-list">
                {q.notes.map((n, i) => (
                  <li key={i} className="nm-note" data-right={n.right} data-picked={n.picked}>
                    {n.text || (n.picked ? t.fixPassed : t.fixFailed)}
                    {n.picked && <span className="nm-badge">{t.yourAnswer}</span>}
                    {n.right && <span className="nm-badge">{t.rightAnswer}</span>}
                    <p>{n.why}</p>
                  </li>
                ))}
              </ul>
              <p>
                <a href={q.lesson}>{t.reviewLesson}</a>
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p>{t.noExplanations}</p>
      )}
    </>
  );
}

/** The name this browser last got its own questions for (issue 18: generated questions per student). */
const personalKey = (code: string) => `netmodes.assignment.${code}.name.v1`;

export default function StudentAssignment({ lang, assignment }: { lang: TeacherLang; assignment: PublicAssignment }) {
  return assignment.personal ? <PersonalAssignment lang={lang} assignment={assignment} /> : <AssignmentForm lang={lang} assignment={assignment} />;
}

/**
 * An assignment whose questions are generated for each student: the name comes first, the
 * server answers with that student's own questions, and the form keeps the name fixed (another
 * name would be graded on other questions).
 */
function PersonalAssignment({ lang, assignment }: { lang: TeacherLang; assignment: PublicAssignment }) {
  const t = teacherStrings[lang];
  const nameId = useId();
  const hintId = useId();
  const nameInput = useRef<HTMLInputElement>(null);
  const errorBox = useRef<HTMLParagraphElement>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [loaded, setLoaded] = useState<{ name: string; questions: PublicQuestion[] } | null>(null);

  async function load(raw: string) {
    const trimmed = raw.normalize('NFC').trim();
    setError('');
    if (!trimmed) return setError(t.needName);
    if ([...trimmed].length > 60) return setError(t.nameTooLong);
    setBusy(true);
    const r = await api<PublicAssignment>(`/api/assignments/${assignment.code}?lang=${lang}&name=${encodeURIComponent(trimmed)}`);
    setBusy(false);
    if (!r.ok) {
      setError(errorText(r, t.errors));
      errorBox.current?.focus();
      return;
    }
    try {
      localStorage.setItem(personalKey(assignment.code), trimmed);
    } catch {
      /* asked again after a reload */
    }
    setLoaded({ name: trimmed, questions: r.data.questions });
  }

  useEffect(() => {
    let kept: string | null = null;
    try {
      kept = readReceipt(assignment.code)?.name || localStorage.getItem(personalKey(assignment.code));
    } catch {
      kept = null;
    }
    if (kept) {
      setName(kept);
      void load(kept);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [assignment.code]);

  function changeName() {
    try {
      localStorage.removeItem(personalKey(assignment.code));
    } catch {
      /* nothing kept */
    }
    setLoaded(null);
    setName('');
    setTimeout(() => nameInput.current?.focus());
  }

  // Disabled until hydrated, as the answer form is: a name typed into the server-rendered field was reset to
  // empty by hydration, and "Show my questions" then said "Enter your name".
  const [awake, setAwake] = useState(false);
  useEffect(() => setAwake(true), []);
  if (loaded) return <AssignmentForm lang={lang} assignment={{ ...assignment, questions: loaded.questions }} lockedName={loaded.name} onChangeName={changeName} />;
  return (
    <form
      className="nm-teach"
      onSubmit={(e) => {
        e.preventDefault();
        void load(name);
      }}
      noValidate
      aria-busy={busy}
    >
      <p>{t.personalIntro}</p>
      <fieldset className="nm-bare nm-teach" disabled={!awake}>
      <div className="nm-field">
        <label htmlFor={nameId}>{t.nameLabel}</label>
        <input id={nameId} ref={nameInput} type="text" value={name} maxLength={60} autoComplete="name" required aria-describedby={hintId} onChange={(e) => setName(e.target.value)} />
        <p className="nm-hint" id={hintId}>
          {t.nameHint}
        </p>
      </div>
      <p className="nm-alert" role="alert" tabIndex={-1} ref={errorBox}>
        {error}
      </p>
      <div>
        <button type="submit" className="nm-primary" disabled={busy}>
          {busy ? t.personalLoading : t.personalGet}
        </button>
      </div>
      </fieldset>
    </form>
  );
}

function AssignmentForm({ lang, assignment, lockedName, onChangeName }: { lang: TeacherLang; assignment: PublicAssignment; lockedName?: string; onChangeName?: () => void }) {
  const t = teacherStrings[lang];
  const nameId = useId();
  const nameHintId = useId();
  const notMeHintId = useId();
  const nameInput = useRef<HTMLInputElement>(null);
  // Set when the form replaces another student's result: focus goes to the (empty) name field.
  const focusName = useRef(false);
  const [name, setName] = useState(lockedName ?? '');
  const [draft, setDraft] = useState<Draft>({});
  const [busy, setBusy] = useState(false);
  const [hydrated, setHydrated] = useState(false);
  const [restored, setRestored] = useState(false);
  const [error, setError] = useState('');
  const [result, setResult] = useState<SubmissionResult | null>(null);
  const [editing, setEditing] = useState(false);
  // Answers refused as late but kept for the teacher (this browser's receipt of them).
  const [late, setLate] = useState<LateReceipt | null>(null);
  const [lateFull, setLateFull] = useState(false);
  const lateNote = useRef<HTMLParagraphElement>(null);
  // Counts refusals: each one moves focus to the note (once it is on screen), so it is read out.
  const [lateSeq, setLateSeq] = useState(0);
  useEffect(() => {
    if (lateSeq) lateNote.current?.focus();
  }, [lateSeq]);
  const [questions, setQuestions] = useState(assignment.questions);
  useEffect(() => {
    if (assignment.shuffle) setQuestions(shuffled(assignment.questions, assignment.code, shuffleSeed(assignment.code)));
  }, [assignment]);
  // False while a receipt from an earlier submission is being looked up: its result replaces the
  // form, so nothing is saved as a draft meanwhile (the name alone would be, and read back later).
  const [receiptChecked, setReceiptChecked] = useState(false);
  useEffect(() => {
    const text = draftText(assignment.code);
    if (text === null) return setHydrated(true);
    // The form stays disabled until the draft is back, so nothing typed meanwhile is overwritten.
    import('./draft-parse.ts')
      .then(({ parseDraft }) => {
        const saved = parseDraft(text, assignment.questions);
        if (!saved) return clearDraft(assignment.code);
        // Another name's draft answered other questions (generated per student): not this one's.
        if (lockedName !== undefined && saved.name !== lockedName) return clearDraft(assignment.code);
        setName(saved.name);
        setDraft(saved.answers);
        setRestored(true);
      })
      .catch(() => undefined)
      .finally(() => setHydrated(true));
  }, [assignment.code, assignment.questions, lockedName]);
  // Saved on every change once the saved draft has been read back (so it cannot overwrite it first).
  useEffect(() => {
    if (hydrated && receiptChecked && (!result || editing)) saveDraft(assignment.code, { name, answers: draft });
  }, [hydrated, receiptChecked, assignment.code, name, draft, result, editing]);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const errorBox = useRef<HTMLParagraphElement>(null);
  // Counts failures so that the same message twice still moves focus to it.
  const [errorSeq, setErrorSeq] = useState(0);
  useEffect(() => {
    if (errorSeq) errorBox.current?.focus();
  }, [errorSeq]);
  const open = assignment.state === 'open';
  // Set on submit (not when a stored result is shown on load): then focus moves to the result.
  const focusResult = useRef(false);
  useEffect(() => {
    if (!result && focusName.current) {
      focusName.current = false;
      nameInput.current?.focus();
    }
  }, [result]);
  useEffect(() => {
    if (result && !editing && focusResult.current) {
      focusResult.current = false;
      resultHeading.current?.focus();
    }
  }, [result, editing]);

  useEffect(() => {
    const kept = readLate(assignment.code);
    if (!kept) return;
    setLate(kept);
    // Accepted by the teacher meanwhile? Then it reads as this browser's submission.
    void api<SubmissionResult>(`/api/assignments/${assignment.code}/submissions/${kept.id}?lang=${lang}`, { token: kept.token }).then((r) => {
      if (!r.ok) return;
      try {
        localStorage.setItem(receiptKey(assignment.code), JSON.stringify({ id: kept.id, token: kept.token, name: r.data.name }));
        localStorage.removeItem(lateKey(assignment.code));
      } catch {
        /* shown now, only not kept */
      }
      clearDraft(assignment.code);
      setLate(null);
      setResult(r.data);
    });
  }, [assignment.code, lang]);

  useEffect(() => {
    const receipt = readReceipt(assignment.code);
    if (!receipt) return setReceiptChecked(true);
    setName((typed) => typed || receipt.name);
    void api<SubmissionResult>(`/api/assignments/${assignment.code}/submissions/${receipt.id}?lang=${lang}`, { token: receipt.token }).then((r) => {
      setReceiptChecked(true);
      if (r.ok) setResult(r.data);
      else if (r.status === 403 || r.status === 404) localStorage.removeItem(receiptKey(assignment.code));
    });
  }, [assignment.code, lang]);

  // The due time in the student's own time zone: the server may run on UTC. Until the island
  // has hydrated (and in the server's HTML) it is shown in UTC, saying so.
  const dueLine = assignment.dueAt !== null && <p data-testid="due">{t.due(formatWhen(assignment.dueAt, lang, !hydrated))}</p>;

  const unanswered = questions.filter((q) => !isAnswered(q, draft[q.id])).length;

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setError('');
    const fail = (message: string) => {
      setError(message);
      setErrorSeq((n) => n + 1);
    };
    const trimmed = name.normalize('NFC').trim();
    if (!trimmed) return fail(t.needName);
    if ([...trimmed].length > 60) return fail(t.nameTooLong);
    // The server refuses it too, but could not say which question, and reloading would not help.
    const tooLong = questions.findIndex((q) => {
      const a = draft[q.id];
      return a?.type === 'fix' && a.config.length > MAX_CONFIG_CHARS;
    });
    if (tooLong >= 0) return fail(t.fixTooLong(tooLong + 1));
    const answers: Record<string, Answer> = {};
    for (const q of assignment.questions) {
      const a = draft[q.id];
      if (a && !(a.type === 'truefalse' && a.value === undefined)) answers[q.id] = a as Answer;
    }
    const receipt = readReceipt(assignment.code);
    setBusy(true);
    const r = await api<{ submission: SubmissionResult; token: string }>(`/api/assignments/${assignment.code}/submissions`, {
      method: 'POST',
      body: { name: trimmed, locale: lang, answers, ...(receipt ? { token: receipt.token } : {}), ...(late ? { lateToken: late.token } : {}) },
    });
    setBusy(false);
    if (!r.ok && (r.code === 'past_due' || r.code === 'closed')) return keepLate(r.details?.late);
    if (!r.ok) return fail(errorText(r, t.errors));
    try {
      localStorage.setItem(receiptKey(assignment.code), JSON.stringify({ id: r.data.submission.id, token: r.data.token, name: trimmed, answers }));
    } catch {
      // Private mode without storage: the result is still shown, only not kept for later.
    }
    clearDraft(assignment.code);
    try {
      localStorage.removeItem(lateKey(assignment.code));
    } catch {
      /* nothing kept */
    }
    setLate(null);
    setRestored(false);
    setResult(r.data.submission);
    setEditing(false);
    focusResult.current = true;
  }

  // Refused as late: the answers stay on screen and in the draft; the server kept them for the teacher.
  function keepLate(receipt: unknown) {
    const kept = receipt as LateReceipt | undefined;
    if (kept && typeof kept.id === 'string' && typeof kept.token === 'string') {
      try {
        localStorage.setItem(lateKey(assignment.code), JSON.stringify(kept));
      } catch {
        /* shown now, only not kept */
      }
      setLate(kept);
      setLateFull(false);
    } else setLateFull(true);
    setLateSeq((n) => n + 1);
  }

  // On a shared computer the receipt is somebody else's: forget it here (their submission stays
  // on the server) so that the next student's answers do not replace it.
  function answerAsSomeoneElse() {
    try {
      localStorage.removeItem(receiptKey(assignment.code));
    } catch {
      /* nothing kept */
    }
    clearDraft(assignment.code);
    if (onChangeName) return onChangeName();
    setName('');
    setDraft({});
    setRestored(false);
    setError('');
    setResult(null);
    setEditing(false);
    focusName.current = true;
  }

  // A restored draft on a shared computer may be the previous student's: let the next one start empty.
  function discardDraft() {
    clearDraft(assignment.code);
    if (onChangeName) return onChangeName();
    setName('');
    setDraft({});
    setRestored(false);
    // The button goes with the notice: put the reader where the next student starts.
    nameInput.current?.focus();
  }

  // After a reload the form is empty: start from the answers this browser sent, if it kept them.
  async function changeAnswers() {
    const sent = readReceipt(assignment.code)?.answers;
    if (Object.keys(draft).length === 0 && sent !== undefined) {
      try {
        const { parseDraft } = await import('./draft-parse.ts');
        const kept = parseDraft(JSON.stringify({ v: 1, name, answers: sent }), assignment.questions);
        if (kept) setDraft(kept.answers);
      } catch {
        /* the form starts empty, as before */
      }
    }
    setEditing(true);
  }

  if (result && !editing) {
    return (
      <>
      {dueLine}
      <section className="nm-teach" aria-labelledby="nm-result">
        <h2 id="nm-result" ref={resultHeading} tabIndex={-1}>
          {t.resultTitle}
        </h2>
        <Result result={result} lang={lang} t={t} />
        {assignment.allowResubmit && open && (
          <div>
            <button type="button" onClick={changeAnswers}>
              {t.resubmit}
            </button>
          </div>
        )}
        {open && (
          <div>
            <button type="button" onClick={answerAsSomeoneElse} aria-describedby={notMeHintId}>
              {t.notMe(result.name)}
            </button>
            <p className="nm-hint" id={notMeHintId}>
              {t.notMeHint}
            </p>
          </div>
        )}
      </section>
      </>
    );
  }


  return (
    <>
    {dueLine}
    {!open && (
      <p className="nm-warning" role="note" data-testid="late-notice">
        {t.lateFormNotice(assignment.state === 'closed')}
      </p>
    )}
    <form className="nm-teach" onSubmit={submit} noValidate aria-busy={busy}>
      {/* Disabled until hydrated: text typed into the server-rendered form would be lost. */}
      <fieldset className="nm-bare nm-teach" disabled={!hydrated}>
      {restored && (
        <div>
          <p className="nm-status" role="status">
            {t.draftRestored}
          </p>
          <button type="button" onClick={discardDraft}>
            {t.discardDraft}
          </button>
        </div>
      )}
      <div className="nm-field">
        <label htmlFor={nameId}>{t.nameLabel}</label>
        <input
          id={nameId}
          ref={nameInput}
          type="text"
          value={name}
          maxLength={60}
          autoComplete="name"
          required
          readOnly={lockedName !== undefined}
          aria-describedby={nameHintId}
          onChange={(e) => setName(e.target.value)}
        />
        <p className="nm-hint" id={nameHintId}>
          {lockedName !== undefined ? t.personalNameFixed : t.nameHint}
        </p>
        {onChangeName && (
          <button type="button" onClick={onChangeName}>
            {t.personalChangeName}
          </button>
        )}
      </div>
      {questions.map((q, i) => (
        <QuestionField key={q.id} q={q} index={i} count={questions.length} answer={draft[q.id]} t={t} onChange={(a) => setDraft((d) => ({ ...d, [q.id]: a }))} />
      ))}
      {unanswered > 0 && <p className="nm-hint">{t.unanswered(unanswered)}</p>}
      <p className="nm-alert" role="alert" tabIndex={-1} ref={errorBox}>
        {error}
      </p>
      {(late || lateFull) && (
        <p className="nm-warning" role="status" tabIndex={-1} ref={lateNote} data-testid="late-kept">
          {late ? t.lateKept(formatWhen(late.attemptedAt, lang)) : t.lateNotKept}
        </p>
      )}
      <div>
        <button type="submit" className="nm-primary" disabled={busy}>
          {busy ? t.submitting : open ? t.submit : t.sendLate}
        </button>
      </div>
      </fieldset>
    </form>
    </>
  );
}
