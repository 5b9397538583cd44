/**
 * Browser-side helper shared by lesson tables and diagrams that are wider than the column: it tells
 * the reader that there is more to the side, and keeps the region reachable by keyboard.
 *
 * The element gets `data-overflow` = `none` | `start` | `middle` | `end` (where its scroll position
 * is), which the CSS turns into a fading edge on the side that has more; it is a tab stop exactly
 * while it overflows (WCAG 2.1.1, axe scrollable-region-focusable); and a visible hint is placed
 * above it until the reader has scrolled it once. The hint is aria-hidden: a screen reader reads a
 * table or a diagram's text alternative whole, so "scroll sideways" would only be noise there.
 */
import { sidePosition } from '../widgets/core/side-scroll';

interface Watched {
  hint: HTMLElement;
  scrolled: boolean;
}

const watched = new WeakMap<HTMLElement, Watched>();

function update(el: HTMLElement): void {
  const state = watched.get(el);
  if (!state) return;
  const where = sidePosition(el);
  el.dataset.overflow = where;
  if (where === 'none') el.removeAttribute('tabindex');
  else el.setAttribute('tabindex', '0');
  state.hint.hidden = where === 'none' || state.scrolled;
}

const resizes = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver((entries) => entries.forEach((e) => update(e.target as HTMLElement)));

/** Starts watching `el` (idempotent); `hintText` is the visible "scroll sideways" line in the page's language. */
export function watchSideScroll(el: HTMLElement, hintText: string): void {
  if (watched.has(el)) {
    update(el);
    return;
  }
  const hint = document.createElement('p');
  hint.className = 'nm-scroll-hint not-content';
  hint.setAttribute('aria-hidden', 'true');
  hint.dataset.pagefindIgnore = '';
  hint.textContent = hintText;
  hint.hidden = true;
  el.before(hint);
  watched.set(el, { hint, scrolled: false });
  el.addEventListener(
    'scroll',
    () => {
      const state = watched.get(el);
      if (state && Math.abs(el.scrollLeft) > 1) state.scrolled = true;
      update(el);
    },
    { passive: true },
  );
  resizes?.observe(el);
  update(el);
}
