/**
 * The parsed /etc/network/interfaces file, in source order. Spans are optional so the same types serve
 * hand-built models (a widget adding a bridge) and parsed ones; `stripSpans` compares the two.
 */
import type { Span } from '../span.ts';
import type { Word } from './lexer.ts';

export interface CommentLine {
  kind: 'comment';
  /** Everything after the `#`. */
  text: string;
  span?: Span;
}

export interface BlankLine {
  kind: 'blank';
  span?: Span;
}

/** `auto NAME...`, `allow-hotplug NAME...` or `allow-CLASS NAME...`. */
export interface AutoLine {
  kind: 'auto';
  keyword: string;
  names: string[];
  span?: Span;
  words?: Word[];
}

export interface SourceLine {
  kind: 'source';
  keyword: 'source' | 'source-directory' | 'source-dir';
  path: string;
  span?: Span;
  words?: Word[];
}

/** One option line of a stanza: `name value`; the value is the rest of the logical line. */
export interface OptionLine {
  kind: 'option';
  name: string;
  value: string;
  span?: Span;
  /** words[0] is the name, then the value's words. */
  words?: Word[];
}

export type BodyItem = OptionLine | CommentLine | BlankLine;

export interface IfaceStanza {
  kind: 'iface';
  name: string;
  /** `inet`, `inet6`, or '' when the line leaves it out (ifupdown2 then assumes inet). */
  family: string;
  /** `static`, `manual`, `dhcp`, `loopback`, ... or '' when left out (then manual). */
  method: string;
  /** Words after the method, kept so the serializer does not lose them. */
  extra: string[];
  /** Never ends with a comment or blank line: those belong to what follows. */
  body: BodyItem[];
  span?: Span;
  words?: Word[];
}

export interface MappingStanza {
  kind: 'mapping';
  names: string[];
  body: BodyItem[];
  span?: Span;
  words?: Word[];
}

/** A line the parser could not place (reported); kept verbatim so nothing the user wrote is lost. */
export interface InvalidLine {
  kind: 'invalid';
  text: string;
  span?: Span;
}

export type TopItem = CommentLine | BlankLine | AutoLine | SourceLine | IfaceStanza | MappingStanza | InvalidLine;

export interface InterfacesDocument {
  items: TopItem[];
}

const SPAN_KEYS = new Set(['span', 'words']);

/** The document without source positions: what a hand-built model and a re-parse have in common. */
export function stripSpans(doc: InterfacesDocument): InterfacesDocument {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) if (!SPAN_KEYS.has(k) && x !== undefined) out[k] = strip(x);
      return out;
    }
    return v;
  };
  return strip(doc) as InterfacesDocument;
}
