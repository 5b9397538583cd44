/**
 * Checks a "fix the config" answer: the reader's interfaces file is parsed and checked
 * (src/config), a simulated Proxmox host is brought up from it inside the question's world, and
 * the goal's ping is sent through the kernel. The same function runs in the browser (loaded on
 * demand by the quiz island) and on the teacher server, so both grade identically.
 */
import { messageText } from '../../config/diagnostic.ts';
import type { FixGoal, QuizLocale } from '../schema.ts';
import { describeHops } from '../path/solve.ts';
import { runProbe } from '../sim/probe.ts';
import { buildWorld } from '../sim/worlds.ts';
import type { FixReport } from './report.ts';

import { MAX_CONFIG_CHARS } from './limits.ts';

export { MAX_CONFIG_CHARS };

const TEXT = {
  en: {
    tooLong: `The file is longer than ${MAX_CONFIG_CHARS} characters; shorten it and try again.`,
    errors: 'The file has errors, so ifupdown2 would not bring it up as written. Fix them first.',
    missing: (who: string) => `${who} is not connected: the bridge it plugs into is not defined in the file.`,
    answered: 'The ping was answered.',
    notAnswered: 'The ping got no answer.',
    line: (n: number, col: number, msg: string) => `line ${n}, column ${col}: ${msg}`,
  },
  ko: {
    tooLong: `파일이 ${MAX_CONFIG_CHARS}자보다 깁니다. 줄여서 다시 시도해 주십시오.`,
    errors: '파일에 오류가 있어서 ifupdown2가 이대로는 올리지 못합니다. 오류부터 고쳐 주십시오.',
    missing: (who: string) => `${who}의 브리지가 파일에 정의되어 있지 않아서 연결할 수 없습니다.`,
    answered: 'ping에 응답이 왔습니다.',
    notAnswered: 'ping에 응답이 오지 않았습니다.',
    line: (n: number, col: number, msg: string) => `${n}번째 줄 ${col}번째 칸: ${msg}`,
  },
} as const;

function position(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, col: offset - before.lastIndexOf('\n') };
}

export function checkFix(goal: FixGoal, config: string, lang: QuizLocale): FixReport {
  const t = TEXT[lang];
  if (config.length > MAX_CONFIG_CHARS) return { passed: false, diagnostics: [], summary: t.tooLong, steps: [] };
  const world = buildWorld(goal.topology, {}, config);
  const errors = world.diagnostics.filter((d) => d.severity === 'error');
  const diagnostics = world.diagnostics
    .filter((d) => d.severity !== 'info')
    .map((d) => {
      const { line, col } = position(config, d.span.start);
      return t.line(line, col, messageText(d, lang));
    });
  if (errors.length) return { passed: false, diagnostics, summary: t.errors, steps: [] };
  if (!world.sim.node(goal.from)) {
    const label = world.labels[goal.from]?.[lang] ?? goal.from;
    return { passed: false, diagnostics, summary: t.missing(label), steps: [] };
  }
  const result = runProbe(world, { kind: 'ping', from: goal.from, to: goal.to });
  const reachable = result.answered;
  const passed = goal.expect === 'reachable' ? reachable : !reachable;
  const steps = describeHops([...result.hops, ...result.replyHops], world.labels)[lang];
  return { passed, diagnostics, summary: reachable ? t.answered : t.notAnswered, steps };
}
