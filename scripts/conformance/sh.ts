/** Running the real tools: every call is bounded by a timeout and never goes through a shell. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

export class CommandError extends Error {}

/**
 * A bound for tools that return at once on an idle machine (ip, bridge, sysctl): it only ends one
 * that hangs. With scenarios side by side on a busy machine, `ip link add` once took over 10 s.
 */
const TOOL_TIMEOUT_MS = 30_000;

export function run(argv: string[], opts: { timeoutMs?: number; input?: string } = {}): RunResult {
  const [cmd, ...args] = argv;
  const t0 = Date.now();
  const r = spawnSync(cmd!, args, { encoding: 'utf8', timeout: opts.timeoutMs ?? TOOL_TIMEOUT_MS, input: opts.input ?? '', killSignal: 'SIGKILL' });
  return { code: r.status ?? (r.signal ? 128 : 1), stdout: r.stdout ?? '', stderr: r.stderr ?? String(r.error ?? ''), ms: Date.now() - t0 };
}

/** Runs a set-up command that must succeed; a failure names the command and what it printed. */
export function must(argv: string[], opts: { timeoutMs?: number; input?: string } = {}): string {
  const r = run(argv, opts);
  if (r.code !== 0) throw new CommandError(`command failed (exit ${r.code}): ${argv.join(' ')}\n${(r.stderr || r.stdout).trim()}`);
  return r.stdout;
}

export function inNs(ns: string, argv: string[]): string[] {
  return ['ip', 'netns', 'exec', ns, ...argv];
}

/** A background process (listeners); the caller keeps the handle and ends it by its pid. */
export function background(argv: string[]): { child: ChildProcess; output: () => string } {
  const [cmd, ...args] = argv;
  const child = spawn(cmd!, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  return { child, output: () => out };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export function has(tool: string): boolean {
  return run(['sh', '-c', `command -v ${tool}`]).code === 0;
}
