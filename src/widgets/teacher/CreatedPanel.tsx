/**
 * After creating: the join code, the student link with its QR code, and the private teacher link
 * (shown once) with three ways to keep it: copy, a small file, an email to oneself. "Create
 * another" asks first, since the link is not shown again.
 */
import { useRef, useState } from 'react';
import type { Created } from './builder-session.ts';
import { CopyField } from './CopyField.tsx';
import { Qr } from './Qr.tsx';
import type { TeacherStrings } from './strings.ts';

export function CreatedPanel({ created, t, onAnother }: { created: Created; t: TeacherStrings; onAnother: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const anotherButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const dashboard = new URL(created.teacherUrl);
  const file = t.linkFile(created.title, created.code, created.teacherUrl, created.studentUrl);
  const mailto = `mailto:?subject=${encodeURIComponent(t.emailSubject(created.title, created.code))}&body=${encodeURIComponent(file)}`;

  function download() {
    const url = URL.createObjectURL(new Blob([file], { type: 'text/plain;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = t.linkFileName(created.code);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  return (
    <section className="nm-teach" aria-labelledby="nm-created">
      <h2 id="nm-created" ref={heading} tabIndex={-1} data-created-heading>
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
        <button type="button" onClick={download}>
          {t.downloadLink}
        </button>
        <a href={mailto}>{t.emailLink}</a>
      </div>
      <div className="nm-row">
        <a href={dashboard.pathname + dashboard.hash}>{t.openDashboard}</a>
        {!confirming && (
          <button type="button" ref={anotherButton} onClick={() => setConfirming(true)}>
            {t.anotherAssignment}
          </button>
        )}
      </div>
      {confirming && (
        <div
          className="nm-warning"
          role="group"
          aria-labelledby="nm-another-q"
          onKeyDown={(e) => {
            if (e.key === 'Escape') setConfirming(false);
          }}
        >
          <p id="nm-another-q">{t.anotherConfirm}</p>
          <div className="nm-row">
            <button type="button" className="nm-primary" autoFocus onClick={onAnother}>
              {t.anotherYes}
            </button>
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => anotherButton.current?.focus());
              }}
            >
              {t.keepHere}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
