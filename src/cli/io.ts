/** What a command needs from the outside world, so tests and other front ends can supply their own. */
import type { Lang } from '../config/messages.ts';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): string | undefined;
  /** Resolves a path relative to a file's folder. */
  resolve(fromFile: string, path: string): string;
  /** Standard output is a terminal (colour, paging). */
  isTty: boolean;
  color: boolean;
  /** Waits for Enter on a terminal (for --step); resolves false when input ended. */
  waitForEnter(prompt: string): Promise<boolean>;
  env: Record<string, string | undefined>;
  /** Releases the terminal (ends a --step reader) so the process can exit. */
  close?(): void;
}

/** ko when the locale says Korean (LANG=ko_KR.UTF-8 ...), en otherwise. */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const v = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return v.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

export const paint = (on: boolean) => {
  const wrap = (code: string) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
  return { bold: wrap('1'), dim: wrap('2'), red: wrap('31'), green: wrap('32'), yellow: wrap('33'), cyan: wrap('36') };
};
