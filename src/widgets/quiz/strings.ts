/**
 * Every text the quiz island shows. The tables live in strings.en.ts and strings.ko.ts and are read
 * through the widget string registry, so a page's island ships only its own language.
 */
import { tablesFor } from '../i18n/registry.ts';
import type { QuizStrings } from './strings.en.ts';

export type QuizLang = 'ko' | 'en';
export type { QuizStrings };

/** The quiz text in one language (its strings module must have been imported by the island entry). */
export function quizStrings(lang: QuizLang): QuizStrings {
  return tablesFor(lang, 'quiz');
}

/** Scores are shown with at most two decimals and no trailing zeros (2.5, not 2.50). */
export function formatPoints(n: number): string {
  return String(Math.round(n * 100) / 100);
}
