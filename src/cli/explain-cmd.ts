/** `netmodes explain CODE`: what a diagnostic or trace code means. */
import { interpolate, MESSAGES, type Lang } from '../config/messages.ts';
import { resolveParticles } from '../config/particles.ts';
import { suggest } from '../config/suggest.ts';
import { TRACE_CODES } from '../sim/index.ts';
import { paint, type Io } from './io.ts';
import { traceExplanation } from './trace-explain.ts';

const L = {
  diagnostic: { en: 'diagnostic', ko: '진단' },
  trace: { en: 'trace event of the simulation kernel', ko: '시뮬레이션 커널의 트레이스 이벤트' },
  message: { en: 'message', ko: '메시지' },
  hint: { en: 'hint', ko: '도움말' },
  unknown: { en: "unknown code '{code}'", ko: "'{code}'은(는) 모르는 코드입니다" },
  didYouMean: { en: "did you mean '{suggestion}'?", ko: "혹시 '{suggestion}'인가요?" },
  list: { en: "Run 'netmodes explain' without a code to list them all.", ko: "코드 없이 'netmodes explain'을 실행하면 전체 목록이 나옵니다." },
  diagnostics: { en: 'Diagnostic codes', ko: '진단 코드' },
  traces: { en: 'Trace codes', ko: '트레이스 코드' },
} as const;

/** Placeholders shown as <name> so a template reads as a pattern. */
const pattern = (t: string) => t.replace(/\{(\w+?)(Ko)?\}/g, '<$1>');

export function explain(code: string | undefined, lang: Lang, io: Io): number {
  const c = paint(io.color);
  if (code === undefined) {
    io.out(c.bold(L.diagnostics[lang]));
    for (const [k, def] of Object.entries(MESSAGES)) io.out(`  ${k.padEnd(36)} ${def.severity.padEnd(8)} ${pattern(def.message[lang])}`);
    io.out('');
    io.out(c.bold(L.traces[lang]));
    for (const [k] of TRACE_CODES) io.out(`  ${k.padEnd(36)} ${traceExplanation(k, lang)}`);
    return 0;
  }
  if (Object.hasOwn(MESSAGES, code)) {
    const def = MESSAGES[code as keyof typeof MESSAGES];
    io.out(`${c.bold(code)} (${def.severity}, ${L.diagnostic[lang]})`);
    io.out(`  ${L.message[lang]}: ${pattern(def.message[lang])}`);
    const hint: { en: string; ko: string } | undefined = 'hint' in def ? def.hint : undefined;
    if (hint) io.out(`  ${L.hint[lang]}: ${pattern(hint[lang])}`);
    io.out('');
    io.out(def.explain[lang]);
    return 0;
  }
  const trace = traceExplanation(code, lang);
  if (trace !== undefined) {
    io.out(`${c.bold(code)} (${L.trace[lang]})`);
    io.out('');
    io.out(trace);
    return 0;
  }
  const s = suggest(code, [...Object.keys(MESSAGES), ...TRACE_CODES.map(([k]) => k)]);
  io.err(resolveParticles(interpolate(L.unknown[lang], { code })));
  io.err(s ? interpolate(L.didYouMean[lang], { suggestion: s }) : L.list[lang]);
  return 1;
}
