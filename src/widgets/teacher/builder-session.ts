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
  shuffle: boolean;
}

/** The assignment being edited (opened from its dashboard), instead of a new one. */
export interface Editing {
  code: string;
  token: string;
  /** The due field as it was: sent again only when changed (it may be past by now). */
  due: string;
}

export interface BuilderSession {
  form: BuilderForm;
  created: Created | null;
  editing?: Editing | null;
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
  const { title, picked, due, showExplanations, allowResubmit, shuffle = false } = v;
  if (typeof title !== 'string' || !isStrings(picked) || typeof due !== 'string') return null;
  if (typeof showExplanations !== 'boolean' || typeof allowResubmit !== 'boolean' || typeof shuffle !== 'boolean') return null;
  return { title, picked, due, showExplanations, allowResubmit, shuffle };
}

function readEditing(v: unknown): Editing | null {
  if (!isObject(v)) return null;
  const { code, token, due } = v;
  return typeof code === 'string' && typeof token === 'string' && typeof due === 'string' ? { code, token, due } : null;
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
  return { form, created, editing: isObject(raw) ? readEditing(raw.editing) : null };
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

/** A datetime-local field's value for an instant, in this browser's time zone. */
export function localInputValue(ms: number | null): string {
  if (ms === null) return '';
  const d = new Date(ms);
  return new Date(ms - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** Opens the builder filled in: a copy of an assignment (duplicate), or the assignment itself to edit. */
export function openBuilderWith(lang: string, form: BuilderForm, editing: Editing | null = null): void {
  saveBuilderSession({ form, created: null, editing });
  window.location.assign(`/${lang}/teach/`);
}
