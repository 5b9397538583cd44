/**
 * Every file whose text a reader sees, grouped the way the issue names them: lessons (and the rest of
 * content/docs), quizzes, lab files, widget strings, checker messages and CLI text. The fixed-terms and
 * withdrawn-claims tests scan these line by line, so a hit can be reported as file:line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

export type Area = 'docs' | 'quizzes' | 'labs' | 'widgets' | 'site' | 'checker' | 'cli';

const walk = (dir: string, keep: (name: string) => boolean): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name), keep) : keep(e.name) ? [join(dir, e.name)] : [],
  );

const isSource = (name: string) => /\.(ts|tsx|astro|mjs)$/.test(name) && !/\.test\.tsx?$/.test(name);

const AREAS: Record<Area, () => string[]> = {
  docs: () => walk(join(ROOT, 'content', 'docs'), (n) => /\.mdx?$/.test(n)),
  quizzes: () => walk(join(ROOT, 'content', 'quizzes'), (n) => n.endsWith('.yaml')),
  labs: () => [
    ...walk(join(ROOT, 'content', 'labs'), (n) => n.endsWith('.yaml')),
    ...walk(join(ROOT, 'src', 'labs'), isSource),
  ],
  widgets: () => [...walk(join(ROOT, 'src', 'widgets'), isSource), ...walk(join(ROOT, 'src', 'components'), isSource)],
  // Site shell, quiz pages and the teacher server; src/i18n/terms.ts lists the rejected variants on purpose.
  site: () =>
    [join(ROOT, 'src', 'i18n'), join(ROOT, 'src', 'pages'), join(ROOT, 'src', 'quiz'), join(ROOT, 'src', 'server')]
      .flatMap((dir) => walk(dir, isSource))
      .filter((path) => !path.endsWith(join('i18n', 'terms.ts'))),
  checker: () => walk(join(ROOT, 'src', 'config'), isSource),
  cli: () => [...walk(join(ROOT, 'src', 'cli'), isSource), join(ROOT, 'bin', 'netmodes.mjs')],
};

export interface TextLine {
  area: Area;
  /** Path relative to the repository root. */
  file: string;
  /** 1-based line number. */
  line: number;
  text: string;
}

/** Every line of every reader-facing file in the given areas. */
export function readerLines(areas: readonly Area[] = Object.keys(AREAS) as Area[]): TextLine[] {
  return areas.flatMap((area) =>
    AREAS[area]().flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .map((text, i) => ({ area, file: relative(ROOT, path), line: i + 1, text })),
    ),
  );
}

export const where = (l: TextLine) => `${l.file}:${l.line}`;
