/**
 * The `netmodes` command line: check, run, explain. Parses arguments with node:util parseArgs and
 * never lets a stack trace reach the user: bad input is reported with file:line:col, anything
 * unexpected as one line naming the command.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Lang } from '../config/messages.ts';
import { suggest } from '../config/suggest.ts';
import { HELP, USAGE_ERROR } from './help.ts';
import { langFromEnv, type Io } from './io.ts';

const VERSION = '0.1.0';
const COMMANDS = ['check', 'run', 'explain', 'help'] as const;

export function nodeIo(): Io {
  const env = process.env;
  // A reader who pipes into `head` closes the pipe early: stop quietly instead of crashing.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    });
  }
  let lines: { buffered: string[]; waiting: Array<(ok: boolean) => void>; closed: boolean; rl: ReturnType<typeof createInterface> } | undefined;
  const isTty = Boolean(process.stdout.isTTY);
  return {
    out: (t) => void process.stdout.write(`${t}\n`),
    err: (t) => void process.stderr.write(`${t}\n`),
    readFile: (p) => {
      try {
        return readFileSync(p, 'utf8');
      } catch {
        return undefined;
      }
    },
    resolve: (from, p) => resolve(dirname(from), p),
    isTty,
    color: isTty && env.NO_COLOR === undefined && env.TERM !== 'dumb',
    waitForEnter: (prompt) => {
      if (!process.stdin.isTTY) return Promise.resolve(false);
      // One reader for the whole run: lines typed ahead are kept for the next prompts.
      if (!lines) {
        const rl = createInterface({ input: process.stdin });
        const state = { buffered: [] as string[], waiting: [] as Array<(ok: boolean) => void>, closed: false, rl };
        rl.on('line', (l) => {
          const w = state.waiting.shift();
          if (w) w(true);
          else state.buffered.push(l);
        });
        rl.on('close', () => {
          state.closed = true;
          for (const w of state.waiting.splice(0)) w(false);
        });
        lines = state;
      }
      const st = lines;
      process.stdout.write(prompt);
      return new Promise<boolean>((done) => {
        const ok = (v: boolean) => {
          process.stdout.write('\n');
          done(v);
        };
        if (st.buffered.length) {
          st.buffered.shift();
          ok(true);
        } else if (st.closed) ok(false);
        else st.waiting.push(ok);
      });
    },
    close: () => lines?.rl.close(),
    env,
  };
}

const OPTION_NAMES = ['--lang', '--help', '--json', '--quiet', '--step', '--verbose', '--solve', '--variant', '--no-color', '--version'];

/** node:util parseArgs errors in the reader's language, with "did you mean" for a misspelt option. */
function argsErrorText(e: unknown, lang: Lang): string {
  const err = e as { code?: string; message?: string };
  const message = String(err.message ?? e).split('\n')[0]!;
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const s = suggest(option, OPTION_NAMES);
    const hint = s ? (lang === 'ko' ? ` 혹시 '${s}'인가요?` : ` (did you mean '${s}'?)`) : '';
    return lang === 'ko' ? `'${option}'은(는) 모르는 옵션입니다.${hint}` : `unknown option '${option}'${hint}`;
  }
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const missing = /argument missing/.test(message);
    if (lang === 'ko') return missing ? `'${option}' 옵션에는 값이 필요합니다` : `'${option}' 옵션에는 값을 붙이지 않습니다`;
    return missing ? `option '${option}' needs a value` : `option '${option}' takes no value`;
  }
  return message;
}

function usageError(io: Io, lang: Lang, detail: string, command?: string): number {
  io.err(USAGE_ERROR[lang].replace('{detail}', `netmodes: ${detail}`).replace('{command}', command ? `${command} ` : ''));
  return 2;
}

export async function main(argv: readonly string[], io: Io = nodeIo()): Promise<number> {
  // --lang is read first so that even a usage error is in the reader's language.
  let lang: Lang = langFromEnv(io.env);
  const li = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const langArg = li === -1 ? undefined : argv[li]!.includes('=') ? argv[li]!.split('=')[1] : argv[li + 1];
  if (langArg === 'ko' || langArg === 'en') lang = langArg;
  else if (li !== -1) return usageError(io, lang, lang === 'ko' ? `--lang에는 ko 또는 en을 씁니다('${langArg ?? ''}')` : `--lang takes ko or en (got '${langArg ?? ''}')`);

  const first = argv[0];
  if (first === undefined || first === '-h' || first === '--help') {
    io.out(HELP.main[lang]);
    return first === undefined ? 2 : 0;
  }
  if (first === '--version' || first === '-v') {
    io.out(VERSION);
    return 0;
  }
  const command = first as (typeof COMMANDS)[number];
  if (!COMMANDS.includes(command)) {
    return usageError(io, lang, lang === 'ko' ? `'${first}'은(는) 모르는 명령입니다(check, run, explain 중 하나)` : `unknown command '${first}' (expected check, run or explain)`);
  }
  if (command === 'help') {
    const topic = argv[1] as keyof typeof HELP | undefined;
    io.out(HELP[topic && topic in HELP ? topic : 'main'][lang]);
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: argv.slice(1),
      allowPositionals: true,
      strict: true,
      options: {
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        json: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        step: { type: 'boolean' },
        verbose: { type: 'boolean' },
        solve: { type: 'boolean' },
        variant: { type: 'string' },
        'no-color': { type: 'boolean' },
      },
    });
  } catch (e) {
    return usageError(io, lang, argsErrorText(e, lang), command);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(HELP[command][lang]);
    return 0;
  }
  const flagsFor: Record<string, string[]> = { check: ['json', 'quiet', 'no-color'], run: ['json', 'step', 'verbose', 'solve', 'variant', 'no-color'], explain: [] };
  for (const f of ['json', 'quiet', 'step', 'verbose', 'solve', 'variant', 'no-color']) {
    if ((values as Record<string, unknown>)[f] && !flagsFor[command]!.includes(f)) {
      return usageError(io, lang, lang === 'ko' ? `${command}에는 --${f} 옵션이 없습니다` : `${command} has no --${f} option`, command);
    }
  }
  if (values['no-color']) io.color = false;
  try {
    if (command === 'check') {
      if (positionals.length === 0) return usageError(io, lang, lang === 'ko' ? '검사할 파일을 주세요' : 'give at least one FILE to check', command);
      // Commands load what they need only: checking a file does not start the simulation kernel.
      const { checkFiles } = await import('./check-cmd.ts');
      return checkFiles(positionals, { lang, json: Boolean(values.json), quiet: Boolean(values.quiet) }, io);
    }
    if (command === 'run') {
      if (positionals.length !== 1) return usageError(io, lang, lang === 'ko' ? '랩 파일을 하나만 주세요' : 'give exactly one LAB.yaml', command);
      const { runLabFile } = await import('./run-cmd.ts');
      try {
        return await runLabFile(positionals[0]!, { lang, json: Boolean(values.json), step: Boolean(values.step), verbose: Boolean(values.verbose), solve: Boolean(values.solve), ...(values.variant !== undefined ? { variant: values.variant } : {}) }, io);
      } finally {
        io.close?.();
      }
    }
    if (positionals.length > 1) return usageError(io, lang, lang === 'ko' ? '코드를 하나만 주세요' : 'give one CODE', command);
    const { explain } = await import('./explain-cmd.ts');
    return explain(positionals[0], lang, io);
  } catch (e) {
    // The parser and the runner promise not to throw; if something still does, say so in one line.
    const msg = e instanceof Error ? e.message : String(e);
    io.err(lang === 'ko' ? `netmodes ${command}: 내부 오류: ${msg}` : `netmodes ${command}: internal error: ${msg}`);
    return 70;
  }
}
