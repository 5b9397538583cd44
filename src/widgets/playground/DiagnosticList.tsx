/** The problems under the editor: count, then one button per diagnostic that moves the caret there. */
import type { Lang } from '../i18n/play.ts';
import { playgroundStrings } from '../i18n/play/playground.ts';
import type { ShownDiagnostic } from './diagnose.ts';

export interface DiagnosticListProps {
  lang: Lang;
  items: readonly ShownDiagnostic[];
  pending: boolean;
  countId: string;
  onGo(start: number, end: number): void;
}

export function DiagnosticList({ lang, items, pending, countId, onGo }: DiagnosticListProps) {
  const s = playgroundStrings(lang);
  const n = (sev: ShownDiagnostic['severity']) => items.filter((d) => d.severity === sev).length;
  return (
    <div className="nmp-diags">
      <h4 className="nmp-diags__title">
        {s.problems}{' '}
        <span id={countId} className="nmp-diags__count" aria-live="polite">
          {s.counts(n('error'), n('warning'), n('info'))}
        </span>
        {pending && (
          <span className="nmp-diags__pending" aria-hidden="true">
            {' '}
            ({s.checking})
          </span>
        )}
      </h4>
      {items.length > 0 && (
        <ul className="nmp-diags__list">
          {items.map((d, i) => (
            <li key={`${d.start}-${i}`}>
              <button type="button" className="nmp-diag" data-sev={d.severity} onClick={() => onGo(d.start, d.end)} aria-label={`${s.goTo(d.line, d.col)}: ${s.severity[d.severity]}: ${d.message}${d.hint ? `. ${s.hint}: ${d.hint}` : ''}`}>
                <span className="nmp-diag__pos">
                  {d.line}:{d.col}
                </span>
                <span className="nmp-diag__sev">{s.severity[d.severity]}</span>
                <span className="nmp-diag__msg">
                  {d.message}
                  {d.hint && (
                    <span className="nmp-diag__hint">
                      {s.hint}: {d.hint}
                    </span>
                  )}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
