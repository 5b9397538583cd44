/** Registry of the widget string tables by language: a page loads only its own language (see locales/). */
import type { Lang } from './lang.ts';
import type { UiStrings } from './ui.en.ts';
import type { TraceTable } from './trace-helpers.ts';
import type { ReasonTable } from './reasons.en.ts';
import type { BondStrings } from './play/bond.en.ts';
import type { ChooserStrings } from './play/chooser.en.ts';
import type { OfficeStrings } from './play/office.en.ts';
import type { PlaygroundStrings } from './play/playground.en.ts';
import type { QuizStrings } from '../quiz/strings.en.ts';
import type { RvnStrings } from './labs/rvn.en.ts';

export interface LocaleTables {
  ui: UiStrings;
  trace: TraceTable;
  reasons: ReasonTable;
  bond: BondStrings;
  chooser: ChooserStrings;
  office: OfficeStrings;
  playground: PlaygroundStrings;
  quiz: QuizStrings;
  rvn: RvnStrings;
}

const loaded: Record<Lang, Partial<LocaleTables>> = { en: {}, ko: {} };

/** Called by the per-language data modules when they load; later calls add tables, never remove them. */
export function registerLocale(lang: Lang, tables: Partial<LocaleTables>): void {
  Object.assign(loaded[lang], tables);
}

/** Whether a table is loaded yet (narration tables load when a lab first has a step to tell). */
export function hasTables(lang: Lang, key: keyof LocaleTables): boolean {
  return loaded[lang][key] !== undefined;
}

/**
 * One table in one language. A widget rendering in a language whose tables were not imported is a
 * wiring bug (the page imported the other language's entry), so it fails loudly instead of showing
 * empty text.
 */
export function tablesFor<K extends keyof LocaleTables>(lang: Lang, key: K): LocaleTables[K] {
  const table = loaded[lang][key];
  if (!table) {
    throw new Error(
      `Widget strings "${key}" for locale "${lang}" are not loaded: import the ${lang} widget entry (src/widgets/entries/${lang}/) or src/widgets/i18n/locales/${lang}.ts.`,
    );
  }
  return table;
}
