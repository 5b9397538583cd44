/**
 * The language switch (Starlight's language menu and the header's plain link on phones) lands on
 * the same page in the other language with the same widget state (the query) and at the same section:
 * the heading on screen is mapped to its counterpart (src/nav/section-map.ts, pairs emitted at build
 * time by SectionMap.astro). Runs on click/change, so it sees the query and scroll position of that moment.
 */
import { carriedHash } from './section-map.ts';

const LOCALE_PREFIX = /^\/(en|ko)(?=\/|$)/;
const samePage = (a: string, b: string) => a.replace(LOCALE_PREFIX, '') === b.replace(LOCALE_PREFIX, '');

function sectionMap(): Record<string, string> {
  try {
    return JSON.parse(document.getElementById('nm-section-map')?.textContent ?? '{}') as Record<string, string>;
  } catch {
    return {};
  }
}

/** The last heading whose top has passed the upper third of the window: the section being read. */
function sectionInView(headings: readonly HTMLElement[]): string | undefined {
  const line = window.innerHeight / 3;
  let current: string | undefined;
  for (const h of headings) {
    if (h.getBoundingClientRect().top > line) break;
    current = h.id;
  }
  return current;
}

function targetUrl(path: string): string {
  const map = sectionMap();
  const headings = [...document.querySelectorAll<HTMLElement>('.sl-markdown-content :is(h2, h3, h4)[id]')];
  const hash = carriedHash(window.location.hash, map, new Set(headings.map((h) => h.id)), sectionInView(headings));
  return `${path}${window.location.search}${hash}`;
}

function install() {
  document.addEventListener(
    'click',
    (e) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = (e.target as Element | null)?.closest?.<HTMLAnchorElement>('a[hreflang]');
      if (!link) return;
      const u = new URL(link.href, window.location.href);
      if (u.origin !== window.location.origin || !samePage(u.pathname, window.location.pathname)) return;
      e.preventDefault();
      window.location.href = targetUrl(u.pathname);
    },
    true,
  );
  // Starlight's menu navigates with `location.pathname = value`; take the change first (capture).
  document.addEventListener(
    'change',
    (e) => {
      const select = e.target;
      if (!(select instanceof HTMLSelectElement) || !select.closest('starlight-lang-select')) return;
      const u = new URL(select.value, window.location.href);
      if (!samePage(u.pathname, window.location.pathname)) return;
      e.stopPropagation();
      window.location.href = targetUrl(u.pathname);
    },
    true,
  );
}

install();
