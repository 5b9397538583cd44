/** Flows per bond slave as an SVG bar chart, with the same numbers in a table for every reader. */
import { ScrollWrap } from '../../core/ScrollWrap.tsx';
import type { Lang } from '../../i18n/play.ts';
import { bondStrings } from '../../i18n/play/bond.ts';
import type { Distribution } from './engine.ts';

export interface LoadChartProps {
  lang: Lang;
  data: Distribution;
  /** Optional headline of the chart (the small-office lab names cables instead of ports). */
  names?: Record<string, string>;
}

const BAR_H = 26;
const GAP = 12;
const LABEL_W = 50;
const VALUE_W = 100;
const W = 340;

export function LoadChart({ lang, data, names }: LoadChartProps) {
  const s = bondStrings(lang);
  const total = Math.max(1, data.flows);
  const pct = (n: number) => Math.round((n / total) * 100);
  const summary = data.slaves.map((sl) => s.perSlave(names?.[sl.name] ?? sl.name, sl.flows, pct(sl.flows))).join(', ');
  const h = data.slaves.length * (BAR_H + GAP) + GAP;
  const stateText = (sl: Distribution['slaves'][number]) => (!sl.plugged ? s.stateDown : sl.flows > 0 ? s.stateActive : s.stateIdle);
  return (
    <figure className="nmp-chart">
      <figcaption>{s.flowsCaption(data.flows)}</figcaption>
      <svg viewBox={`0 0 ${W} ${h}`} role="img" aria-label={s.chartLabel(summary)} className="nmp-chart__svg">
        {data.slaves.map((sl, i) => {
          const y = GAP + i * (BAR_H + GAP);
          const bw = ((W - LABEL_W - VALUE_W) * sl.flows) / total;
          return (
            <g key={sl.name} data-slave={sl.name}>
              <text x={0} y={y + BAR_H / 2} dominantBaseline="middle" className="nmp-chart__label">
                {names?.[sl.name] ?? sl.name}
              </text>
              <rect x={LABEL_W} y={y} width={W - LABEL_W - VALUE_W} height={BAR_H} className="nmp-chart__track" rx={4} />
              <rect x={LABEL_W} y={y} width={Math.max(0, bw)} height={BAR_H} className={`nmp-chart__bar${sl.plugged ? '' : ' nmp-chart__bar--down'}`} rx={4} />
              <text x={W - VALUE_W + 8} y={y + BAR_H / 2} dominantBaseline="middle" className="nmp-chart__value">
                {sl.flows} ({pct(sl.flows)}%)
              </text>
            </g>
          );
        })}
      </svg>
      <ScrollWrap className="nmp-table-wrap">
        <table className="nmp-table">
          <thead>
            <tr>
              <th scope="col">{s.port}</th>
              <th scope="col" className="nmp-num">
                {s.flows}
              </th>
              <th scope="col" className="nmp-num">
                {s.frames}
              </th>
              <th scope="col" className="nmp-num">
                {s.share}
              </th>
              <th scope="col">{s.state}</th>
            </tr>
          </thead>
          <tbody>
            {data.slaves.map((sl) => (
              <tr key={sl.name}>
                <th scope="row">{names?.[sl.name] ?? sl.name}</th>
                <td className="nmp-num">{sl.flows}</td>
                <td className="nmp-num">{sl.frames}</td>
                <td className="nmp-num">{pct(sl.flows)}%</td>
                <td>{stateText(sl)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollWrap>
    </figure>
  );
}
