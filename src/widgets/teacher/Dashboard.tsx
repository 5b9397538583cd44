/**
 * The teacher's class view. The token comes from the link's fragment (#t=...), which browsers
 * never send to a server, and goes to the API only in an Authorization header. Refreshes every
 * few seconds while the tab is visible.
 */
import { useCallback, useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { ScrollWrap } from '../core/ScrollWrap.tsx';
import type { QrMatrix } from '../../server/qr.ts';
import type { Dashboard as DashboardData } from '../../server/service.ts';
import { carryHashOnLanguageLinks } from '../playground/lang-links.ts';
import { api, errorText } from './api.ts';
import { CopyField } from './CopyField.tsx';
import { Qr } from './Qr.tsx';
import { ScoreChart } from './ScoreChart.tsx';
import { formatWhen, teacherStrings, type CsvFailure, type TeacherLang } from './strings.ts';
import './teacher.css';

type Data = DashboardData & { studentUrl: string; qr: QrMatrix };

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

function percent(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}

export default function Dashboard({ lang, code }: { lang: TeacherLang; code: string }) {
  const t = teacherStrings[lang];
  const [token, setToken] = useState('');
  const [tokenInput, setTokenInput] = useState('');
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState('');
  const [stale, setStale] = useState(false);
  const [updatedAt, setUpdatedAt] = useState(0);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const [showQr, setShowQr] = useState(false);
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
  // The row whose Delete button gets focus back when its confirmation is cancelled.
  const refocusDelete = useRef<string | null>(null);
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
    // Announce arrivals, not every poll: a screen reader should not chatter every few seconds.
    const n = result.data.submissionCount;
    if (lastCount.current >= 0 && n !== lastCount.current) setAnnounce(t.liveStatus(n, new Date().toLocaleTimeString(lang)));
    lastCount.current = n;
  }, [token, code, t, lang, offset]);

  useEffect(() => {
    if (!token || stopped) return;
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
  }, [token, load, stopped]);

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

  async function setClosed(closed: boolean) {
    setActionError('');
    const result = await api<{ state: string }>(`/api/assignments/${code}`, { method: 'PATCH', body: { closed }, token });
    if (!result.ok) setActionError(errorText(result, t.errors));
    else setAnnounce(`${t.stateLabel}: ${closed ? t.stateClosed : t.stateOpen}`);
    await load();
  }

  function turnPage(to: number) {
    // Another page is another answer: ask for it in full.
    etag.current = undefined;
    setOffset(to);
  }

  function cancelDelete(id: string) {
    refocusDelete.current = id;
    setConfirming(null);
  }

  async function remove(id: string, name: string) {
    setActionError('');
    const result = await api<void>(`/api/assignments/${code}/submissions/${id}`, { method: 'DELETE', token });
    setConfirming(null);
    if (!result.ok && result.status !== 404) return setActionError(errorText(result, t.errors));
    setAnnounce(t.deleted(name));
    await load();
    // The row (and the focused button in it) is gone: continue from the list's heading.
    subsHeading.current?.focus();
  }

  async function downloadCsv() {
    setCsvBusy(true);
    setActionError('');
    try {
      const response = await fetch(`/api/assignments/${code}/export.csv?lang=${lang}`, { headers: { authorization: `Bearer ${token}` } });
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

  const stateText = data ? { open: t.stateOpen, closed: t.stateClosed, 'past-due': t.statePastDue }[data.state] : '';
  return (
    <div className="nm-teach">
      <p className="nm-alert" role="alert">
        {error}
      </p>
      <p className="sr-only" role="status" aria-live="polite">
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
                {t.stateLabel}: <strong data-testid="state">{stateText}</strong>
              </span>
              {data.dueAt !== null && <span>{t.due(formatWhen(data.dueAt, lang))}</span>}
            </div>
            <p className="nm-status" data-testid="live-status">
              {stale ? t.refreshFailed : updatedAt ? t.liveStatus(data.submissionCount, new Date(updatedAt).toLocaleTimeString(lang)) : ''}
            </p>
            <div className="nm-row">
              <button type="button" onClick={() => setClosed(!data.closed)}>
                {data.closed ? t.reopen : t.close}
              </button>
              <button type="button" onClick={downloadCsv} disabled={csvBusy}>
                {csvBusy ? t.downloading : t.downloadCsv}
              </button>
              <button type="button" aria-expanded={showQr} onClick={() => setShowQr(!showQr)}>
                {showQr ? t.hideQr : t.showQr}
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
            <CopyField label={t.studentLinkLabel} value={data.studentUrl} copyText={t.copy} copiedText={t.copied} failedText={t.copyFailed} />
          </section>

          <section aria-labelledby="nm-subs">
            <h2 id="nm-subs" ref={subsHeading} tabIndex={-1}>
              {t.submissionsTitle}
            </h2>
            {data.submissions.length === 0 ? (
              <p>{t.noSubmissions}</p>
            ) : (
              <ScrollWrap>
                <table data-testid="submissions">
                  <thead>
                    <tr>
                      <th scope="col">{t.colName}</th>
                      <th scope="col">{t.colTime}</th>
                      <th scope="col">{t.colScore}</th>
                      <th scope="col">{t.colLang}</th>
                      <th scope="col">{t.colAttempts}</th>
                      <th scope="col">{t.colActions}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.submissions.map((s) => (
                      <tr key={s.id}>
                        <th scope="row">{s.name}</th>
                        <td className="nm-num">{formatWhen(s.submittedAt, lang)}</td>
                        <td className="nm-num">
                          {s.score} / {s.total}
                        </td>
                        <td lang={s.locale}>{t.langNames[s.locale]}</td>
                        <td className="nm-num">{s.attempts}</td>
                        <td>
                          {confirming === s.id ? (
                            <span className="nm-row" onKeyDown={(e) => e.key === 'Escape' && cancelDelete(s.id)}>
                              <button type="button" className="nm-danger" onClick={() => remove(s.id, s.name)} autoFocus>
                                {t.confirmDelete}
                              </button>
                              <button type="button" onClick={() => cancelDelete(s.id)}>
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
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollWrap>
            )}
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

          <section aria-labelledby="nm-perq">
            <h2 id="nm-perq">{t.questionsTitle}</h2>
            <ScrollWrap>
              <table data-testid="per-question">
                <thead>
                  <tr>
                    <th scope="col">{t.colQuestion}</th>
                    <th scope="col">{t.colCorrect}</th>
                    <th scope="col">{t.colMean}</th>
                    <th scope="col">{t.colWrong}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.questions.map((q) => (
                    <tr key={q.id} data-question={q.id}>
                      <th scope="row">{q.prompt[lang]}</th>
                      <td className="nm-num" data-testid="correct-rate">
                        {percent(q.correctRate)}
                        <span className="nm-bar" aria-hidden="true">
                          <span style={{ width: `${Math.round((q.correctRate ?? 0) * 100)}%` }} />
                        </span>
                      </td>
                      <td className="nm-num">{q.meanPoints === null ? t.none : q.meanPoints.toFixed(2)}</td>
                      <td>{q.mostCommonWrong ? `${q.mostCommonWrong.label[lang]} (${t.wrongCount(q.mostCommonWrong.count)})` : t.none}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollWrap>
          </section>

          <section aria-labelledby="nm-dist">
            <h2 id="nm-dist">{t.distributionTitle}</h2>
            <ScoreChart bins={data.distribution} t={t} />
          </section>
        </>
      )}
    </div>
  );
}
