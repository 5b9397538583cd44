/**
 * Network namespaces owned by this run. Every name carries the prefix `nmc-<pid>-`, so a clean-up
 * only ever touches what this run (or an earlier, killed run of this suite) created, and the
 * processes started inside them are ended by their own pid.
 */
import type { ChildProcess } from 'node:child_process';
import { run } from './sh.ts';

export const NS_PREFIX = 'nmc-';

export class NamespaceSet {
  readonly prefix: string;
  private readonly created: string[] = [];
  private readonly procs: ChildProcess[] = [];

  constructor(tag: string) {
    this.prefix = `${NS_PREFIX}${process.pid}-${tag}-`;
  }

  name(nodeId: string): string {
    return `${this.prefix}${nodeId}`;
  }

  create(nodeId: string): string {
    const ns = this.name(nodeId);
    const r = run(['ip', 'netns', 'add', ns]);
    if (r.code !== 0) throw new Error(`cannot create namespace ${ns}: ${r.stderr.trim()}`);
    this.created.push(ns);
    return ns;
  }

  adopt(child: ChildProcess): void {
    this.procs.push(child);
  }

  /** Ends our listeners, then deletes our namespaces (which removes their veths and bridges too). */
  destroy(): void {
    for (const p of this.procs.splice(0)) {
      if (p.exitCode === null && p.pid !== undefined) {
        try {
          process.kill(p.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    }
    for (const ns of this.created.splice(0).reverse()) run(['ip', 'netns', 'del', ns]);
  }
}

/** Namespaces left by a run of this suite that was killed before its clean-up (its pid is gone). */
export function removeStaleNamespaces(): string[] {
  return removeRunNamespaces((pid) => pid !== process.pid && !isAlive(pid));
}

/**
 * This run's own namespaces, whatever worker made them: on an interrupt the workers cannot clean up
 * (a worker stuck in a synchronous tool call never sees its termination), so the runner does.
 */
export function removeOwnNamespaces(): string[] {
  return removeRunNamespaces((pid) => pid === process.pid);
}

function removeRunNamespaces(owned: (pid: number) => boolean): string[] {
  const listed = run(['ip', 'netns', 'list']).stdout.split('\n');
  const removed: string[] = [];
  for (const line of listed) {
    const name = line.split(' ')[0] ?? '';
    const m = /^nmc-(\d+)-/.exec(name);
    if (!m || !owned(Number(m[1]))) continue;
    // Listeners (and tools cut short) live on inside the namespaces; end them by their pids.
    for (const p of run(['ip', 'netns', 'pids', name]).stdout.split('\n').map(Number).filter((n) => n > 0)) {
      try {
        process.kill(p, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    run(['ip', 'netns', 'del', name]);
    removed.push(name);
  }
  return removed;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
