/** The two languages every widget speaks. Widgets get `lang` as a prop from the page. */
export type Lang = 'en' | 'ko';

export const LANGS: readonly Lang[] = ['en', 'ko'];

export function asLang(value: unknown): Lang {
  return value === 'ko' ? 'ko' : 'en';
}

/** MACs are shown the way Proxmox shows them in VM configs (BC:24:11:3A:5C:01). */
export function fmtMac(mac: string | undefined | null): string {
  return typeof mac === 'string' ? mac.toUpperCase() : '';
}

/** Virtual time as the reader wants it: "0.120 s", "5 min 0 s"; Korean writes the unit on the number ("0.120초"). */
export function fmtTime(ms: number, lang: Lang): string {
  if (ms < 60_000) return lang === 'ko' ? `${(ms / 1000).toFixed(3)}초` : `${(ms / 1000).toFixed(3)} s`;
  const min = Math.floor(ms / 60_000);
  const s = Math.round((ms % 60_000) / 1000);
  return lang === 'ko' ? `${min}분 ${s}초` : `${min} min ${s} s`;
}
