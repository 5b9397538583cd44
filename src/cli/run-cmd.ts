/** `netmodes run LAB.yaml`: runs a lab and prints the step trace and the goal results. */
import { formatDiagnostic } from '../config/format.ts';
import { interpolate, type Lang } from '../config/messages.ts';
import { LineIndex } from '../config/span.ts';
import { goalText, outcomeText, stepText, TABLE_NAMES } from '../labs/messages.ts';
import { loadLab } from '../labs/load.ts';
import { runLab, solutionOf, variantsOf, type LabTable, type StepOutcome } from '../labs/run.ts';
import { solutionSteps } from '../labs/load.ts';
import type { TraceEvent } from '../sim/index.ts';
import { narrate } from '../widgets/i18n/trace.ts';
import '../widgets/i18n/locales/all.ts';
import { paint, type Io } from './io.ts';

export interface RunOptions {
  lang: Lang;
  json: boolean;
  step: boolean;
  verbose: boolean;
  /** Run the solution's actions (in every variant unless `variant` names one). */
  solve?: boolean;
  variant?: string;
}

const T = {
  goals: { en: 'Goals', ko: '목표' },
  summary: { en: '{passed} of {total} goals passed', ko: '목표 {total}개 중 {passed}개 통과' },
  noGoals: { en: 'This lab has no goals.', ko: '이 랩에는 목표가 없습니다.' },
  notRun: { en: 'The lab was not run: fix the errors above first.', ko: '랩을 실행하지 않았습니다. 위의 오류부터 고치세요.' },
  next: { en: '-- Enter: next step --', ko: '-- Enter: 다음 단계 --' },
  empty: { en: '(empty)', ko: '(비어 있음)' },
  note: { en: 'could not build', ko: '만들지 못함' },
  variant: { en: 'variant', ko: '변형' },
  noVariant: { en: "this lab has no variant '{name}' (it has: {known})", ko: "이 랩에는 '{name}' 변형이 없습니다(있는 변형: {known})" },
  noSolution: { en: "this lab has no solution for {which}: add 'solution:' (the actions that reach every goal)", ko: "이 랩에는 {which}의 풀이가 없습니다. 'solution:'(모든 목표에 닿는 동작)을 추가하세요" },
  solvedAll: { en: 'the solution reaches every goal', ko: '풀이가 모든 목표에 닿습니다' },
  unreached: { en: 'not reached by the solution: {goals}', ko: '풀이로 닿지 못한 목표: {goals}' },
} as const;

/** Events shown only with --verbose: every cable crossing and the periodic protocol messages. */
const CHATTER = new Set(['link.tx', 'lacp.pdu', 'stp.bpdu']);

function tableLines(t: LabTable, lang: Lang): string[] {
  if (t.rows.length === 0) return [`      ${T.empty[lang]}`];
  const widths = t.columns.map((c, i) => Math.max(c.length, ...t.rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `      ${cells.map((x, i) => x.padEnd(widths[i]!)).join('  ')}`.trimEnd();
  return [line(t.columns), line(widths.map((w) => '-'.repeat(w))), ...t.rows.map(line)];
}

export async function runLabFile(file: string, opts: RunOptions, io: Io): Promise<number> {
  const { lang } = opts;
  const c = paint(io.color);
  const text = io.readFile(file);
  if (text === undefined) {
    io.err(`${file}: ${c.red('error:')} ${lang === 'ko' ? '파일을 읽을 수 없습니다' : 'cannot read the file'}`);
    return 1;
  }
  const loaded = loadLab(text, { file, readFile: (p) => io.readFile(io.resolve(file, p)) });
  const problems = loaded.diagnostics.filter((d) => d.severity !== 'info');
  if (!loaded.lab) {
    if (opts.json) {
      io.out(JSON.stringify({ file, ran: false, diagnostics: problems.map((d) => ({ file: d.file, line: d.span.line, col: d.span.col, severity: d.severity, code: d.code, params: d.params })) }, null, 2));
      return 1;
    }
    const fileIndex = new LineIndex(text);
    for (const d of problems) {
      const other = d.file && d.file !== file ? io.readFile(io.resolve(file, d.file)) : undefined;
      io.err(formatDiagnostic(d, { lang, file, index: other !== undefined ? new LineIndex(other) : fileIndex, color: io.color }));
    }
    io.err(T.notRun[lang]);
    return 1;
  }
  const lab = loaded.lab;
  const known = variantsOf(lab);
  if (opts.variant !== undefined && !known.includes(opts.variant)) {
    io.err(`${file}: ${c.red('error:')} ${interpolate(T.noVariant[lang], { name: opts.variant, known: known.filter(Boolean).join(', ') || '-' })}`);
    return 1;
  }
  const variants = opts.variant !== undefined ? [opts.variant] : opts.solve ? known : [known[0]];
  if (opts.solve) {
    const missing = variants.filter((v) => !solutionOf(lab, v));
    if (missing.length) {
      io.err(`${file}: ${c.red('error:')} ${interpolate(T.noSolution[lang], { which: missing.map((v) => v ?? lab.id).join(', ') })}`);
      return 1;
    }
  }
  const results = variants.map((variant) => runLab(loaded, { ...(variant !== undefined ? { variant } : {}), ...(opts.solve ? { solve: true } : {}) }));
  const labels = new Map<string, string>();
  if (lab.host.label) labels.set(lab.host.id ?? 'pve', lab.host.label[lang]);
  for (const src of [lab, ...(lab.variants ?? [])]) {
    for (const g of src.guests ?? []) if (g.label) labels.set(g.name ?? String(g.vmid), g.label[lang]);
    for (const h of src.world?.hosts ?? []) if (h.label) labels.set(h.id, h.label[lang]);
    for (const s of src.world?.switches ?? []) if (s.label) labels.set(s.id, s.label[lang]);
  }
  const ctx = { name: (id: string) => labels.get(id) ?? id };
  const say = (ev: TraceEvent): string => {
    try {
      return narrate(ev, lang, ctx);
    } catch {
      return ev.code;
    }
  };
  const localParams = (s: { params: Record<string, string | number> }) =>
    s.params.outcome !== undefined ? { ...s.params, outcome: outcomeText(String(s.params.outcome), lang) } : s.params.table !== undefined ? { ...s.params, table: TABLE_NAMES[String(s.params.table)]?.[lang] ?? s.params.table } : s.params;
  const goalName: Array<string | undefined> = [];
  const allPassed = results.every((r) => r.passed);

  if (opts.json) {
    const json = results.map((result) => ({
      id: result.id,
      ...(result.variant !== undefined ? { variant: result.variant } : {}),
      title: lab.title[lang],
      passed: result.passed,
      steps: result.steps.map((s) => ({
        index: s.index,
        id: s.id ?? null,
        kind: s.kind,
        line: s.line ?? null,
        tMs: s.tMs,
        code: s.code,
        params: s.params,
        text: stepText(s.code, localParams(s), lang),
        details: s.details.map((d) => stepText(d.code, d.params, lang)),
        table: s.table ?? null,
        events: s.events,
      })),
      goals: result.goals.map((g) => ({ ...g, ...(g.id !== undefined ? { id: g.id } : {}), text: goalText(g.code, g.passed, g.params, lang) })),
      notes: result.notes,
    }));
    io.out(JSON.stringify(json.length === 1 ? json[0] : json, null, 2));
    return allPassed ? 0 : 1;
  }

  io.out(`${c.bold(lab.title[lang])}  ${c.dim(`[${lab.id}]`)}`);
  io.out(lab.description[lang]);
  for (const result of results) {
    const steps = opts.solve ? solutionSteps(lab, solutionOf(lab, result.variant) ?? [], result.variant) : lab.steps;
    if (result.variant !== undefined) {
      const v = lab.variants?.find((x) => x.id === result.variant);
      io.out('');
      io.out(c.bold(`== ${T.variant[lang]}: ${v?.label[lang] ?? result.variant} [${result.variant}]`));
    }
    for (const n of result.notes) io.out(c.yellow(`  ! ${T.note[lang]}: ${n.what} (${n.why})`));
    let paging = opts.step && io.isTty;
    const total = result.steps.length;
    for (const s of result.steps) {
      printStep(s, total, steps[s.index]?.note);
      if (paging && s.index < total - 1) paging = await io.waitForEnter(c.dim(T.next[lang]));
    }
    io.out('');
    io.out(c.bold(T.goals[lang]));
    if (result.goals.length === 0) io.out(`  ${T.noGoals[lang]}`);
    for (const g of result.goals) {
      const mark = g.passed ? c.green('✔') : c.red('✘');
      const name = g.id ?? goalName[g.index];
      io.out(`  ${mark} ${name ? `${c.bold(name)}: ` : ''}${goalText(g.code, g.passed, g.params, lang)}`);
    }
    const passed = result.goals.filter((g) => g.passed).length;
    const line = interpolate(T.summary[lang], { passed, total: result.goals.length });
    io.out(result.passed ? c.green(line) : c.red(line));
    if (opts.solve) {
      const unreached = result.goals.filter((g) => !g.passed).map((g) => g.id ?? goalName[g.index] ?? `#${g.index + 1}`);
      io.out(unreached.length ? c.red(interpolate(T.unreached[lang], { goals: unreached.join(', ') })) : c.green(T.solvedAll[lang]));
    }
  }
  return allPassed ? 0 : 1;

  function printStep(s: StepOutcome, count: number, note: { en: string; ko: string } | undefined) {
    const where = s.line !== undefined ? `${file}:${s.line}` : file;
    io.out('');
    io.out(`${c.cyan(`[${s.index + 1}/${count}]`)} ${c.bold(stepText(s.code, localParams(s), lang))}  ${c.dim(`${where}  t=${s.tMs.toFixed(1)} ms`)}`);
    if (note) io.out(`    ${c.dim(note[lang])}`);
    for (const d of s.details) io.out(`    ${stepText(d.code, d.params, lang)}`);
    for (const ev of s.events) {
      if (!opts.verbose && CHATTER.has(ev.code)) continue;
      io.out(`    ${c.dim(`${ev.t.toFixed(3).padStart(10)} ms`)}  ${say(ev)}`);
    }
    if (s.table) io.out(tableLines(s.table, lang).join('\n'));
  }
}
