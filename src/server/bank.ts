/**
 * The quiz bank inside the built server. The YAML files are bundled at build time (the server
 * must not depend on the content/ folder being next to it at run time) and validated with the
 * same schema as the content collection.
 */
import { parse } from 'yaml';
import { buildBank, type Bank } from '../quiz/bank.ts';

const files = import.meta.glob('../../content/quizzes/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export function bundledBank(): Bank {
  const parsed: Record<string, unknown> = {};
  for (const [path, text] of Object.entries(files)) parsed[`content/quizzes/${path.split('/').pop()}`] = parse(text);
  return buildBank(parsed);
}
