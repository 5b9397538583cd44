/**
 * Widget state that should survive a reload or a language switch (scenario variant, step) lives
 * in the page's query string, namespaced per widget: `?lab=nat&step=12&nat.variant=forward`.
 * The site's language switch keeps the path; `keepQueryOnLanguageLinks` makes its links keep the query (also when
 * opened in a new tab), and src/nav/language-switch.ts adds the section on screen when one is clicked.
 */

export interface UrlState {
  [key: string]: string;
}

function params(): URLSearchParams | undefined {
  if (typeof window === 'undefined') return undefined;
  return new URLSearchParams(window.location.search);
}

/** Reads this widget's keys (`prefix.key`) from the query; `step` and `lab` are read when `lab` matches. */
export function readUrlState(lab: string): UrlState {
  const p = params();
  if (!p) return {};
  const out: UrlState = {};
  for (const [k, v] of p) {
    if (k.startsWith(`${lab}.`)) out[k.slice(lab.length + 1)] = v;
  }
  if (p.get('lab') === lab && p.has('step')) out.step = p.get('step')!;
  return out;
}

/** Writes this widget's state into the query with history.replaceState (no new history entries). */
export function writeUrlState(lab: string, state: UrlState): void {
  const p = params();
  if (!p) return;
  for (const k of [...p.keys()]) if (k.startsWith(`${lab}.`)) p.delete(k);
  for (const [k, v] of Object.entries(state)) {
    if (k === 'step') continue;
    if (v !== '') p.set(`${lab}.${k}`, v);
  }
  if (state.step !== undefined) {
    p.set('lab', lab);
    p.set('step', state.step);
  } else if (p.get('lab') === lab) {
    p.delete('lab');
    p.delete('step');
  }
  const qs = p.toString();
  const url = `${window.location.pathname}${qs ? `?${qs}` : ''}${window.location.hash}`;
  if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
    window.history.replaceState(window.history.state, '', url);
  }
  keepQueryOnLanguageLinks();
}

/**
 * Appends the current query to links that switch to the same page in the other language
 * (`hreflang` links and Starlight's language picker options), so widget state carries over.
 */
export function keepQueryOnLanguageLinks(): void {
  if (typeof document === 'undefined') return;
  const qs = window.location.search;
  const samePage = (path: string) => path.replace(/^\/(en|ko)\//, '/') === window.location.pathname.replace(/^\/(en|ko)\//, '/');
  document.querySelectorAll<HTMLAnchorElement>('a[hreflang]').forEach((a) => {
    const u = new URL(a.href, window.location.href);
    if (u.origin !== window.location.origin || !samePage(u.pathname)) return;
    u.search = qs;
    a.href = u.pathname + u.search + u.hash;
  });
  // Starlight's language menu navigates with `location.pathname = option.value`, which cannot carry
  // a query, so catch its change event first (capture phase on the wrapper) and keep the query.
  document.querySelectorAll<HTMLElement>('starlight-lang-select:not([data-nm-keeps-query])').forEach((wrapper) => {
    wrapper.dataset.nmKeepsQuery = '';
    wrapper.addEventListener(
      'change',
      (e) => {
        const select = e.target as HTMLSelectElement;
        if (!window.location.search || !select.value.startsWith('/')) return;
        const u = new URL(select.value, window.location.href);
        if (!samePage(u.pathname)) return;
        e.stopPropagation();
        window.location.href = u.pathname + window.location.search + window.location.hash;
      },
      true,
    );
  });
}
