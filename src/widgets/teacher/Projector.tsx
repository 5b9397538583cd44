/**
 * The join code in large type with the QR code, over the whole page, for a projector. A modal
 * dialog: focus moves in, Escape or the button closes it, focus returns to the opener.
 */
import { useEffect, useRef } from 'react';
import type { QrMatrix } from '../../server/qr.ts';
import { Qr } from './Qr.tsx';
import type { TeacherStrings } from './strings.ts';

export function Projector({ code, qr, joinUrl, t, onClose }: { code: string; qr: QrMatrix; joinUrl: string; t: TeacherStrings; onClose: () => void }) {
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    closeButton.current?.focus();
    return () => opener?.focus();
  }, []);
  return (
    <div
      className="nm-projector"
      role="dialog"
      aria-modal="true"
      aria-labelledby="nm-projector-title"
      data-testid="projector"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
        // The only control: keep Tab inside the dialog.
        if (e.key === 'Tab') {
          e.preventDefault();
          closeButton.current?.focus();
        }
      }}
    >
      <h2 id="nm-projector-title">{t.projectorTitle}</h2>
      <p className="nm-projector-code" aria-label={`${t.joinCodeLabel}: ${code.split('').join(' ')}`}>
        {code}
      </p>
      <Qr matrix={qr} label={t.qrLabel(code)} size={360} />
      <p className="nm-projector-hint">{t.projectorHint(joinUrl)}</p>
      <button type="button" ref={closeButton} onClick={onClose}>
        {t.projectorClose}
      </button>
    </div>
  );
}
