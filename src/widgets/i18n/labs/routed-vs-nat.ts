/**
 * Text of the routed-vs-NAT comparison lab. The labels the lab definitions hold from module load
 * (side titles, action buttons) stay bilingual here; everything else is per language
 * (rvn.en.ts, rvn.ko.ts) and read through the registry, so a page ships only its own language.
 */
import type { Lang } from '../lang.ts';
import { tablesFor } from '../registry.ts';
import type { RvnStrings } from './rvn.en.ts';

export type { RvnStrings };

export const rvnText = {
  routedTitle: { en: 'Routed', ko: '라우팅' },
  natTitle: { en: 'NAT', ko: 'NAT' },
  actions: {
    out: { en: 'Both guests ping the internet host', ko: '두 구성의 게스트가 인터넷 호스트로 ping' },
    in: { en: 'The internet host opens SSH to the guest in both', ko: '인터넷 호스트가 두 구성의 게스트에 SSH 접속' },
    forward: { en: 'NAT only: add port forward 2222 → VM 100:22', ko: 'NAT에만 포트 포워딩 2222 → VM 100:22 추가' },
    reset: { en: 'Reset both', ko: '둘 다 초기화' },
  },
} as const;

/** The rest of the lab's text in one language. */
export function rvnStrings(lang: Lang): RvnStrings {
  return tablesFor(lang, 'rvn');
}
