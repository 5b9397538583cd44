/**
 * The playground keeps its text in the URL hash. Starlight's language picker sets
 * `location.pathname`, which keeps the hash by itself; the header's language links (a[hreflang])
 * are plain hrefs, so they get the hash here. Switching language never loses what the reader wrote.
 */
export function carryHashOnLanguageLinks(hash: string): void {
  if (typeof document === 'undefined') return;
  const page = (path: string) => path.replace(/^\/(en|ko)\//, '/');
  const here = page(window.location.pathname);
  const withHash = (value: string) => {
    const u = new URL(value, window.location.href);
    if (u.origin !== window.location.origin || page(u.pathname) !== here) return undefined;
    u.hash = hash;
    return u.pathname + u.search + u.hash;
  };
  document.querySelectorAll<HTMLAnchorElement>('a[hreflang]').forEach((a) => {
    const next = withHash(a.href);
    if (next) a.href = next;
  });
}
