/**
 * The free-disk floor: below it, writes are refused with 507 (the teacher and the students learn
 * why, and what is stored stays readable) instead of failing inside SQLite with "database or disk
 * is full" as a 500. Checked before each write, from a figure at most a second old.
 */
import { statfsSync } from 'node:fs';
import { ApiError } from './http.ts';

export function insufficientStorage(): ApiError {
  return new ApiError(507, 'insufficient_storage', 'The server is running out of disk space, so it cannot store anything new right now. What is already stored can still be read.', {
    'retry-after': '300',
  });
}

/** SQLite's own out-of-space error (SQLITE_FULL), as the writer thread reports it, or PostgreSQL's (SQLSTATE 53100 disk_full). */
export function isDiskFull(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (error as { code?: unknown }).code === '53100' || /database or disk is full|SQLITE_FULL|ENOSPC/i.test(error.message);
}

export class DiskFloor {
  readonly #dir: string;
  readonly #minFreeBytes: number;
  #checkedAt = Number.NEGATIVE_INFINITY;
  #free = Number.POSITIVE_INFINITY;

  constructor(dir: string, minFreeBytes: number) {
    this.#dir = dir;
    this.#minFreeBytes = minFreeBytes;
  }

  /** Bytes an unprivileged process may still write on the database's file system. */
  free(now = Date.now()): number {
    if (now - this.#checkedAt >= 1000) {
      const s = statfsSync(this.#dir);
      this.#free = Number(s.bavail) * Number(s.bsize);
      this.#checkedAt = now;
    }
    return this.#free;
  }

  /** Throws 507 when a write would eat into the floor. */
  check(): void {
    if (this.#minFreeBytes > 0 && this.free() < this.#minFreeBytes) throw insufficientStorage();
  }
}
