/**
 * "My assignments": the teacher links of assignments created in this browser, kept in
 * localStorage so that closing the tab does not lose them. Local to this browser profile by
 * design (the server never learns who made what); the builder says so and lets the teacher
 * remove entries, and creating asks before adding one (shared computers).
 */
export interface MyAssignment {
  code: string;
  title: string;
  teacherUrl: string;
  studentUrl: string;
  createdAt: number;
}

const KEY = 'netmodes.teacher.my-assignments.v1';
/** Plenty for years of classes; the oldest go first beyond it. */
const MAX_ENTRIES = 200;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function isEntry(v: unknown): v is MyAssignment {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return ['code', 'title', 'teacherUrl', 'studentUrl'].every((k) => typeof e[k] === 'string') && typeof e.createdAt === 'number';
}

export function readMyAssignments(): MyAssignment[] {
  try {
    const raw = JSON.parse(storage()?.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(raw) ? raw.filter(isEntry) : [];
  } catch {
    return [];
  }
}

function write(list: MyAssignment[]): boolean {
  try {
    storage()?.setItem(KEY, JSON.stringify(list.slice(0, MAX_ENTRIES)));
    return true;
  } catch {
    return false;
  }
}

/** Newest first; an entry with the same code is replaced. False when the browser refused to store it. */
export function rememberAssignment(entry: MyAssignment): boolean {
  return write([entry, ...readMyAssignments().filter((e) => e.code !== entry.code)]);
}

export function forgetAssignment(code: string): MyAssignment[] {
  const list = readMyAssignments().filter((e) => e.code !== code);
  write(list);
  return list;
}

/** Keeps a listed entry's title current (it can be edited); entries not listed stay unlisted. */
export function renameAssignment(code: string, title: string): void {
  const list = readMyAssignments();
  const entry = list.find((e) => e.code === code);
  if (entry && entry.title !== title) {
    entry.title = title;
    write(list);
  }
}
