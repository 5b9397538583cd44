/** Side-by-side comparison of what real Linux and the kernel observed for one scenario. */
import type { Observations } from './observations.ts';

export interface Row {
  what: string;
  linux: string;
  kernel: string;
  same: boolean;
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

export function compareObservations(linux: Observations, kernel: Observations, stepLabels: string[]): Row[] {
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
  return rows;
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
    lines.push(`${r.same ? ' ' : '≠'} ${pad(r.what, wWhat)}  ${pad(r.linux, wL)}  ${kernel}`);
  }
  return lines.join('\n');
}
