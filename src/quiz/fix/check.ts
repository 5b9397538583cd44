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
    errors: 'The checker finds errors (listed below): ifupdown2 or iptables would refuse these lines, so the kernel never ran the file. Fix them first.',
    missing: (who: string) => `${who} is not connected: the bridge it plugs into is not defined in the file.`,
    answered: 'The ping was answered.',
    notAnswered: 'The ping got no answer.',
    warned: 'The checker finds no errors but warns about the file (listed below).',
    clean: 'The checker finds nothing wrong with how the file is written, so what remains is a mistake in what it does.',
    kernel: (verdict: string) => `The kernel ran the file: ${verdict.charAt(0).toLowerCase()}${verdict.slice(1)}`,
    line: (n: number, col: number, msg: string) => `line ${n}, column ${col}: ${msg}`,
  },
  ko: {
    tooLong: `파일이 ${MAX_CONFIG_CHARS}자보다 깁니다. 줄여서 다시 시도해 주십시오.`,
    errors: '검사기가 오류를 찾았습니다(아래 목록). ifupdown2나 iptables가 이 줄들을 거부하므로 커널은 파일을 실행하지도 못했습니다. 오류부터 고쳐 주십시오.',
    missing: (who: string) => `${who}의 브리지가 파일에 정의되어 있지 않아서 연결할 수 없습니다.`,
    answered: 'ping에 응답이 왔습니다.',
    notAnswered: 'ping에 응답이 오지 않았습니다.',
    warned: '검사기는 오류는 찾지 못했지만 파일에 대해 경고합니다(아래 목록).',
    clean: '검사기는 파일을 쓴 방식에서 잘못을 찾지 못했습니다. 남은 것은 파일이 하는 일의 실수입니다.',
    kernel: (verdict: string) => `커널이 파일을 실행한 결과, ${verdict}`,
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
  const kernel = reachable ? t.answered : t.notAnswered;
  // Which kind of mistake is left: what the checker says about the file first, then what the kernel did with it.
  if (passed) return { passed, diagnostics, summary: kernel, steps };
  const checker = diagnostics.length > 0 ? t.warned : t.clean;
  return { passed, diagnostics, summary: `${checker} ${t.kernel(kernel)}`, steps };
}
