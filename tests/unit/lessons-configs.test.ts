// Every /etc/network/interfaces block a lesson shows is something a reader may paste onto a real
// Proxmox host, so it has to check clean; every block the lesson presents as a mistake has to be one
// the checker actually catches, or the text around it would be describing a diagnostic that never appears.
import { describe, expect, it } from 'vitest';
import { checkInterfaces, formatDiagnostic, messageText, type Diagnostic } from '../../src/config/index.ts';
import {
  CHECKER_OUTPUT_INFO,
  LESSON_SLUGS,
  LOCALES,
  blockAfter,
  interfacesBlocks,
  lessonPath,
  readText,
} from './lessons-source.ts';

// The fence is on `fenceLine`, so the block's line 1 is the file's line fenceLine + 1.
const describeDiagnostic = (d: Diagnostic, fenceLine: number) =>
  `file line ${fenceLine + d.span.line}:${d.span.col}: ${d.severity} ${d.code}: ${messageText(d, 'en')}`;

const cases = LOCALES.flatMap((locale) =>
  LESSON_SLUGS.flatMap((slug) =>
    interfacesBlocks(readText(lessonPath(locale, slug))).map((block, n) => ({
      name: `${locale}/lessons/${slug}.mdx block ${n + 1} (line ${block.line})${block.mistake ? ' [mistake]' : ''}`,
      locale,
      slug,
      block,
    })),
  ),
);

describe('interfaces config blocks in the lessons', () => {
  it('finds the config blocks (the extraction itself works)', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(cases.some((c) => c.block.mistake)).toBe(true);
  });

  it.each(cases.filter((c) => !c.block.mistake))('$name checks clean', ({ block }) => {
    const problems = checkInterfaces(block.body).diagnostics.filter((d) => d.severity !== 'info');
    expect(problems.map((d) => describeDiagnostic(d, block.line))).toEqual([]);
  });

  it.each(cases.filter((c) => c.block.mistake))('$name is caught with an error', ({ block }) => {
    const errors = checkInterfaces(block.body).diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
  });

  // The lesson prints the checker's real output under each mistake, in the lesson's language. If the
  // checker's wording changes, paste the "expected" text from the failure into the lesson.
  it.each(cases.filter((c) => c.block.mistake))('$name is followed by the checker output it produces', ({ locale, slug, block }) => {
    const shown = blockAfter(readText(lessonPath(locale, slug)), block);
    expect(shown?.info).toBe(CHECKER_OUTPUT_INFO);
    const checked = checkInterfaces(block.body);
    const expected = checked.diagnostics
      .filter((d) => d.severity !== 'info')
      .map((d) => formatDiagnostic(d, { lang: locale, file: 'interfaces', index: checked.index }))
      .join('\n');
    expect(shown?.body.trimEnd()).toBe(expected);
  });

  it('reports the same diagnostics for a mistake in both languages', () => {
    for (const slug of LESSON_SLUGS) {
      const codes = (locale: (typeof LOCALES)[number]) =>
        interfacesBlocks(readText(lessonPath(locale, slug)))
          .filter((b) => b.mistake)
          .map((b) => checkInterfaces(b.body).diagnostics.map((d) => d.code));
      expect(codes('ko'), slug).toEqual(codes('en'));
    }
  });
});
