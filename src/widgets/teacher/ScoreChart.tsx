import { useId } from 'react';
import { ScrollWrap } from '../core/ScrollWrap.tsx';
import type { Bin } from '../../server/stats.ts';
import type { TeacherStrings } from './strings.ts';

/** The score distribution as bars, with the same numbers in a table for screen readers and printing. */
export function ScoreChart({ bins, t }: { bins: Bin[]; t: TeacherStrings }) {
  const titleId = useId();
  const descId = useId();
  const total = bins.reduce((n, b) => n + b.count, 0);
  const max = Math.max(1, ...bins.map((b) => b.count));
  const w = 360;
  const h = 170;
  const plotTop = 14;
  const plotBottom = h - 28;
  const barW = w / bins.length;
  return (
    <figure>
      <svg className="nm-chart" viewBox={`0 0 ${w} ${h}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
        <title id={titleId}>{t.distributionTitle}</title>
        <desc id={descId}>{t.distributionSummary(total)}</desc>
        <line x1="0" x2={w} y1={plotBottom} y2={plotBottom} stroke="currentColor" strokeWidth="1" />
        {bins.map((b, i) => {
          const bh = ((plotBottom - plotTop) * b.count) / max;
          const x = i * barW;
          return (
            <g key={b.from}>
              <rect className="nm-chart-bar" x={x + 4} y={plotBottom - bh} width={barW - 8} height={bh} />
              {b.count > 0 && (
                <text x={x + barW / 2} y={plotBottom - bh - 3} textAnchor="middle">
                  {b.count}
                </text>
              )}
              <text x={x + barW / 2} y={plotBottom + 12} textAnchor="middle">
                {b.from}
              </text>
            </g>
          );
        })}
        <text x={w} y={h - 2} textAnchor="end">
          %
        </text>
      </svg>
      <ScrollWrap>
        <table>
          <caption className="sr-only">{t.distributionTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colBand}</th>
              <th scope="col">{t.colStudents}</th>
            </tr>
          </thead>
          <tbody>
            {bins.map((b) => (
              <tr key={b.from}>
                <th scope="row" className="nm-num">
                  {t.binLabel(b.from, b.to)}
                </th>
                <td className="nm-num">{b.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollWrap>
    </figure>
  );
}
