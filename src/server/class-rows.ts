/**
 * The submissions and running totals of the assignments whose dashboards are open, kept in memory
 * so a dashboard build neither reads and parses every row again nor walks them to sum the class
 * results (issue 19). Most recently used last; at most `max` assignments.
 *
 * A class is loaded from the store once, then kept up to date change by change: this process's
 * own committed writes (`put`, `remove`), and, with PostgreSQL and several server instances, the
 * writes another instance committed, which arrive as notifications naming the row (`refresh`
 * reads its current state). Every change is applied as "this row is now X" (or gone), never as a
 * delta the sender computed, so a change that arrives twice, or the echo of a change already
 * applied, leaves the totals right.
 */
import type { Question } from '../quiz/schema.ts';
import type { AnswerKey } from '../quiz/scoring.ts';
import { ClassTotals } from './stats.ts';
import type { AssignmentStore, Submission } from './types.ts';

interface Loaded {
  rows: Map<string, Submission>;
  /** Public ids deleted: a refresh that read the row before its deletion must not bring it back. */
  gone: Set<string>;
  totals?: ClassTotals;
  sorted?: Submission[];
}

interface Entry {
  loaded?: Loaded;
  /** While the first read runs: rows changed meanwhile, re-read once it is done. */
  loading?: Promise<Loaded>;
  touched: Set<string>;
}

export interface ClassView {
  /** In order of submission. */
  rows: readonly Submission[];
  totals: ClassTotals;
}

export class ClassRows {
  readonly #store: Pick<AssignmentStore, 'listSubmissions' | 'findSubmission'>;
  readonly #max: number;
  readonly #classes = new Map<number, Entry>();

  constructor(store: Pick<AssignmentStore, 'listSubmissions' | 'findSubmission'>, max: number) {
    this.#store = store;
    this.#max = max;
  }

  /** The class of an assignment, loaded once; totals for `questions` (rebuilt if the questions changed). */
  async view(assignmentId: number, questions: readonly Question[], keys: ReadonlyMap<string, AnswerKey>): Promise<ClassView> {
    let entry = this.#classes.get(assignmentId);
    if (entry) this.#classes.delete(assignmentId);
    else entry = { touched: new Set() };
    this.#classes.set(assignmentId, entry);
    if (this.#classes.size > this.#max) this.#classes.delete(this.#classes.keys().next().value!);
    const loaded = entry.loaded ?? (await (entry.loading ??= this.#load(assignmentId, entry)));
    const ids = questions.map((q) => q.id).join('\n');
    if (loaded.totals?.questionIds !== ids) {
      loaded.totals = new ClassTotals(questions, keys);
      for (const s of loaded.rows.values()) loaded.totals.add(s);
    }
    loaded.sorted ??= [...loaded.rows.values()].sort((x, y) => x.submittedAt - y.submittedAt || x.id - y.id);
    return { rows: loaded.sorted, totals: loaded.totals };
  }

  async #load(assignmentId: number, entry: Entry): Promise<Loaded> {
    try {
      const rows = new Map((await this.#store.listSubmissions(assignmentId)).map((s) => [s.publicId, s]));
      const loaded: Loaded = { rows, gone: new Set() };
      // Writes that committed while the list was read may or may not be in it: read them again.
      for (const publicId of entry.touched) {
        const now = await this.#store.findSubmission(assignmentId, publicId);
        if (now) this.#set(loaded, now);
        else this.#delete(loaded, publicId);
      }
      entry.touched.clear();
      entry.loaded = loaded;
      return loaded;
    } finally {
      entry.loading = undefined;
    }
  }

  /** A submission committed (created, replaced, accepted late): it is now `s`. */
  put(assignmentId: number, s: Submission): void {
    const entry = this.#classes.get(assignmentId);
    if (entry?.loaded) this.#set(entry.loaded, s);
    else entry?.touched.add(s.publicId);
  }

  /** A submission was deleted. */
  remove(assignmentId: number, publicId: string): void {
    const entry = this.#classes.get(assignmentId);
    if (entry?.loaded) this.#delete(entry.loaded, publicId);
    else entry?.touched.add(publicId);
  }

  /** Another instance changed this row: read its current state (nothing to do for a class not kept). */
  async refresh(assignmentId: number, publicId: string): Promise<void> {
    const entry = this.#classes.get(assignmentId);
    if (!entry) return;
    if (!entry.loaded) {
      entry.touched.add(publicId);
      return;
    }
    const now = await this.#store.findSubmission(assignmentId, publicId);
    if (now) this.#set(entry.loaded, now);
    else this.#delete(entry.loaded, publicId);
  }

  forget(assignmentId: number): void {
    this.#classes.delete(assignmentId);
  }

  /** Changes may have been missed (the notification connection was down): load every class again. */
  clear(): void {
    this.#classes.clear();
  }

  #set(loaded: Loaded, s: Submission): void {
    if (loaded.gone.has(s.publicId)) return;
    const old = loaded.rows.get(s.publicId);
    // A replacement always counts one more attempt: an older read arriving late is ignored.
    if (old && old.attempts > s.attempts) return;
    if (old) loaded.totals?.remove(old);
    loaded.rows.set(s.publicId, s);
    loaded.totals?.add(s);
    loaded.sorted = undefined;
  }

  #delete(loaded: Loaded, publicId: string): void {
    loaded.gone.add(publicId);
    const old = loaded.rows.get(publicId);
    if (!old) return;
    loaded.rows.delete(publicId);
    loaded.totals?.remove(old);
    loaded.sorted = undefined;
  }
}
