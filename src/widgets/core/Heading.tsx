/**
 * A heading whose level the host page chooses: a lab page puts the widget right under its h1
 * (level 2), a lesson may embed it inside an h2 section (level 3). Sub-headings go one deeper.
 */
import type { ReactNode } from 'react';

export type HeadingLevel = 2 | 3 | 4;

export function Heading({ level, id, children }: { level: number; id?: string; children: ReactNode }) {
  const l = Math.min(6, Math.max(2, level));
  const Tag = `h${l}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  return <Tag id={id} className="nm-heading">{children}</Tag>;
}
