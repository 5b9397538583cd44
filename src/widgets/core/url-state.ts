/**
 * Widget state that should survive a reload or a language switch (scenario variant, step) lives
 * in the page's query string, namespaced per widget: `?lab=nat&step=12&nat.variant=forward`.
 * The site's language switch (src/nav/language-switch.ts) carries the query to the other language.
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
}
