/**
 * The sentences that tell a lab's steps are the largest string tables a lab page ships, and no
 * reader needs them before the first step: the labs load them then (or at once, for a run restored
 * from the URL), which keeps every lab page well inside its JavaScript budget.
 */
import { useEffect, useState } from 'react';
import type { Lang } from '../i18n/lang.ts';
import { hasTables } from '../i18n/registry.ts';

const LOAD: Record<Lang, () => Promise<unknown>> = {
  en: () => import('./narration.en.ts'),
  ko: () => import('./narration.ko.ts'),
};

function loadedFor(lang: Lang): boolean {
  return hasTables(lang, 'trace') && hasTables(lang, 'reasons');
}

/** True once the narration tables of `lang` are loaded; starts loading them when `needed`. */
export function useNarration(lang: Lang, needed: boolean): boolean {
  const [ready, setReady] = useState(() => loadedFor(lang));
  useEffect(() => {
    if (ready || !needed) return;
    let live = true;
    LOAD[lang]().then(
      () => live && setReady(true),
      // A failed chunk load (offline reader) leaves the "telling…" text; the lab keeps working.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [lang, needed, ready]);
  return ready || loadedFor(lang);
}
