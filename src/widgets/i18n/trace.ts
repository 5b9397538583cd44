/**
 * The reader-facing narration of every kernel trace code, in English and Korean. The kernel
 * speaks in stable codes plus params (src/sim/trace-codes.ts); this is the only place that
 * turns them into sentences, so no widget ever shows a raw code.
 */
import type { TraceEvent, TraceParam } from '../../sim/trace.ts';
import { frameText } from './frame-text.ts';
import { fmtMac, type Lang } from './lang.ts';
import { tablesFor } from './registry.ts';
import type { MsgArgs, NarrationContext } from './trace-helpers.ts';

export type { MsgArgs, NarrationContext } from './trace-helpers.ts';

function portPhraseKo(port: string): string {
  const numbered = /^port\s*(\d+)$/i.exec(port);
  if (numbered) return `${numbered[1]}번 포트`;
  return port ? `${port} 포트` : '포트';
}

function paramText(v: TraceParam | undefined): string {
  if (v === undefined || v === null) return '';
  return String(v);
}

/** Builds the argument object message builders read, from an event and the reader's language. */
export function msgArgs(ev: TraceEvent, lang: Lang, ctx: NarrationContext): MsgArgs {
  const node = ctx.name(ev.node);
  const p = ev.params;
  return {
    ev,
    lang,
    node,
    at: ev.dev ?? node,
    where: ev.dev ? (lang === 'ko' ? `${node}(${ev.dev})` : `${node} (${ev.dev})`) : node,
    portKo: portPhraseKo(ev.port ?? ''),
    port: ev.port ?? '',
    frame: frameText(ev.frame, lang),
    str: (k) => paramText(p[k]),
    num: (k) => (typeof p[k] === 'number' ? (p[k] as number) : undefined),
    has: (k) => p[k] !== undefined && p[k] !== null && p[k] !== '',
    mac: (k) => fmtMac(typeof p[k] === 'string' ? (p[k] as string) : ''),
    name: ctx.name,
  };
}

/** One sentence narrating a kernel trace event in the reader's language. */
export function narrate(ev: TraceEvent, lang: Lang, ctx: NarrationContext): string {
  const builder = tablesFor(lang, 'trace')[ev.code];
  const args = msgArgs(ev, lang, ctx);
  if (builder) return builder(args);
  return lang === 'ko' ? `${args.node}에서 이벤트가 발생했습니다.` : `Something happened on ${args.node}.`;
}

/** Codes this module translates, per language (tests compare them with the kernel's list). */
export function translatedCodes(lang: Lang): string[] {
  return Object.keys(tablesFor(lang, 'trace'));
}
