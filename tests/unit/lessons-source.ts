/**
 * Reads the lesson and glossary MDX straight from disk and pulls out the parts the lesson tests
 * compare: headings, widget/quiz slots, interfaces config blocks, diagrams, glossary ids and links.
 * Plain text scanning on purpose: the tests must run without an Astro build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];

export const DOCS_DIR = join(import.meta.dirname, '..', '..', 'content', 'docs');

/** The course's lessons in sidebar order, with the widgets (`<LessonWidget id>`) each one embeds. */
export const LESSONS = {
  overview: ['mode-chooser', 'topology-overview'],
  bridge: ['bridge-learning', 'config-playground-bridge'],
  routed: ['routed-provider', 'config-playground-routed'],
  nat: ['nat-lab', 'config-playground-nat'],
  'routed-vs-nat': ['routed-vs-nat'],
  bond: ['bond-lab', 'config-playground-bond'],
  'small-office': ['small-office'],
} as const satisfies Record<string, readonly string[]>;
export type LessonSlug = keyof typeof LESSONS;
export const LESSON_SLUGS = Object.keys(LESSONS) as LessonSlug[];

export const REQUIRED_TERMS = [
  'bridge', 'mac-address', 'fdb', 'flooding', 'arp', 'proxy-arp', 'ip-forward', 'routing-table', 'nat',
  'masquerade', 'snat', 'dnat', 'conntrack', 'conntrack-zone', 'bond', 'lacp', 'active-backup', 'miimon',
  'xmit-hash-policy', 'vlan', 'corosync', 'stp',
].map((t) => `term-${t}`);

export function lessonPath(locale: Locale, slug: string): string {
  return join(DOCS_DIR, locale, 'lessons', `${slug}.mdx`);
}

export function glossaryPath(locale: Locale): string {
  return join(DOCS_DIR, locale, 'course', 'glossary.mdx');
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Slugs of every lesson page present for a locale (other helpers may add lessons too). */
export function lessonSlugsOnDisk(locale: Locale): string[] {
  return readdirSync(join(DOCS_DIR, locale, 'lessons'))
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => f.replace(/\.mdx?$/, ''))
    .sort();
}

/** Every .md/.mdx file under content/docs/<locale>, as paths. */
export function docsFiles(locale: Locale): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : /\.mdx?$/.test(e.name) ? [join(dir, e.name)] : [],
    );
  return walk(join(DOCS_DIR, locale));
}

export function splitFrontmatter(text: string): { frontmatter: string; body: string; bodyStartLine: number } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) return { frontmatter: '', body: text, bodyStartLine: 1 };
  return { frontmatter: m[1] ?? '', body: text.slice(m[0].length), bodyStartLine: m[0].split('\n').length };
}

export interface FencedBlock {
  info: string;
  body: string;
  /** 1-based line of the opening fence in the whole file. */
  line: number;
}

/** Fenced code blocks (``` only, as the lessons use), with their info string. */
export function fencedBlocks(text: string): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(.*)$/.exec(lines[i] ?? '');
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^\s*```\s*$/.test(lines[i] ?? ''); i++) body.push(lines[i] ?? '');
    blocks.push({ info: (open[2] ?? '').trim(), body: body.join('\n') + '\n', line: start + 1 });
  }
  return blocks;
}

/** The text with fenced code replaced by blank lines, so code never counts as headings or links. */
export function withoutFences(text: string): string {
  const lines = text.split('\n');
  let inFence = false;
  return lines
    .map((line) => {
      if (/^\s*```/.test(line)) {
        inFence = !inFence;
        return '';
      }
      return inFence ? '' : line;
    })
    .join('\n');
}

export const INTERFACES_INFO = /^ini title="\/etc\/network\/interfaces"( mistake)?$/;

export interface ConfigBlock extends FencedBlock {
  mistake: boolean;
}

export function interfacesBlocks(text: string): ConfigBlock[] {
  return fencedBlocks(text).flatMap((b) => {
    const m = INTERFACES_INFO.exec(b.info);
    return m ? [{ ...b, mistake: m[1] !== undefined }] : [];
  });
}

/** `##` and `###` headings outside code, as "level text". */
export function headings(text: string): string[] {
  return withoutFences(text)
    .split('\n')
    .filter((l) => /^#{2,3} \S/.test(l))
    .map((l) => l.trim());
}

export interface Slot {
  kind: 'widget' | 'quiz';
  id: string;
}

/** The widgets and the quiz a lesson embeds, in order: `<LessonWidget id="…" />`, `<QuizBlock mode="…" />`. */
export function slots(text: string): Slot[] {
  return [...withoutFences(text).matchAll(/^<(LessonWidget id|QuizBlock mode)="([a-z0-9-]+)" \/>$/gm)].map((m) => ({
    kind: m[1] === 'QuizBlock mode' ? 'quiz' : 'widget',
    id: m[2] ?? '',
  }));
}

/** Anything that looks like an embedded widget or quiz (or a leftover slot marker), well-formed or not. */
export function slotLikeComments(text: string): string[] {
  return [...withoutFences(text).matchAll(/<(?:LessonWidget|QuizBlock)\b[^>]*>|\{\/\*\s*slot:[^*]*\*\/\}/g)].map((m) => m[0]);
}

/** "Try it" paragraphs per lesson: one per widget, plus exercises that send the reader back to a lab above. */
export const TRY_ITS: Record<LessonSlug, number> = {
  overview: 2,
  bridge: 3,
  routed: 2,
  nat: 2,
  'routed-vs-nat': 1,
  bond: 2,
  'small-office': 1,
};

export function mermaidAlts(text: string): string[] {
  return [...withoutFences(text).matchAll(/<Mermaid\s+alt="([^"]*)"/g)].map((m) => m[1] ?? '');
}

export function mermaidCount(text: string): number {
  return (withoutFences(text).match(/<Mermaid\b/g) ?? []).length;
}

export function glossaryTermIds(text: string): string[] {
  return [...text.matchAll(/<dt id="(term-[a-z0-9-]+)"/g)].map((m) => m[1] ?? '');
}

export interface GlossaryLink {
  locale: string;
  id: string;
}

export function glossaryLinks(text: string): GlossaryLink[] {
  return [...withoutFences(text).matchAll(/\/(\w\w)\/course\/glossary\/#([\w-]+)/g)].map((m) => ({
    locale: m[1] ?? '',
    id: m[2] ?? '',
  }));
}

/** Links to lesson pages: /xx/lessons/slug/ with an optional #anchor. */
export function lessonLinks(text: string): Array<{ locale: string; slug: string }> {
  return [...withoutFences(text).matchAll(/\]\(\/(\w\w)\/lessons\/([\w-]+)\/(?:#[\w-]+)?\)/g)].map((m) => ({
    locale: m[1] ?? '',
    slug: m[2] ?? '',
  }));
}

export function anchorLinks(text: string): string[] {
  return [...withoutFences(text).matchAll(/\]\(#([\w-]+)\)/g)].map((m) => m[1] ?? '');
}

export function explicitIds(text: string): string[] {
  return [...withoutFences(text).matchAll(/\bid="([\w-]+)"/g)].map((m) => m[1] ?? '');
}

export function frontmatterField(frontmatter: string, field: string): string | undefined {
  return new RegExp(`^${field}:\\s*(.*)$`, 'm').exec(frontmatter)?.[1]?.trim();
}

export function outcomes(frontmatter: string): string[] {
  const m = /^outcomes:\s*\n((?:\s+- .*\n?)+)/m.exec(frontmatter);
  return m ? (m[1] ?? '').split('\n').filter((l) => /^\s+- /.test(l)) : [];
}

export const CHECKER_OUTPUT_INFO = 'text title="netmodes check interfaces"';

/** The fenced block right after `block` (the checker's output shown under a deliberate mistake). */
export function blockAfter(text: string, block: FencedBlock): FencedBlock | undefined {
  return fencedBlocks(text).find((b) => b.line > block.line);
}
