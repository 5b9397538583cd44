/**
 * Tables as the TablesPanel shows them: already-formatted cells plus a signature per row that
 * leaves out columns that change on their own (ages, timers), so "changed" means the entry changed.
 */
export type TableTab = 'fdb' | 'neigh' | 'routes' | 'conntrack' | 'bonds';

export const TABLE_TABS: readonly TableTab[] = ['fdb', 'neigh', 'routes', 'conntrack', 'bonds'];

export interface TableRow {
  key: string;
  cells: string[];
  sig: string;
}

export interface TableView {
  /** Stable id across steps, e.g. `fdb:pve/vmbr0`. */
  id: string;
  tab: TableTab;
  caption: string;
  columns: string[];
  /** Index of columns rendered in monospace (addresses). */
  mono?: number[];
  rows: TableRow[];
  /** What the codes in the rows mean (the NUD states of an ARP table), shown under the table. */
  legend?: Array<{ term: string; text: string }>;
}

export type RowChange = 'new' | 'changed';

export const changeKey = (tableId: string, rowKey: string): string => `${tableId}\u0000${rowKey}`;

/** Rows that are new or changed in `cur` compared with `prev` (the previous step). */
export function diffTables(prev: readonly TableView[] | undefined, cur: readonly TableView[]): Map<string, RowChange> {
  const out = new Map<string, RowChange>();
  if (!prev) return out;
  const before = new Map<string, string>();
  for (const t of prev) for (const r of t.rows) before.set(changeKey(t.id, r.key), r.sig);
  for (const t of cur) {
    for (const r of t.rows) {
      const k = changeKey(t.id, r.key);
      const old = before.get(k);
      if (old === undefined) out.set(k, 'new');
      else if (old !== r.sig) out.set(k, 'changed');
    }
  }
  return out;
}
