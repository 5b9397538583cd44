/**
 * ResultsList: the outcome of every ping / TCP / UDP the reader started, once the step view has
 * reached its end (so results never give away what the steps are about to show).
 *
 * Props: `lang`; `run`; `upTo` (current step index).
 */
import type { Lang } from '../i18n/lang.ts';
import { ui } from '../i18n/ui.ts';
import type { LabRun } from './lab-model.ts';
import { nameOf } from './names.ts';
import { Heading } from './Heading.tsx';

export function ResultsList({ lang, run, upTo, headingLevel = 3 }: { lang: Lang; run: LabRun; upTo: number; headingLevel?: number }) {
  const t = ui(lang);
  const rows = run.actions
    .map((a, i) => ({ a, end: (run.actions[i + 1]?.firstStep ?? run.steps.length) - 1 }))
    .filter(({ a, end }) => a.handles.length > 0 && upTo >= end)
    .flatMap(({ a }) => a.handles);
  if (!rows.length) return null;
  return (
    <div className="nm-results">
      <Heading level={headingLevel}>{t.resultsTitle}</Heading>
      <ul>
        {rows.map((h, i) => {
          const src = nameOf(run.names, h.host, lang);
          let text: string;
          if (h.kind === 'ping') {
            // "1/1", "2/3" and "0/1 replies" already say received, some lost, no reply; only an ICMP error adds news.
            const counted = h.outcome === 'ok' || h.outcome === 'partial' || h.outcome === 'timeout';
            text = t.pingResult(src, h.dst, h.sent, h.received) + (counted ? '' : ` (${t.outcome[h.outcome] ?? h.outcome})`);
          }
          else {
            const outcome = t.outcome[h.outcome] ?? h.outcome;
            const base = h.kind === 'tcp' ? t.tcpResult(src, `${h.dst}:${h.dport}`, outcome) : t.udpResult(src, `${h.dst}:${h.dport}`, outcome);
            text = h.seenBy ? `${base}; ${t.seenAs(`${h.seenBy.src}:${h.seenBy.sport}`)}` : base;
          }
          const ok = h.outcome === 'ok' || h.outcome === 'established' || h.outcome === 'replied' || h.outcome === 'delivered';
          return (
            <li key={i} data-outcome={h.outcome}>
              <span aria-hidden="true">{ok ? '✓ ' : '✗ '}</span>
              {text}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
