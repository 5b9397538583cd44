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
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (ready || !needed) return;
    let live = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    LOAD[lang]().then(
      () => live && setReady(true),
      // A failed chunk load (a reader who went offline) leaves the "telling…" text while the lab keeps
      // working; try again a little later, so the sentences arrive once the connection is back.
      () => {
        if (live) retry = setTimeout(() => setAttempt((n) => n + 1), Math.min(30_000, 2_000 * 2 ** attempt));
      },
    );
    return () => {
      live = false;
      clearTimeout(retry);
    };
  }, [lang, needed, ready, attempt]);
  return ready || loadedFor(lang);
}
