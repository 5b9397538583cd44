/**
 * What the widgets show for one recorded step: its narration in the reader's language, the
 * frames moving on links (link.tx events), the nodes involved, and the frame for the inspector.
 */
import type { Frame, TraceEvent } from '../../sim/core.ts';
import { frameBadge, frameText } from '../i18n/frame-text.ts';
import { fmtTime, type Lang } from '../i18n/lang.ts';
import { narrate } from '../i18n/trace.ts';
import { ui } from '../i18n/ui.ts';
import type { LabStep } from './lab-model.ts';
import { nameOf, type NodeNames } from './names.ts';
import type { SimTopology } from './topology-from-sim.ts';
import type { PacketOnLink } from './TopologyView.tsx';

export interface StepView {
  narration: string;
  time: string;
  packets: PacketOnLink[];
  highlight: string[];
  frame?: Frame | undefined;
  frameAfter?: Frame | undefined;
}

/** Events a reader reads about; link.tx is shown as motion instead, unless it is all there is. */
function narrated(events: readonly TraceEvent[]): TraceEvent[] {
  const rest = events.filter((e) => e.code !== 'link.tx');
  return rest.length ? rest : events.slice(0, 1);
}

/**
 * The same sentence twice in a row (a gateway answering two queued packets with the same ICMP
 * error) is said once with a count, instead of reading like a stutter.
 */
function collapseRepeats(parts: readonly string[], repeated: (sentence: string, n: number) => string): string[] {
  const runs: { text: string; n: number }[] = [];
  for (const text of parts) {
    const last = runs.at(-1);
    if (last?.text === text) last.n++;
    else runs.push({ text, n: 1 });
  }
  return runs.map(({ text, n }) => (n === 1 ? text : repeated(text, n)));
}

/** `tell` is false while the narration tables are still loading (see useNarration): the step is shown, its sentence follows. */
export function stepView(step: LabStep | undefined, index: number, lang: Lang, names: NodeNames, topo: SimTopology, tell = true): StepView {
  const t = ui(lang);
  if (!step) return { narration: '', time: '', packets: [], highlight: [] };
  const ctx = { name: (id: string) => nameOf(names, id, lang) };
  const parts: string[] = [];
  if (step.action) parts.push(t.youDid((step.action.narration ?? step.action.label)[lang]));
  if (step.waitEnd) parts.push(t.timePassed(fmtTime(step.tMs, lang)));
  if (tell) for (const ev of narrated(step.events)) parts.push(narrate(ev, lang, ctx));
  else parts.push(t.running);
  if (!parts.length) parts.push(t.quietStep);
  const sentences = collapseRepeats(parts, t.repeated);

  const packets: PacketOnLink[] = [];
  for (const ev of step.events) {
    if (ev.code !== 'link.tx' || typeof ev.params.link !== 'string') continue;
    const from = topo.nodeFor(ev.node, ev.port);
    if (!from) continue;
    const text = ev.frame ? frameText(ev.frame, lang) : '';
    const link = topo.links.find((l) => l.id === ev.params.link);
    const a = link ? nameOf(names, link.a.node, lang) : '';
    const b = link ? nameOf(names, link.b.node, lang) : '';
    packets.push({ linkId: ev.params.link, fromNode: from, badge: frameBadge(ev.frame), text: t.frameOnLink(text, a, b), key: `${index}:${ev.seq}` });
  }

  const highlight = new Set<string>();
  for (const ev of step.events) {
    const n = topo.nodeFor(ev.node, ev.dev ?? ev.port);
    if (n) highlight.add(n);
  }
  // The inspector shows a rewrite when there is one, else the first frame the step handled. A
  // forwarded packet is rewritten several times in one step (DNAT, routing's TTL, MASQUERADE, in
  // Linux hook order): show it as it came in and as it left.
  const rewrite = step.events.find((e) => e.frame && e.frameAfter);
  const lastRewrite = step.events.findLast((e) => e.frame?.id === rewrite?.frame?.id && e.frameAfter);
  const withFrame = rewrite ?? step.events.find((e) => e.frame);
  return {
    narration: sentences.join(' '),
    time: fmtTime(step.tMs, lang),
    packets,
    highlight: [...highlight],
    frame: withFrame?.frame,
    frameAfter: lastRewrite?.frameAfter,
  };
}
