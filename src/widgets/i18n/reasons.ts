/**
 * Why a frame or packet was dropped (`drop` events carry params.reason). The tables live in
 * reasons.en.ts and reasons.ko.ts; a page loads only its own language (see registry.ts).
 * Unknown reasons get a neutral sentence rather than the raw code.
 */
import type { Lang } from './lang.ts';
import type { ReasonArgs } from './reasons.en.ts';
import { tablesFor } from './registry.ts';

export function reasonText(reason: string, lang: Lang, args: ReasonArgs): string {
  const text = tablesFor(lang, 'reasons')[reason];
  if (text) return text(args);
  return lang === 'ko' ? '커널이 이 패킷을 처리하지 않았습니다' : 'the kernel did not process it further';
}

/** Reasons told in both languages (a reason missing from one table counts as unknown). */
export function knownReasons(): string[] {
  const ko = tablesFor('ko', 'reasons');
  return Object.keys(tablesFor('en', 'reasons')).filter((r) => r in ko);
}
