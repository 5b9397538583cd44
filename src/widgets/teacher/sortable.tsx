/**
 * Sortable table columns: the header is a button (keyboard, screen readers) and the column carries
 * aria-sort, so the order is announced, not only drawn as an arrow.
 */
import { useState } from 'react';

export type Direction = 'ascending' | 'descending';
export interface SortState<K extends string> {
  key: K;
  dir: Direction;
}

export function useSort<K extends string>(initial: K): [SortState<K>, (key: K) => void] {
  const [sort, setSort] = useState<SortState<K>>({ key: initial, dir: 'ascending' });
  const toggle = (key: K) => setSort((s) => (s.key === key ? { key, dir: s.dir === 'ascending' ? 'descending' : 'ascending' } : { key, dir: 'ascending' }));
  return [sort, toggle];
}

/** A sorted copy; ties keep their original order (Array.prototype.sort is stable). */
export function sortBy<T, K extends string>(items: readonly T[], sort: SortState<K>, value: (item: T, key: K) => number | string): T[] {
  const sign = sort.dir === 'ascending' ? 1 : -1;
  return [...items].sort((a, b) => {
    const x = value(a, sort.key);
    const y = value(b, sort.key);
    return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y)));
  });
}

export function SortHeader<K extends string>({ label, column, sort, onSort }: { label: string; column: K; sort: SortState<K>; onSort: (key: K) => void }) {
  const active = sort.key === column;
  return (
    <th scope="col" aria-sort={active ? sort.dir : 'none'}>
      <button type="button" className="nm-sort" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true">{active ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </th>
  );
}
