/**
 * Shiki, kept small: the core with our one grammar, one css-variables theme and a regex engine that
 * hands our patterns straight to RegExp (they are written for it), so no Oniguruma or its
 * translator ships. Loaded with a dynamic import the first time an editor appears.
 */
import { createCssVariablesTheme, createHighlighterCoreSync, type HighlighterCore } from 'shiki/core';
import { JavaScriptScanner } from 'shiki/engine/javascript';
import { interfacesGrammar } from './grammar.ts';
import type { Token } from './tokens.ts';

const theme = createCssVariablesTheme({ name: 'netmodes-interfaces', variablePrefix: '--nmp-hl-', fontStyle: true });

let highlighter: HighlighterCore | undefined;

function get(): HighlighterCore {
  if (!highlighter) {
    const cache = new Map<string, RegExp | Error>();
    highlighter = createHighlighterCoreSync({
      themes: [theme],
      langs: [interfacesGrammar as never],
      engine: {
        createScanner: (patterns) => new JavaScriptScanner(patterns, { cache, regexConstructor: (p) => new RegExp(p, 'dgmu') }),
        createString: (content) => ({ content }),
      },
    });
  }
  return highlighter;
}

/** Tokens per line, each with its offset in the whole text and its theme colour (a CSS variable). */
export function highlightInterfaces(text: string): Token[][] {
  const { tokens } = get().codeToTokens(text, { lang: 'interfaces', theme: 'netmodes-interfaces' });
  return tokens.map((line) =>
    line.map((t) => ({ content: t.content, offset: t.offset, ...(t.color ? { color: t.color } : {}), ...(t.fontStyle ? { italic: (t.fontStyle & 1) === 1 } : {}) })),
  );
}
