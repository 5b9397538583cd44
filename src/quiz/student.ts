/**
 * What a student may see of a question before submitting an assignment: the prompt and the
 * choices, without the key, the explanations, the kernel's trace or a fix's solution.
 */
import type { ClientQuestion } from './localize.ts';

type Strip<T> = T extends unknown ? Omit<T, 'key'> : never;
export type StudentQuestion = Strip<ClientQuestion>;

export function toStudentQuestion(q: ClientQuestion): StudentQuestion {
  const hide = { why: '' };
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const { key: _key, ...rest } = q;
      return { ...rest, options: q.options.map((o) => ({ ...o, ...hide })) };
    }
    case 'path': {
      const { key: _key, ...rest } = q;
      return { ...rest, hops: [], options: q.options.map((o) => ({ ...o, ...hide })) };
    }
    case 'truefalse': {
      const { key: _key, ...rest } = q;
      return { ...rest, ifTrue: '', ifFalse: '', reasons: q.reasons.map((o) => ({ ...o, ...hide })) };
    }
    case 'match': {
      const { key: _key, ...rest } = q;
      return { ...rest, items: q.items.map((o) => ({ ...o, ...hide })) };
    }
    case 'fix': {
      const { key: _key, ...rest } = q;
      return { ...rest, explain: '', solution: '' };
    }
  }
}
