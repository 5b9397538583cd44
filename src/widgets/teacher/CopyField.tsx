import { useId, useState } from 'react';

/** A read-only value with a copy button whose result is announced to screen readers. */
export function CopyField({ label, value, copyText, copiedText, failedText, testId }: {
  label: string;
  value: string;
  copyText: string;
  copiedText: string;
  failedText: string;
  testId?: string;
}) {
  const id = useId();
  const [status, setStatus] = useState('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus(copiedText);
    } catch {
      setStatus(failedText);
    }
  }
  return (
    <div className="nm-copy">
      <label htmlFor={id}>{label}</label>
      <div className="nm-copy-row">
        <input id={id} type="text" readOnly value={value} data-testid={testId} onFocus={(e) => e.currentTarget.select()} />
        {/* Two copy buttons sit on one page: the hidden words tell a screen reader which is which. */}
        <button type="button" onClick={copy}>
          {copyText}
          <span className="sr-only"> {label}</span>
        </button>
      </div>
      <p className="nm-status" role="status">
        {status}
      </p>
    </div>
  );
}
