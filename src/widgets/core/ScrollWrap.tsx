import { useEffect, useRef, useState, type ReactNode } from 'react';
import { sidePosition, type SidePosition } from './side-scroll';

/**
 * A box that lets a wide table scroll sideways (tables of addresses and conntrack tuples do not fit
 * a phone). While its content overflows it is a tab stop, so keyboard users can scroll it too
 * (WCAG 2.1.1; axe scrollable-region-focusable); when everything fits it adds no stop. Its
 * `data-overflow` makes the side that has more fade out (site.css), so a cut-off column reads as
 * "there is more" rather than as the table's end.
 */
export function ScrollWrap({ className = '', label, children }: { className?: string; label?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  // Until the island hydrates (client:visible waits for the reader to scroll to it) nobody can
  // measure, so the server-rendered box starts as a tab stop; the first measurement corrects it.
  const [where, setWhere] = useState<SidePosition | undefined>(undefined);
  const scrolls = where !== 'none';
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const check = () => setWhere(sidePosition(el));
    el.addEventListener('scroll', check, { passive: true });
    const resize = new ResizeObserver(check);
    resize.observe(el);
    // New rows can widen the table without resizing the box itself.
    const content = new MutationObserver(check);
    content.observe(el, { childList: true, subtree: true, characterData: true });
    check();
    return () => {
      el.removeEventListener('scroll', check);
      resize.disconnect();
      content.disconnect();
    };
  }, []);
  return (
    // A tab stop needs a name for screen readers: `label` names it as a region while it scrolls.
    <div
      ref={ref}
      className={`nm-table-wrap ${className}`.trim()}
      tabIndex={scrolls ? 0 : undefined}
      data-overflow={where}
      role={scrolls && label ? 'region' : undefined}
      aria-label={scrolls && label ? label : undefined}
    >
      {children}
    </div>
  );
}
