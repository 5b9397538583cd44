/**
 * TopologyView: an SVG diagram of a scenario's guests, host devices (bridges, bonds, NICs),
 * switches and outside hosts, laid out automatically (columns on wide screens, rows below
 * 560 px). Cables are keyboard-focusable buttons that unplug/plug the kernel link. The frame of
 * the current step travels along its link (or jumps there with prefers-reduced-motion).
 *
 * Props:
 * - `topology`: nodes, links and host boxes (see topology-model.ts; build with topologyFromSim).
 * - `lang`: 'en' | 'ko'.
 * - `packets`: frames in flight at this step (a flood sends several at once):
 *   `{ linkId, fromNode, badge, text, key }`; `key` must change from step to step so the animation restarts.
 * - `durationMs`: how long the frame takes to cross a link (follows the StepControls speed).
 * - `onToggleLink(linkId)`: called when the reader unplugs/plugs a cable; omit to make cables inert.
 * - `highlight`: node ids drawn emphasised (e.g. where the current step happens).
 * - `label`: accessible name of the figure (defaults to "Network diagram").
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { ui } from '../i18n/ui.ts';
import type { Lang } from '../i18n/lang.ts';
import { anchor, HOST_LABEL_SEPARATOR, layout, type Point } from './layout.ts';
import type { NodeKind, TopoLink, TopoNode, Topology } from './topology-model.ts';
import { useNarrow, useReducedMotion } from './motion.ts';
import './widgets.css';

export interface PacketOnLink {
  linkId: string;
  fromNode: string;
  badge: string;
  text: string;
  key: string | number;
}

export interface TopologyViewProps {
  topology: Topology;
  lang: Lang;
  packets?: readonly PacketOnLink[];
  durationMs?: number;
  onToggleLink?: ((linkId: string) => void) | undefined;
  highlight?: readonly string[];
  label?: string;
}

const KIND_KEY: Record<NodeKind, keyof ReturnType<typeof ui>> = {
  guest: 'kindGuest',
  host: 'kindHost',
  bridge: 'kindBridge',
  bond: 'kindBond',
  nic: 'kindNic',
  switch: 'kindSwitch',
  provider: 'kindProvider',
  router: 'kindRouter',
  external: 'kindExternal',
};

export function endLabel(topo: Topology, end: { node: string; port: string }): string {
  const n = topo.nodes.find((x) => x.id === end.node);
  const name = n?.label ?? end.node;
  return !end.port || end.port === name ? name : `${name} ${end.port}`;
}

export function TopologyView({ topology, lang, packets = [], durationMs = 600, onToggleLink, highlight = [], label }: TopologyViewProps) {
  const t = ui(lang);
  const wrap = useRef<HTMLDivElement>(null);
  // Go to rows when the columns would have to shrink below 3/4 size (12 px labels under 9 px).
  const vertical = useNarrow(wrap, Math.max(560, Math.round(layout(topology, false).width * 0.75)));
  const reduced = useReducedMotion();
  const lay = layout(topology, vertical);
  const descId = useId();
  const byId = new Map(topology.nodes.map((n) => [n.id, n]));

  const linkEnds = (l: TopoLink): [Point, Point] | undefined => {
    const a = lay.nodes.get(l.a.node);
    const b = lay.nodes.get(l.b.node);
    if (!a || !b) return undefined;
    return [anchor(a, b, vertical), anchor(b, a, vertical)];
  };

  const toggle = (l: TopoLink) => onToggleLink?.(l.id);
  const onKey = (e: KeyboardEvent, l: TopoLink) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      e.stopPropagation();
      toggle(l);
    }
  };

  const paths: Array<{ p: PacketOnLink; from: Point; to: Point }> = [];
  for (const p of packets) {
    const l = topology.links.find((x) => x.id === p.linkId);
    const ends = l && linkEnds(l);
    if (l && ends) {
      const [from, to] = l.a.node === p.fromNode ? ends : [ends[1], ends[0]];
      paths.push({ p, from, to });
    }
  }

  return (
    <figure className="nm-topo" aria-label={label ?? t.topologyLabel}>
      <div ref={wrap} className="nm-topo-canvas">
        <svg
          viewBox={`0 0 ${lay.width} ${lay.height}`}
          width="100%"
          style={{ maxWidth: `${lay.width}px` }}
          role="group"
          aria-label={label ?? t.topologyLabel}
          aria-describedby={descId}
        >
          {lay.hosts.map((h) => {
            const box = topology.hosts.find((x) => x.id === h.id);
            return (
              <g key={h.id} className="nm-hostbox" aria-hidden="true">
                <rect x={h.x} y={h.y} width={h.w} height={h.h} rx={10} />
              </g>
            );
          })}
          {topology.links.map((l) => {
            const ends = linkEnds(l);
            if (!ends) return null;
            const [p, q] = ends;
            const a = endLabel(topology, l.a);
            const b = endLabel(topology, l.b);
            const cls = `nm-link nm-link-${l.kind}${l.up ? '' : ' is-down'}`;
            const lines = (
              <>
                <line className="nm-link-hit" x1={p.x} y1={p.y} x2={q.x} y2={q.y} />
                <line className="nm-link-line" x1={p.x} y1={p.y} x2={q.x} y2={q.y} />
                {!l.up && (
                  <text className="nm-link-cut" x={(p.x + q.x) / 2} y={(p.y + q.y) / 2 + 4} textAnchor="middle">
                    ✕
                  </text>
                )}
              </>
            );
            if (l.kind !== 'cable' || !onToggleLink) {
              return (
                <g key={l.id} className={cls} aria-hidden="true">
                  {lines}
                </g>
              );
            }
            return (
              <g
                key={l.id}
                className={cls}
                role="button"
                tabIndex={0}
                aria-label={l.up ? t.unplugCable(a, b) : t.plugCable(a, b)}
                data-link={l.id}
                onClick={() => toggle(l)}
                onKeyDown={(e) => onKey(e, l)}
              >
                <title>{l.up ? t.unplugCable(a, b) : t.plugCable(a, b)}</title>
                {lines}
              </g>
            );
          })}
          {/* Host labels above the links that cross them, on a halo of the box's colour. */}
          {lay.hosts.map((h) => {
            const box = topology.hosts.find((x) => x.id === h.id);
            return (
              <g key={`${h.id}-label`} className="nm-hostbox nm-hostbox-label" aria-hidden="true">
                {(box?.label ?? h.id).split(HOST_LABEL_SEPARATOR).map((part, k) => (
                  <text key={k} x={h.x + 10} y={h.y + 16 + k * 14} style={fitText(part, h.w - 10, 12)}>
                    {part}
                  </text>
                ))}
              </g>
            );
          })}
          {topology.nodes.map((n) => {
            const p = lay.nodes.get(n.id);
            if (!p) return null;
            return (
              <g key={n.id} className={`nm-node nm-node-${n.kind}${highlight.includes(n.id) ? ' is-active' : ''}`} aria-hidden="true">
                <rect x={p.x} y={p.y} width={p.w} height={p.h} rx={n.kind === 'guest' || n.kind === 'external' ? 12 : 4} />
                <text className="nm-node-label" x={p.x + p.w / 2} y={p.y + (n.detail ? 19 : 29)} textAnchor="middle" style={fitText(n.label, p.w, 14)}>
                  {n.label}
                </text>
                {n.detail && (
                  <text className="nm-node-detail" x={p.x + p.w / 2} y={p.y + 36} textAnchor="middle" style={fitText(n.detail, p.w, 11)}>
                    {n.detail}
                  </text>
                )}
              </g>
            );
          })}
          {paths.map(({ p, from, to }) => (
            <MovingPacket key={p.key} from={from} to={to} badge={p.badge} durationMs={reduced ? 0 : durationMs} />
          ))}
        </svg>
      </div>
      <figcaption id={descId} className="nm-topo-caption">
        {/* Seen, not only heard: nothing on a drawn line says it can be clicked (issue 24). */}
        {onToggleLink && topology.links.some((l) => l.kind === 'cable') && <p className="nm-topo-hint">{t.cableHint}</p>}
        {paths.length > 0 && (
          <p className="nm-visually-hidden">
            {paths.map(({ p }) => p.text).join('; ')}
          </p>
        )}
        <details>
          <summary>
            {t.nodesListTitle} · {t.linksListTitle}
          </summary>
          <p>{t.topologyDescription}</p>
          <p className="nm-list-title">{t.nodesListTitle}</p>
          <ul>
            {topology.nodes.map((n) => (
              <li key={n.id}>
                {nodeText(n, byId, topology, t[KIND_KEY[n.kind]] as string)}
              </li>
            ))}
          </ul>
          <p className="nm-list-title">{t.linksListTitle}</p>
          <ul>
            {topology.links.map((l) => (
              <li key={l.id}>
                {endLabel(topology, l.a)} ↔ {endLabel(topology, l.b)}: {l.up ? t.linkUp : t.linkDown}
              </li>
            ))}
          </ul>
        </details>
      </figcaption>
    </figure>
  );
}

/** Shrinks a label's font so it fits its box (Hangul glyphs are about twice as wide as Latin ones). */
function fitText(text: string, boxWidth: number, maxPx: number): { fontSize: string } {
  let units = 0;
  for (const ch of text) units += /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/.test(ch) ? 1 : 0.58;
  const px = Math.min(maxPx, (boxWidth - 10) / Math.max(1, units));
  return { fontSize: `${Math.max(8, Math.floor(px * 10) / 10)}px` };
}

function nodeText(n: TopoNode, _byId: Map<string, TopoNode>, topo: Topology, kind: string): string {
  const host = n.host ? topo.hosts.find((h) => h.id === n.host)?.label : undefined;
  return [`${n.label} (${kind}${host ? `, ${host}` : ''})`, n.detail].filter(Boolean).join(': ');
}

function MovingPacket({ from, to, badge, durationMs }: { from: Point; to: Point; badge: string; durationMs: number }) {
  const [at, setAt] = useState<Point>(durationMs > 0 ? from : to);
  useEffect(() => {
    if (durationMs <= 0) return;
    // Two frames: the first paints the start position, the second starts the transition.
    let r2 = 0;
    const r1 = requestAnimationFrame(() => {
      r2 = requestAnimationFrame(() => setAt(to));
    });
    return () => {
      cancelAnimationFrame(r1);
      cancelAnimationFrame(r2);
    };
  }, [durationMs, to]);
  const w = Math.max(34, badge.length * 7 + 12);
  return (
    <g
      className="nm-packet"
      aria-hidden="true"
      style={{ transform: `translate(${at.x}px, ${at.y}px)`, transition: durationMs > 0 ? `transform ${durationMs}ms ease-in-out` : 'none' }}
    >
      <rect x={-w / 2} y={-11} width={w} height={22} rx={11} />
      <text y={4} textAnchor="middle">
        {badge}
      </text>
    </g>
  );
}
