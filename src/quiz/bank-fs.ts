/**
 * Loads the bank from content/quizzes/*.yaml on disk, for Node code outside the Astro build
 * (tests, the teacher server, scripts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { buildBank, QuizDataError, type Bank } from './bank.ts';

export const QUIZ_DIR = resolve(import.meta.dirname, '../../content/quizzes');

export function loadBank(dir: string = QUIZ_DIR): Bank {
  const files: Record<string, unknown> = {};
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const path = join(dir, name);
    try {
      files[`content/quizzes/${name}`] = parse(readFileSync(path, 'utf8'), { prettyErrors: true });
    } catch (error) {
      throw new QuizDataError(`content/quizzes/${name}`, (error as Error).message);
    }
  }
  return buildBank(files);
}
