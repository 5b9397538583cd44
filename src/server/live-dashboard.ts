/**
 * Dashboard polls at class scale. Every open teacher tab asks every few seconds; rebuilding the
 * class view (every row read, parsed and summed) for each ask made a 5,000-row assignment cost
 * the whole server. So:
 * - each assignment has a revision, raised by the service after every committed write that
 *   changes what its dashboard shows;
 * - the rendered answer (body + ETag) is kept per assignment and view (page, state, origin) and
 *   shared by every tab; a tab that already has it gets 304 (If-None-Match);
 * - while submissions keep arriving, a view is rebuilt at most once per `minRebuildMs` (the
 *   dashboard is at most that much behind, and the server never spends more than one build per
 *   interval on it, however many tabs poll).
 */
import { createHash, randomBytes } from 'node:crypto';

export interface Snapshot {
  etag: string;
  body: string;
}

interface View {
  revision: number;
  builtAt: number;
  snapshot: Snapshot;
  /** A build in progress: concurrent polls wait for the same one. */
  pending?: Promise<Snapshot>;
}

interface Entry {
  revision: number;
  views: Map<string, View>;
}

// ETags of an earlier server process never match: its revisions counted from the same start.
const EPOCH = randomBytes(6).toString('base64url');

export class LiveDashboards {
  readonly #entries = new Map<number, Entry>();
  readonly #minRebuildMs: number;
  readonly #maxAssignments: number;
  readonly #maxViews: number;
  readonly #now: () => number;
  /** Revisions are drawn from one counter, so an ETag never repeats in a process (not even after eviction). */
  #counter = 0;

  constructor(options: { minRebuildMs?: number; maxAssignments?: number; maxViews?: number; now?: () => number } = {}) {
    this.#minRebuildMs = options.minRebuildMs ?? 1000;
    this.#maxAssignments = options.maxAssignments ?? 64;
    this.#maxViews = options.maxViews ?? 16;
    this.#now = options.now ?? Date.now;
  }

  /** After a committed write to the assignment: the next poll sees it (within minRebuildMs). */
  changed(assignmentId: number): void {
    const entry = this.#entries.get(assignmentId);
    if (entry) entry.revision = ++this.#counter;
  }

  /**
   * After the teacher changed something (a late pass, an accepted late attempt): unlike a flood of
   * submissions this is rare, and the teacher looks for the result at once, so the next poll
   * rebuilds instead of waiting out minRebuildMs.
   */
  changedByTeacher(assignmentId: number): void {
    const entry = this.#entries.get(assignmentId);
    if (!entry) return;
    entry.revision = ++this.#counter;
    entry.views.clear();
  }

  /** Every assignment changed (changes may have been missed): each view is rebuilt at its next poll. */
  changedAll(): void {
    for (const entry of this.#entries.values()) {
      entry.revision = ++this.#counter;
      entry.views.clear();
    }
  }

  /** Forgets an assignment (deleted). */
  forget(assignmentId: number): void {
    this.#entries.delete(assignmentId);
  }

  /**
   * The current answer for one view of an assignment. `view` names everything the body depends
   * on besides the assignment's submissions (page, state, settings, origin).
   */
  async snapshot(assignmentId: number, view: string, build: () => Promise<string>): Promise<Snapshot> {
    const entry = this.#entry(assignmentId);
    let current = entry.views.get(view);
    if (current) {
      // Most recently used last, so eviction drops the oldest.
      entry.views.delete(view);
      entry.views.set(view, current);
      const fresh = current.revision === entry.revision || this.#now() - current.builtAt < this.#minRebuildMs;
      if (fresh) return current.snapshot;
      if (current.pending) return current.pending;
    }
    const revision = entry.revision;
    const pending = build().then((body) => {
      const snapshot = { etag: `"${EPOCH}-${assignmentId}-${revision}-${digest(view)}"`, body };
      entry.views.set(view, { revision, builtAt: this.#now(), snapshot });
      return snapshot;
    });
    if (current) current.pending = pending;
    else {
      entry.views.set(view, { revision: -1, builtAt: Number.NEGATIVE_INFINITY, snapshot: { etag: '', body: '' }, pending });
      if (entry.views.size > this.#maxViews) entry.views.delete(entry.views.keys().next().value!);
    }
    try {
      return await pending;
    } catch (error) {
      // A failed build is not kept: the next poll tries again.
      const stuck = entry.views.get(view);
      if (stuck?.pending === pending) {
        if (stuck.revision === -1) entry.views.delete(view);
        else stuck.pending = undefined;
      }
      throw error;
    }
  }

  #entry(assignmentId: number): Entry {
    let entry = this.#entries.get(assignmentId);
    if (entry) {
      this.#entries.delete(assignmentId);
      this.#entries.set(assignmentId, entry);
      return entry;
    }
    entry = { revision: ++this.#counter, views: new Map() };
    this.#entries.set(assignmentId, entry);
    if (this.#entries.size > this.#maxAssignments) this.#entries.delete(this.#entries.keys().next().value!);
    return entry;
  }
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 12);
}

/** True when the request's If-None-Match names `etag` (RFC 9110 13.1.2, weak comparison). */
export function notModified(request: Request, etag: string): boolean {
  const header = request.headers.get('if-none-match');
  if (!header) return false;
  if (header.trim() === '*') return true;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => strip(tag) === strip(etag));
}
