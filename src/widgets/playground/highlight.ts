/**
 * Shiki, kept small: the tokenizer primitive (no HTML/hast layer) with our one grammar, one
 * css-variables theme and a regex engine that hands our patterns straight to RegExp (they are
 * written for it), so neither Oniguruma nor its translator ships. Loaded with a dynamic import
 * the first time an editor appears.
 */
import { codeToTokensBase, createCssVariablesTheme, createShikiPrimitive, type ShikiPrimitive } from 'shiki/core';
import { JavaScriptScanner } from 'shiki/engine/javascript';
import { interfacesGrammar } from './grammar.ts';
import type { Token } from './tokens.ts';

const THEME = 'netmodes-interfaces';
const theme = createCssVariablesTheme({ name: THEME, variablePrefix: '--nmp-hl-', fontStyle: true });

let primitive: ShikiPrimitive | undefined;

function get(): ShikiPrimitive {
  if (!primitive) {
    const cache = new Map<string, RegExp | Error>();
    primitive = createShikiPrimitive({
      themes: [theme],
      langs: [interfacesGrammar as never],
      engine: {
        createScanner: (patterns) => new JavaScriptScanner(patterns, { cache, regexConstructor: (p) => new RegExp(p, 'dgmu') }),
        createString: (content) => ({ content }),
      },
    });
  }
  return primitive;
}

/** Tokens per line, each with its offset in the whole text and its theme colour (a CSS variable). */
export function highlightInterfaces(text: string): Token[][] {
  const lines = codeToTokensBase(get(), text, { lang: 'interfaces', theme: THEME });
  return lines.map((line) =>
    line.map((t) => ({ content: t.content, offset: t.offset, ...(t.color ? { color: t.color } : {}), ...(t.fontStyle ? { italic: (t.fontStyle & 1) === 1 } : {}) })),
  );
}
