/**
 * Pairs the section headings of a page with those of the same page in the other language. Heading
 * ids are slugs of the heading text, so they differ between Korean and English; the lessons keep
 * the same heading structure in both (tests/unit/lessons-parity.test.ts), so the n-th heading of one
 * is the n-th of the other. Pages whose structures differ get no pairs rather than wrong ones.
 */
export interface HeadingLike {
  depth: number;
  slug: string;
}

export function pairSections(mine: readonly HeadingLike[], theirs: readonly HeadingLike[]): Record<string, string> {
  if (mine.length !== theirs.length || mine.some((h, i) => h.depth !== theirs[i]!.depth)) return {};
  return Object.fromEntries(mine.map((h, i) => [h.slug, theirs[i]!.slug]));
}

/** The fragment to carry to the other language: a mapped section, or any non-heading fragment as it is. */
export function carriedHash(hash: string, map: Readonly<Record<string, string>>, headingIds: ReadonlySet<string>, inView: string | undefined): string {
  let id = '';
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return hash;
  }
  // Widget state (#play=…, #t=…), glossary terms and demo anchors have the same id in both languages.
  if (id && !headingIds.has(id)) return hash;
  // The section on screen, which is where the reader is even after scrolling past the linked one.
  const current = inView ?? id;
  const mapped = current ? map[current] : undefined;
  return mapped ? `#${encodeURIComponent(mapped)}` : '';
}
