/**
 * The assignment form and, once created, its links, kept for this browser tab only (sessionStorage):
 * a reload or an accidental back-and-forth must not cost the teacher their picks, nor the private
 * teacher link that is shown only once. Not localStorage: on a shared classroom computer the
 * teacher link must not outlive the tab.
 */
import type { QrMatrix } from '../../server/qr.ts';

export interface Created {
  code: string;
  title: string;
  studentUrl: string;
  teacherUrl: string;
  qr: QrMatrix;
}

export interface BuilderForm {
  title: string;
  picked: string[];
  due: string;
  showExplanations: boolean;
  allowResubmit: boolean;
}

export interface BuilderSession {
  form: BuilderForm;
  created: Created | null;
}

const KEY = 'netmodes.teacher-builder.v1';

function tabStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function readForm(v: unknown): BuilderForm | null {
  if (!isObject(v)) return null;
  const { title, picked, due, showExplanations, allowResubmit } = v;
  if (typeof title !== 'string' || !isStrings(picked) || typeof due !== 'string') return null;
  if (typeof showExplanations !== 'boolean' || typeof allowResubmit !== 'boolean') return null;
  return { title, picked, due, showExplanations, allowResubmit };
}

function readCreated(v: unknown): Created | null {
  if (!isObject(v) || !isObject(v.qr)) return null;
  const { code, title, studentUrl, teacherUrl } = v;
  if (![code, title, studentUrl, teacherUrl].every((x) => typeof x === 'string')) return null;
  if (typeof v.qr.size !== 'number' || !isStrings(v.qr.rows)) return null;
  try {
    new URL(teacherUrl as string);
  } catch {
    return null;
  }
  return v as unknown as Created;
}

/** What this tab kept, or null (nothing, or not in this version's shape: then it is dropped). */
export function readBuilderSession(): BuilderSession | null {
  const store = tabStorage();
  let raw: unknown;
  try {
    const text = store?.getItem(KEY);
    if (!text) return null;
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  const form = isObject(raw) && raw.v === 1 ? readForm(raw.form) : null;
  const created = isObject(raw) && raw.created !== null ? readCreated(raw.created) : null;
  if (!form || (isObject(raw) && raw.created !== null && !created)) {
    clearBuilderSession();
    return null;
  }
  return { form, created };
}

export function saveBuilderSession(session: BuilderSession): void {
  try {
    tabStorage()?.setItem(KEY, JSON.stringify({ v: 1, ...session }));
  } catch {
    /* storage blocked or full: the form works, it is only not kept */
  }
}

export function clearBuilderSession(): void {
  try {
    tabStorage()?.removeItem(KEY);
  } catch {
    /* nothing kept */
  }
}
