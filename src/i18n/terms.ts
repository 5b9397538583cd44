/**
 * One Korean term per concept, across lessons, glossary, quizzes, lab texts, widget strings, checker
 * messages and CLI text. Each entry names the term we use and the variants we rejected, so a writer
 * (or a reviewer) can look a word up here, and tests/unit/fixed-terms.test.ts fails on a rejected
 * variant with its file and line.
 *
 * A rejected variant is a literal string or a regular expression matched against one line of text.
 */
export interface FixedTerm {
  /** The concept, in English, as the English pages name it. */
  concept: string;
  /** The Korean term to use. */
  ko: string;
  /** Variants that must not appear (in any scanned file). */
  rejected: readonly (string | RegExp)[];
  /** Why this choice, when it is not obvious. */
  note?: string;
}

export const FIXED_TERMS: readonly FixedTerm[] = [
  {
    concept: 'routed (the Proxmox network mode)',
    ko: '라우팅 (라우팅 구성)',
    rejected: ['라우티드'],
    note: 'The lesson titles and the glossary say 라우팅; a transliterated participle reads as jargon.',
  },
  {
    concept: 'transmit hash policy (xmit_hash_policy)',
    ko: '전송 해시 정책',
    rejected: ['송신 해시', '전송해시'],
  },
  {
    concept: 'aggregator (802.3ad)',
    ko: '애그리게이터',
    rejected: [/집합\s*\(\s*aggregator/i, '어그리게이터'],
  },
  {
    concept: 'LAN port',
    ko: '랜 포트',
    rejected: ['랜포트'],
  },
  {
    concept: 'bridge',
    ko: '브리지',
    rejected: ['브릿지'],
    note: 'Standard loanword spelling (외래어 표기법).',
  },
  {
    concept: 'masquerade (source NAT to the outgoing address)',
    ko: '마스커레이드',
    rejected: ['마스커레이딩', '매스커레이드'],
  },
  {
    concept: 'port forwarding',
    ko: '포트 포워딩',
    rejected: ['포트포워딩', '포트 포워드'],
  },
  {
    concept: 'hairpin mode (a bridge port sending a frame back where it came from)',
    ko: '헤어핀 모드',
    rejected: [/hairpin\s*모드/i, '헤어핀 없음'],
  },
  {
    concept: 'netfilter hooks',
    ko: '넷필터 훅',
    rejected: ['넷필터 후크', '넷 필터'],
  },
  {
    concept: 'fencing (an HA node resetting itself)',
    ko: '펜싱',
    rejected: ['펜씽', '펜스 처리'],
  },
];

/** The rejected variants found in one line, as "variant (use term)" descriptions. */
export function rejectedIn(line: string): string[] {
  const found: string[] = [];
  for (const term of FIXED_TERMS) {
    for (const variant of term.rejected) {
      const hit = typeof variant === 'string' ? line.includes(variant) : variant.test(line);
      if (hit) found.push(`${typeof variant === 'string' ? variant : variant.source} (use ${term.ko})`);
    }
  }
  return found;
}
