/**
 * The teacher's class view. The token comes from the link's fragment (#t=...), which browsers
 * never send to a server, and goes to the API only in an Authorization header. Refreshes every
 * few seconds while the tab is visible.
 */
import { useCallback, useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { carryHashOnLanguageLinks } from '../playground/lang-links.ts';
import { api, errorText } from './api.ts';
import { localInputValue, openBuilderWith } from './builder-session.ts';
import { CopyField } from './CopyField.tsx';
import { percentText, type DashData } from './dash-data.ts';
import { DeadlineControls, type PatchResult } from './DeadlineControls.tsx';
import { LateWork } from './LateWork.tsx';
import { forgetAssignment, renameAssignment } from './my-assignments.ts';
import { Projector } from './Projector.tsx';
import { QuestionStatsTable } from './QuestionStatsTable.tsx';
import { ScoreChart } from './ScoreChart.tsx';
import { SubmissionsTable } from './SubmissionsTable.tsx';
import { formatWhen, teacherStrings, type CsvFailure, type TeacherLang } from './strings.ts';
import { Qr } from './Qr.tsx';
import './teacher.css';

type Data = DashData;

const REFRESH_MS = 4000;

function tokenFrom(text: string): string {
  const m = /(?:#|^)t=([A-Za-z0-9_-]+)/.exec(text.trim());
  return m?.[1] ?? (/^[A-Za-z0-9_-]{20,}$/.test(text.trim()) ? text.trim() : '');
}

/** Why a CSV download was refused, from its HTTP status. */
export function csvFailure(status: number): CsvFailure {
  if (status === 401 || status === 403 || status === 404) return 'link';
  if (status === 429) return 'busy';
  return 'server';
}

export default function Dashboard({ lang, code }: { lang: TeacherLang; code: string }) {
  const t = teacherStrings[lang];
  const [token, setToken] = useState('');
  const [tokenInput, setTokenInput] = useState('');
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState('');
  const [stale, setStale] = useState(false);
  const [updatedAt, setUpdatedAt] = useState(0);
  const [announce, setAnnounce] = useState('');
  const [showQr, setShowQr] = useState(false);
  const [projecting, setProjecting] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const [csvBusy, setCsvBusy] = useState(false);
  // What a button (close, delete, CSV) failed to do. Kept apart from `error`, which the next live
  // refresh clears: that would wipe this message before anyone could read it.
  const [actionError, setActionError] = useState('');
  const [ready, setReady] = useState(false);
  const [stopped, setStopped] = useState(false);
  const lastCount = useRef(-1);
  // The ETag of the answer on screen: the next poll asks "changed since?" and gets 304 if not.
  const etag = useRef<string | undefined>(undefined);
  // The first row of the page of the submission list on screen (the server sends it in pages).
  const [offset, setOffset] = useState(0);
  const subsHeading = useRef<HTMLHeadingElement>(null);
  const tokenId = useId();

  useEffect(() => {
    // A teacher who opened a wrong link and then pastes the right one into the same tab only
    // changes the fragment: no reload, so the token is read again on every change.
    const fromHash = () => {
      setToken(tokenFrom(window.location.hash));
      setError('');
      setStopped(false);
      lastCount.current = -1;
      etag.current = undefined;
    };
    fromHash();
    setReady(true);
    window.addEventListener('hashchange', fromHash);
    return () => window.removeEventListener('hashchange', fromHash);
  }, []);

  // The header's language link (the only switch on phones) is a plain href: give it the token,
  // or switching language would leave the teacher locked out of the dashboard.
  useEffect(() => {
    if (token) carryHashOnLanguageLinks(`#t=${token}`);
  }, [token]);

  const load = useCallback(async () => {
    if (!token) return;
    const result = await api<Data>(`/api/assignments/${code}/dashboard${offset ? `?offset=${offset}` : ''}`, { token, etag: etag.current });
    if (!result.ok) {
      if (result.status === 403 || result.status === 404) {
        // Wrong link: no point asking again every few seconds.
        setError(errorText(result, t.errors));
        setData(null);
        etag.current = undefined;
        setStopped(true);
      } else setStale(true);
      return;
    }
    setError('');
    setStale(false);
    setUpdatedAt(Date.now());
    // 304: nothing changed since the answer on screen.
    if (result.status === 304) return;
    etag.current = result.etag;
    setData(result.data);
    renameAssignment(result.data.code, result.data.title);
    // Announce arrivals, not every poll: a screen reader should not chatter every few seconds.
    const n = result.data.submissionCount;
    if (lastCount.current >= 0 && n !== lastCount.current) setAnnounce(t.liveStatus(n, new Date().toLocaleTimeString(lang)));
    lastCount.current = n;
  }, [token, code, t, lang, offset]);

  useEffect(() => {
    if (!token || stopped || deleted) return;
    void load();
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') void load();
    }, REFRESH_MS);
    const onVisible = () => document.visibilityState === 'visible' && void load();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [token, load, stopped, deleted]);

  function applyToken(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = tokenFrom(tokenInput);
    if (found) {
      window.history.replaceState(null, '', `#t=${found}`);
      setError('');
      setStopped(false);
      setToken(found);
    }
  }

  const stateName = (state: Data['state']) => ({ open: t.stateOpen, closed: t.stateClosed, 'past-due': t.statePastDue })[state];

  /** A teacher action: on success announce what the server now says, then refresh. */
  async function act(path: string, init: { method: string; body?: unknown }, said: () => string): Promise<boolean> {
    setActionError('');
    const result = await api<unknown>(path, { ...init, token });
    if (!result.ok) {
      setActionError(errorText(result, t.errors));
      return false;
    }
    setAnnounce(said());
    await load();
    return true;
  }

  function turnPage(to: number) {
    // Another page is another answer: ask for it in full.
    etag.current = undefined;
    setOffset(to);
  }

  async function patch(body: Record<string, unknown>, done: (r: PatchResult) => string) {
    setActionError('');
    const result = await api<{ state: Data['state']; dueAt: number | null }>(`/api/assignments/${code}`, { method: 'PATCH', body, token });
    if (!result.ok) {
      setActionError(errorText(result, t.errors));
      return;
    }
    // The status region says what the server answered, the same words as the page.
    setAnnounce(`${done({ ok: true, ...result.data })} ${t.stateNow(stateName(result.data.state))}`.trim());
    await load();
  }

  async function remove(id: string, name: string) {
    setActionError('');
    const result = await api<void>(`/api/assignments/${code}/submissions/${id}`, { method: 'DELETE', token });
    if (!result.ok && result.status !== 404) return setActionError(errorText(result, t.errors));
    setAnnounce(t.deleted(name));
    await load();
    // The row (and the focused button in it) is gone: continue from the list's heading.
    subsHeading.current?.focus();
  }

  const late = {
    grant: (name: string) => act(`/api/assignments/${code}/late-passes`, { method: 'POST', body: { name } }, () => t.passGranted(name.trim())),
    revoke: async (name: string) => void (await act(`/api/assignments/${code}/late-passes/${encodeURIComponent(name)}`, { method: 'DELETE' }, () => t.passRevoked(name))),
    accept: async (id: string, name: string) => void (await act(`/api/assignments/${code}/late-attempts/${id}/accept`, { method: 'POST' }, () => t.lateAccepted(name))),
    discard: async (id: string, name: string) => void (await act(`/api/assignments/${code}/late-attempts/${id}`, { method: 'DELETE' }, () => t.lateDiscarded(name))),
  };

  function formOf(d: Data) {
    return { title: d.title, picked: d.questionIds, due: localInputValue(d.dueAt), showExplanations: d.showExplanations, allowResubmit: d.allowResubmit, shuffle: d.shuffle };
  }

  function duplicate(d: Data) {
    openBuilderWith(lang, { ...formOf(d), title: t.copyTitle(d.title), due: '' });
  }

  function edit(d: Data) {
    const form = formOf(d);
    openBuilderWith(lang, form, { code: d.code, token, due: form.due });
  }

  async function deleteAssignment() {
    setActionError('');
    const result = await api<void>(`/api/assignments/${code}`, { method: 'DELETE', token });
    if (!result.ok && result.status !== 404) return setActionError(errorText(result, t.errors));
    forgetAssignment(code);
    setConfirmingDelete(false);
    setDeleted(true);
    setData(null);
  }

  async function downloadCsv() {
    setCsvBusy(true);
    setActionError('');
    try {
      const zone = encodeURIComponent(Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC');
      const response = await fetch(`/api/assignments/${code}/export.csv?lang=${lang}&tz=${zone}`, { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok) {
        setActionError(t.csvFailed(csvFailure(response.status)));
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = `netmodes-${code}.csv`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setActionError(t.csvFailed('network'));
    } finally {
      setCsvBusy(false);
    }
  }

  if (!ready) return <p>{t.loading}</p>;

  const tokenForm = (
    <form className="nm-teach" onSubmit={applyToken}>
      <p>{t.noToken}</p>
      <div className="nm-field">
        <label htmlFor={tokenId}>{t.tokenLabel}</label>
        <input id={tokenId} type="text" value={tokenInput} autoComplete="off" onChange={(e) => setTokenInput(e.target.value)} />
      </div>
      <div>
        <button type="submit" className="nm-primary">
          {t.tokenSubmit}
        </button>
      </div>
    </form>
  );
  if (!token) return tokenForm;

  if (deleted) {
    return (
      <div className="nm-teach">
        <p className="nm-status" role="status" data-testid="deleted">
          {t.assignmentDeleted}
        </p>
        <p>
          <a href={`/${lang}/teach/`}>{t.builderTitle}</a>
        </p>
      </div>
    );
  }

  const joinUrl = data ? new URL(`/${lang}/join/`, data.studentUrl).href : '';
  return (
    <div className="nm-teach nm-dashboard">
      <p className="nm-alert" role="alert">
        {error}
      </p>
      <p className="sr-only" role="status" aria-live="polite" data-testid="announce">
        {announce}
      </p>
      {!data && !error && <p>{t.loading}</p>}
      {stopped && tokenForm}
      {data && (
        <>
          <section aria-labelledby="nm-dash-title">
            <h2 id="nm-dash-title" data-testid="assignment-title">
              {data.title}
            </h2>
            <div className="nm-row">
              <span>
                {t.joinCodeLabel}: <strong className="nm-num" data-testid="join-code">{data.code}</strong>
              </span>
              <span>
                {t.stateLabel}: <strong data-testid="state">{stateName(data.state)}</strong>
              </span>
              <span data-testid="due-line">{data.dueAt !== null ? t.due(formatWhen(data.dueAt, lang)) : t.noDue}</span>
            </div>
            <p className="nm-status" data-testid="live-status">
              {stale ? t.refreshFailed : updatedAt ? t.liveStatus(data.submissionCount, new Date(updatedAt).toLocaleTimeString(lang)) : ''}
            </p>
            <DeadlineControls data={data} t={t} lang={lang} patch={patch} />
            <div className="nm-row nm-no-print">
              <button type="button" onClick={downloadCsv} disabled={csvBusy}>
                {csvBusy ? t.downloading : t.downloadCsv}
              </button>
              <button type="button" onClick={() => setProjecting(true)}>
                {t.projector}
              </button>
              <button type="button" aria-expanded={showQr} onClick={() => setShowQr(!showQr)}>
                {showQr ? t.hideQr : t.showQr}
              </button>
              <button type="button" onClick={() => window.print()}>
                {t.printResults}
              </button>
            </div>
            <p className="nm-alert" role="alert" data-testid="action-error">
              {actionError}
            </p>
            {showQr && (
              <div>
                <Qr matrix={data.qr} label={t.qrLabel(data.code)} size={320} />
              </div>
            )}
            <div className="nm-no-print">
              <CopyField label={t.studentLinkLabel} value={data.studentUrl} copyText={t.copy} copiedText={t.copied} failedText={t.copyFailed} />
            </div>
          </section>

          <section aria-labelledby="nm-subs">
            <h2 id="nm-subs" ref={subsHeading} tabIndex={-1}>
              {t.submissionsTitle}
            </h2>
            {data.submissions.length === 0 ? <p>{t.noSubmissions}</p> : <SubmissionsTable data={data} t={t} lang={lang} onDelete={remove} />}
            {data.submissionCount > data.page.limit && (
              <nav className="nm-row" aria-label={t.pagesLabel}>
                <span className="nm-num" data-testid="page-status">
                  {t.pageStatus(Math.min(data.submissionCount, data.page.offset + 1), Math.min(data.submissionCount, data.page.offset + data.submissions.length), data.submissionCount)}
                </span>
                <button type="button" disabled={data.page.offset === 0} onClick={() => turnPage(Math.max(0, data.page.offset - data.page.limit))}>
                  {t.previousPage}
                </button>
                <button type="button" disabled={data.page.offset + data.page.limit >= data.submissionCount} onClick={() => turnPage(data.page.offset + data.page.limit)}>
                  {t.nextPage}
                </button>
              </nav>
            )}
          </section>

          {(data.state !== 'open' || data.latePasses.length > 0 || data.lateAttempts.length > 0) && <LateWork data={data} t={t} lang={lang} actions={late} />}

          <section aria-labelledby="nm-perq">
            <h2 id="nm-perq">{t.questionsTitle}</h2>
            <p data-testid="summary">{t.summary(percentText(data.summary.mean, lang), percentText(data.summary.median, lang), data.summary.count)}</p>
            <QuestionStatsTable data={data} t={t} lang={lang} />
          </section>

          <section aria-labelledby="nm-dist">
            <h2 id="nm-dist">{t.distributionTitle}</h2>
            <ScoreChart bins={data.distribution} t={t} />
          </section>

          <section aria-labelledby="nm-manage" className="nm-no-print">
            <h2 id="nm-manage">{t.actionsTitle}</h2>
            <div className="nm-row">
              <button type="button" onClick={() => duplicate(data)} aria-describedby="nm-dup-hint">
                {t.duplicate}
              </button>
              {data.editable && (
                <button type="button" onClick={() => edit(data)}>
                  {t.editAssignment}
                </button>
              )}
            </div>
            <p className="nm-hint" id="nm-dup-hint">
              {t.duplicateHint}
            </p>
            {!data.editable && <p className="nm-hint">{t.editLocked}</p>}
            {confirmingDelete ? (
              <div className="nm-warning" role="group" aria-labelledby="nm-del-warn" onKeyDown={(e) => e.key === 'Escape' && setConfirmingDelete(false)}>
                <p id="nm-del-warn">{t.deleteAssignmentWarning(data.submissionCount)}</p>
                <div className="nm-row">
                  <button type="button" className="nm-danger" autoFocus onClick={deleteAssignment}>
                    {t.confirmDeleteAssignment}
                  </button>
                  <button type="button" onClick={() => setConfirmingDelete(false)}>
                    {t.cancel}
                  </button>
                </div>
              </div>
            ) : (
              <div>
                <button type="button" className="nm-danger" onClick={() => setConfirmingDelete(true)}>
                  {t.deleteAssignment}
                </button>
              </div>
            )}
          </section>
          {projecting && <Projector code={data.code} qr={data.qr} joinUrl={joinUrl} t={t} onClose={() => setProjecting(false)} />}
        </>
      )}
    </div>
  );
}
