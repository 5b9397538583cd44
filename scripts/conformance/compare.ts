/** Side-by-side comparison of what real Linux and the kernel observed for one scenario. */
import type { Observations } from './observations.ts';

export interface Row {
  what: string;
  linux: string;
  kernel: string;
  same: boolean;
  /** Set when the row is one Linux decides by a race: both sides showed one of its allowed outcomes. */
  race?: true;
}

/** A row Linux decides by a race, and the outcomes it can produce (see the scenario's `races`). */
export interface Race {
  what: string;
  oneOf: string[];
}

/**
 * Folds a raced row's outcomes into one row: the two sides agree when each shows exactly one of the
 * allowed outcomes (not necessarily the same one), since Linux could have produced either.
 */
function applyRaces(rows: Row[], races: Race[]): Row[] {
  let out = rows;
  for (const race of races) {
    const own = out.filter((r) => r.what === race.what && race.oneOf.some((o) => o === r.linux || o === r.kernel));
    if (!own.length) continue;
    const linuxSeen = race.oneOf.filter((o) => own.some((r) => r.linux === o));
    const kernelSeen = race.oneOf.filter((o) => own.some((r) => r.kernel === o));
    const same = linuxSeen.length === 1 && kernelSeen.length === 1;
    const merged: Row = { what: race.what, linux: linuxSeen.join(' + ') || '-', kernel: kernelSeen.join(' + ') || '-', same };
    if (same) merged.race = true;
    const at = out.indexOf(own[0]!);
    out = [...out.slice(0, at).filter((r) => !own.includes(r)), merged, ...out.slice(at + 1).filter((r) => !own.includes(r))];
  }
  return out;
}

const NONE = '(none)';

function listRows(what: string, linux: string[] | undefined, kernel: string[] | undefined): Row[] {
  const l = linux ?? [];
  const k = kernel ?? [];
  if (!l.length && !k.length) return [{ what, linux: NONE, kernel: NONE, same: true }];
  const items = [...new Set([...l, ...k])].sort();
  return items.map((item) => {
    const inL = l.includes(item);
    const inK = k.includes(item);
    return { what, linux: inL ? item : '-', kernel: inK ? item : '-', same: inL === inK };
  });
}

export function compareObservations(linux: Observations, kernel: Observations, stepLabels: string[], races: Race[] = []): Row[] {
  const rows: Row[] = [];
  const n = Math.max(linux.steps.length, kernel.steps.length);
  for (let i = 0; i < n; i++) {
    const l = linux.steps[i] ?? '-';
    const k = kernel.steps[i] ?? '-';
    rows.push({ what: `step ${i + 1} ${stepLabels[i] ?? ''}`.trim(), linux: l, kernel: k, same: l === k });
  }
  for (const key of [...new Set([...Object.keys(linux.rx), ...Object.keys(kernel.rx)])]) {
    const l = linux.rx[key];
    const k = kernel.rx[key];
    rows.push({ what: `${key} (frames)`, linux: String(l ?? '-'), kernel: String(k ?? '-'), same: l === k });
  }
  for (const [section, label] of [['fdb', 'fdb'], ['neigh', 'arp'], ['conntrack', 'conntrack']] as const) {
    for (const key of [...new Set([...Object.keys(linux[section]), ...Object.keys(kernel[section])])]) {
      rows.push(...listRows(`${label} ${key}`, linux[section][key], kernel[section][key]));
    }
  }
  return applyRaces(rows, races);
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

/** Plain-text table; differing rows are marked with "≠" so they stand out without colour. */
export function renderTable(rows: Row[]): string {
  const wWhat = Math.min(46, Math.max(4, ...rows.map((r) => r.what.length)));
  const wL = Math.min(70, Math.max(10, ...rows.map((r) => r.linux.length)));
  const lines = [`  ${pad('what', wWhat)}  ${pad('real Linux', wL)}  simulation kernel`];
  lines.push(`  ${'-'.repeat(wWhat)}  ${'-'.repeat(wL)}  ${'-'.repeat(17)}`);
  for (const r of rows) {
    const kernel = r.same && r.kernel === r.linux && r.linux !== '-' ? '(same)' : r.kernel;
    // "~": a race Linux may win either way; both sides gave an outcome Linux can give.
    lines.push(`${r.race ? '~' : r.same ? ' ' : '≠'} ${pad(r.what, wWhat)}  ${pad(r.linux, wL)}  ${kernel}`);
  }
  return lines.join('\n');
}
