/**
 * The illustrated office: a server with two LAN ports, two cables to the office switch, four desks.
 * Cable thickness and labels show the share of traffic each cable carried in the kernel run;
 * an unplugged cable hangs loose. Moving dots show traffic unless the reader prefers reduced motion.
 */
import type { Lang } from '../../i18n/play.ts';
import { officeStrings } from '../../i18n/play/office.ts';
import type { SlaveName } from '../bond/engine.ts';

export interface CableView {
  name: SlaveName;
  plugged: boolean;
  /** Share of flows in percent (0 when idle). */
  pct: number;
}

export interface OfficePictureProps {
  lang: Lang;
  cables: readonly CableView[];
  serviceUp: boolean;
  reducedMotion: boolean;
}

const PORT_X: Record<SlaveName, number> = { eno1: 150, eno2: 210 };
const SWITCH_X: Record<SlaveName, number> = { eno1: 140, eno2: 220 };
const DESKS = [30, 115, 200, 285];

function cablePath(name: SlaveName, plugged: boolean): string {
  const x1 = PORT_X[name];
  const x2 = SWITCH_X[name];
  if (plugged) return `M ${x1} 92 C ${x1} 130, ${x2} 130, ${x2} 168`;
  // A loose cable: it leaves the port and hangs beside the switch.
  const dir = name === 'eno1' ? -1 : 1;
  return `M ${x1} 92 C ${x1} 118, ${x1 + dir * 22} 112, ${x1 + dir * 30} 148`;
}

export function OfficePicture({ lang, cables, serviceUp, reducedMotion }: OfficePictureProps) {
  const s = officeStrings(lang);
  return (
    <svg className="nmp-office__svg" viewBox="0 0 360 330" role="img" aria-label={s.figure}>
      {/* server */}
      <rect x="95" y="10" width="170" height="82" rx="8" className="nmp-office__box" />
      <rect x="108" y="20" width="60" height="5" rx="2" className="nmp-office__slot" />
      <rect x="108" y="30" width="60" height="5" rx="2" className="nmp-office__slot" />
      <circle cx="245" cy="24" r="5" className={serviceUp ? 'nmp-office__led-on' : 'nmp-office__led-off'} />
      <text x="180" y="54" textAnchor="middle" className="nmp-office__label">
        {s.server}
      </text>
      {cables.map((c) => (
        <g key={c.name}>
          <rect x={PORT_X[c.name] - 11} y="80" width="22" height="12" rx="2" className="nmp-office__port" />
          <text x={PORT_X[c.name]} y="75" textAnchor="middle" className="nmp-office__small" aria-hidden="true">
            {s.port[c.name]}
          </text>
        </g>
      ))}
      {/* cables */}
      {cables.map((c) => {
        const d = cablePath(c.name, c.plugged);
        const busy = c.plugged && c.pct > 0;
        const width = c.plugged ? 3 + (c.pct / 100) * 7 : 3;
        return (
          <g key={c.name} data-cable={c.name} data-plugged={c.plugged}>
            <path d={d} className={`nmp-office__cable${busy ? ' nmp-office__cable--busy' : ''}${c.plugged ? '' : ' nmp-office__cable--loose'}`} strokeWidth={width} fill="none" />
            {!c.plugged && <rect x={(c.name === 'eno1' ? PORT_X.eno1 - 30 : PORT_X.eno2 + 30) - 6} y="146" width="12" height="10" rx="2" className="nmp-office__plug" />}
            {busy && !reducedMotion && (
              <circle r="4" className="nmp-office__dot">
                <animateMotion dur={`${Math.max(0.6, 2.2 - c.pct / 60)}s`} repeatCount="indefinite" path={d} />
              </circle>
            )}
            <text x={c.name === 'eno1' ? 72 : 288} y="136" textAnchor="middle" className="nmp-office__tag">
              {c.plugged ? (c.pct > 0 ? `${c.pct}%` : s.spareTag) : s.unpluggedTag}
            </text>
            <text x={c.name === 'eno1' ? 72 : 288} y="152" textAnchor="middle" className="nmp-office__small">
              {s.cable[c.name]}
            </text>
          </g>
        );
      })}
      {/* switch */}
      <rect x="60" y="168" width="240" height="40" rx="6" className="nmp-office__box" />
      {[...Array(8).keys()].map((i) => (
        <rect key={i} x={84 + i * 25} y="176" width="14" height="9" rx="1.5" className="nmp-office__port" />
      ))}
      <text x="180" y="200" textAnchor="middle" className="nmp-office__label">
        {s.switchLabel}
      </text>
      {/* desks */}
      {DESKS.map((x, i) => (
        <g key={x}>
          <path d={`M ${180 + (i - 1.5) * 40} 208 L ${x + 22} 262`} className="nmp-office__wire" fill="none" />
          <rect x={x + 6} y="248" width="32" height="22" rx="2" className="nmp-office__screen" />
          <rect x={x + 19} y="270" width="6" height="6" className="nmp-office__stand" />
          <rect x={x - 6} y="276" width="56" height="7" rx="2" className="nmp-office__desk" />
          <text x={x + 22} y="302" textAnchor="middle" className="nmp-office__small">
            {s.desk(i + 1)}
          </text>
        </g>
      ))}
    </svg>
  );
}
