/** Shared pieces of the trace narration tables (trace.en.ts, trace.ko.ts): argument types and small formatters. */
import type { TraceEvent } from '../../sim/trace.ts';
import type { TraceCode } from '../../sim/trace-codes.ts';
import { fmtMac, type Lang } from './lang.ts';

export interface NarrationContext {
  /** Display name of a node id in the reader's language ("VM 100", "LAN switch"). */
  name(nodeId: string): string;
}

/** What a message builder sees: the event, resolved names, and typed param getters. */
export interface MsgArgs {
  ev: TraceEvent;
  lang: Lang;
  /** Where it happened: the device (vmbr0, bond0) or, for switches and guests, the node name. */
  at: string;
  /** The node with its device in parentheses: "pve (vmbr0)". */
  where: string;
  /** Korean phrase for the port: "tap100i0 포트", "1번 포트" (for a switch port named "port 1"). */
  portKo: string;
  node: string;
  port: string;
  frame: string;
  str(key: string): string;
  num(key: string): number | undefined;
  has(key: string): boolean;
  mac(key: string): string;
  name(nodeId: string): string;
}

export type Builder = (a: MsgArgs) => string;

/** Drops that are normal host behaviour (a broadcast meant for someone else), told as "ignores". */
export const IGNORED = new Set(['arp_not_for_us', 'not_for_this_host']);

export type TraceTable = Record<TraceCode, Builder>;

export function unreachableEn(kind: string): string {
  return kind === 'host' ? 'host' : kind === 'port' ? 'port' : kind === 'net' ? 'network' : 'destination';
}
export function unreachableKo(kind: string): string {
  return kind === 'host' ? '호스트' : kind === 'port' ? '포트' : kind === 'net' ? '네트워크' : '목적지';
}
export function tcpDst(a: MsgArgs): string {
  const ip = a.ev.frame?.ip;
  return ip?.tcp ? `${ip.dst}:${ip.tcp.dport}` : `${a.str('dst')}:${a.str('dport')}`;
}
export function senderMac(a: MsgArgs): string {
  return a.ev.frame?.arp ? fmtMac(a.ev.frame.arp.senderMac) : a.mac('mac');
}
export function natFrom(a: MsgArgs): string {
  const ip = a.ev.frame?.ip;
  const port = ip?.tcp?.sport ?? ip?.udp?.sport;
  return ip ? (port !== undefined ? `${ip.src}:${port}` : ip.src) : a.str('from');
}
export function natTo(a: MsgArgs): string {
  const ip = a.ev.frameAfter?.ip;
  const port = ip?.tcp?.sport ?? ip?.udp?.sport;
  return ip ? (port !== undefined ? `${ip.src}:${port}` : ip.src) : a.str('to');
}
export function dnatFrom(a: MsgArgs): string {
  const ip = a.ev.frame?.ip;
  const port = ip?.tcp?.dport ?? ip?.udp?.dport;
  return ip ? (port !== undefined ? `${ip.dst}:${port}` : ip.dst) : a.str('from');
}
export function dnatTo(a: MsgArgs): string {
  const ip = a.ev.frameAfter?.ip;
  const port = ip?.tcp?.dport ?? ip?.udp?.dport;
  return ip ? (port !== undefined ? `${ip.dst}:${port}` : ip.dst) : a.str('to');
}
export function ctTuple(a: MsgArgs): string {
  // The kernel writes its tuples with "->"; the narration uses one arrow everywhere.
  if (a.has('orig')) return a.str('orig').replaceAll(' -> ', ' → ');
  if (a.has('tuple')) return a.str('tuple').replaceAll(' -> ', ' → ');
  if (a.has('src') && a.has('dst')) return `${a.str('proto')} ${a.str('src')} → ${a.str('dst')}`;
  const ip = a.ev.frame?.ip;
  if (!ip) return '';
  const sport = ip.tcp?.sport ?? ip.udp?.sport;
  const dport = ip.tcp?.dport ?? ip.udp?.dport;
  return sport !== undefined ? `${ip.proto} ${ip.src}:${sport} → ${ip.dst}:${dport}` : `${ip.proto} ${ip.src} → ${ip.dst}`;
}
