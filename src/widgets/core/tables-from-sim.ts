/**
 * Turns a kernel snapshot into the TablesPanel's tables: learned MAC entries of every bridge
 * and switch, ARP/neighbour tables, routes, conntrack and bond slaves. `focus` limits which
 * nodes get which tables so a lab shows what matters to its lesson.
 */
import type { SimSnapshot, HostSnapshot, CtTuple, NeighState } from '../../sim/core.ts';
import { fmtMac, type Lang } from '../i18n/lang.ts';
import { ui } from '../i18n/ui.ts';
import { nameOf, type NodeNames } from './names.ts';
import type { TableTab, TableView } from './tables-model.ts';

export interface TableFocus {
  /** Node ids whose MAC tables are shown (bridges of hosts, switches). Default: all. */
  fdb?: string[];
  /** Node ids whose ARP tables are shown. Default: Proxmox hosts and guests. */
  neigh?: string[];
  /** Node ids whose routes are shown. Default: Proxmox hosts. */
  routes?: string[];
  /** Node ids whose conntrack is shown. Default: Proxmox hosts. */
  conntrack?: string[];
}

const NEIGH_STATE_ORDER: readonly NeighState[] = ['INCOMPLETE', 'REACHABLE', 'STALE', 'DELAY', 'PROBE', 'FAILED'];

const tupleText = (t: CtTuple) => (t.proto === 'icmp' ? `icmp ${t.src} → ${t.dst} id ${t.sport}` : `${t.proto} ${t.src}:${t.sport} → ${t.dst}:${t.dport}`);

function ageText(ms: number, lang: Lang): string {
  const s = Math.floor(ms / 1000);
  return ui(lang).seconds(s);
}

export function tablesFromSim(snap: SimSnapshot, lang: Lang, names: NodeNames, focus: TableFocus = {}): TableView[] {
  const t = ui(lang);
  const out: TableView[] = [];
  const hostName = (h: HostSnapshot) => nameOf(names, h.id, lang);
  const wants = (list: string[] | undefined, id: string, dflt: boolean) => (list ? list.includes(id) : dflt);

  // MAC tables: learned entries only; permanent entries for the bridge's own ports would hide what it learned.
  for (const h of snap.hosts) {
    if (!wants(focus.fdb, h.id, h.kind === 'proxmox')) continue;
    for (const b of h.bridges) {
      const rows = b.fdb
        .filter((e) => !e.local)
        .map((e) => ({
          key: `${e.vlan ?? 0}|${e.mac}`,
          sig: `${e.port}`,
          cells: [fmtMac(e.mac), e.port, ageText(e.ageMs, lang)],
        }));
      out.push(table('fdb', `fdb:${h.id}/${b.name}`, t.fdbCaption(b.name), [t.colMac, t.colPort, t.colAge], rows, [0]));
    }
  }
  for (const s of snap.switches) {
    if (!wants(focus.fdb, s.id, true)) continue;
    const rows = s.fdb
      .filter((e) => !e.local)
      .map((e) => ({ key: `${e.vlan ?? 0}|${e.mac}`, sig: e.port, cells: [fmtMac(e.mac), e.port, ageText(e.ageMs, lang)] }));
    out.push(table('fdb', `fdb:${s.id}`, t.fdbCaption(nameOf(names, s.id, lang)), [t.colMac, t.colPort, t.colAge], rows, [0]));
  }

  for (const h of snap.hosts) {
    if (!wants(focus.neigh, h.id, h.kind === 'proxmox' || h.kind === 'guest')) continue;
    const rows = h.neighbours.map((n) => ({
      key: `${n.dev}|${n.ip}`,
      sig: `${n.mac}|${n.state}`,
      cells: [n.ip, n.mac ? fmtMac(n.mac) : '—', n.dev, n.state],
    }));
    const neigh = table('neigh', `neigh:${h.id}`, t.neighCaption(hostName(h)), [t.colIp, t.colMac, t.colDev, t.colState], rows, [0, 1]);
    // The states as `ip neigh` prints them, each explained once, in the order an entry lives through them.
    const present = new Set(h.neighbours.map((n) => n.state));
    const legend = NEIGH_STATE_ORDER.filter((s) => present.has(s)).map((s) => ({ term: s, text: t.neighState[s] }));
    if (legend.length) neigh.legend = legend;
    out.push(neigh);
  }

  for (const h of snap.hosts) {
    if (!wants(focus.routes, h.id, h.kind === 'proxmox')) continue;
    const rows = h.routes.map((r) => ({
      key: `${r.dst}|${r.via ?? ''}|${r.dev}`,
      sig: `${r.metric}|${r.src ?? ''}`,
      cells: [r.dst === '0.0.0.0/0' ? 'default' : r.dst, r.via ?? '—', r.dev, r.proto],
    }));
    out.push(table('routes', `routes:${h.id}`, t.routesCaption(hostName(h)), [t.colDst, t.colVia, t.colDev, t.colProto], rows, [0, 1]));
  }

  for (const h of snap.hosts) {
    if (!wants(focus.conntrack, h.id, h.kind === 'proxmox')) continue;
    const rows = h.conntrack.map((c) => ({
      key: `${c.zone}|${tupleText(c.orig)}`,
      sig: `${c.state}|${c.tcpState ?? ''}|${tupleText(c.reply)}`,
      cells: [
        tupleText(c.orig) + (c.zone ? ` (zone ${c.zone})` : ''),
        tupleText(c.reply),
        c.nat.length ? c.nat.join(', ').toUpperCase() : '—',
        // conntrack's NEW/ESTABLISHED and the TCP state often agree; say it once, as `conntrack -L` does.
        c.tcpState && c.tcpState !== c.state ? `${c.state} (${c.tcpState})` : c.state,
        t.seconds(c.timeoutS),
      ],
    }));
    out.push(table('conntrack', `ct:${h.id}`, t.conntrackCaption(hostName(h)), [t.colOrig, t.colReply, t.colNat, t.colState, t.colTimeout], rows, [0, 1]));
  }

  for (const h of snap.hosts) {
    for (const b of h.bonds) {
      const rows = b.slaves.map((s) => {
        const partner = s.lacp?.partner ? `${fmtMac(s.lacp.partner.system)}${s.lacp.sync ? ' ✓' : ''}` : '—';
        return {
          key: s.name,
          sig: `${s.link}|${s.active}|${s.aggregatorId ?? ''}|${partner}`,
          cells: [s.name, s.link, s.active ? t.yes : t.no, partner],
        };
      });
      out.push(table('bonds', `bond:${h.id}/${b.name}`, `${t.bondCaption(b.name)} (${b.mode})`, [t.colSlave, t.colLink, t.colActive, t.colLacp], rows, [3]));
    }
  }
  return out;
}

function table(tab: TableTab, id: string, caption: string, columns: string[], rows: TableView['rows'], mono: number[]): TableView {
  return { id, tab, caption, columns, rows, mono };
}
