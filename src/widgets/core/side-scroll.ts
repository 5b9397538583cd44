/**
 * Where a box that scrolls sideways stands: `none` (everything fits), `start`, `middle` or `end`.
 * Written on the box as `data-overflow`, it lets the site's CSS fade the edge that has more
 * (src/styles/site.css), for lesson tables, diagrams and widget tables alike.
 */
export type SidePosition = 'none' | 'start' | 'middle' | 'end';

export function sidePosition(el: HTMLElement): SidePosition {
  const max = el.scrollWidth - el.clientWidth;
  if (max <= 1) return 'none';
  const at = Math.abs(el.scrollLeft);
  if (at <= 1) return 'start';
  return at >= max - 1 ? 'end' : 'middle';
}
