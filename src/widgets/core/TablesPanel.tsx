/**
 * TablesPanel: the kernel's tables at the current step (bridge MAC tables, ARP/neighbour,
 * routes, conntrack, bond slaves + LACP) as real <table>s with captions, grouped in tabs. Rows
 * that are new or changed since the previous step are highlighted and say so to screen readers.
 *
 * Props:
 * - `lang`: 'en' | 'ko'.
 * - `tables`: TableView[] for this step (build with tablesFromSim).
 * - `changes`: result of diffTables(previousStepTables, tables).
 * - `initialTab`: tab shown first (default: the first tab that has a table).
 * - `tabs`: which tabs to offer, in order (default: every tab that has a table).
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { ScrollWrap } from './ScrollWrap.tsx';
import { ui, type UiStrings } from '../i18n/ui.ts';
import type { Lang } from '../i18n/lang.ts';
import { changeKey, TABLE_TABS, type RowChange, type TableTab, type TableView } from './tables-model.ts';
import './widgets.css';

export interface TablesPanelProps {
  lang: Lang;
  tables: readonly TableView[];
  changes: ReadonlyMap<string, RowChange>;
  initialTab?: TableTab;
  tabs?: readonly TableTab[];
}

const TAB_LABEL: Record<TableTab, keyof UiStrings> = {
  fdb: 'tabFdb',
  neigh: 'tabNeigh',
  routes: 'tabRoutes',
  conntrack: 'tabConntrack',
  bonds: 'tabBonds',
};

export function TablesPanel({ lang, tables, changes, initialTab, tabs }: TablesPanelProps) {
  const t = ui(lang);
  const offered = (tabs ?? TABLE_TABS).filter((tab) => tabs !== undefined || tables.some((x) => x.tab === tab));
  const [chosen, setChosen] = useState<TableTab | undefined>(initialTab);
  const current = chosen && offered.includes(chosen) ? chosen : offered[0];
  const baseId = useId();
  const tabRefs = useRef(new Map<TableTab, HTMLButtonElement>());

  if (!offered.length || !current) return <p className="nm-empty">{t.noTables}</p>;

  const tabChanged = (tab: TableTab) => tables.some((tv) => tv.tab === tab && tv.rows.some((r) => changes.has(changeKey(tv.id, r.key))));

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = offered.indexOf(current);
    let next: TableTab | undefined;
    if (e.key === 'ArrowRight') next = offered[(i + 1) % offered.length];
    else if (e.key === 'ArrowLeft') next = offered[(i - 1 + offered.length) % offered.length];
    else if (e.key === 'Home') next = offered[0];
    else if (e.key === 'End') next = offered[offered.length - 1];
    if (!next) return;
    e.preventDefault();
    e.stopPropagation();
    setChosen(next);
    tabRefs.current.get(next)?.focus();
  };

  return (
    <div className="nm-tables" role="group" aria-label={t.tablesLabel}>
      <div className="nm-tabs" role="tablist" aria-label={t.tablesLabel}>
        {offered.map((tab) => {
          const selected = tab === current;
          const changed = tabChanged(tab);
          return (
            <button
              key={tab}
              ref={(el) => {
                if (el) tabRefs.current.set(tab, el);
                else tabRefs.current.delete(tab);
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${tab}`}
              aria-selected={selected}
              aria-controls={`${baseId}-panel-${tab}`}
              tabIndex={selected ? 0 : -1}
              onClick={() => setChosen(tab)}
              onKeyDown={onTabKey}
            >
              {t[TAB_LABEL[tab]] as string}
              {changed && (
                <>
                  <span aria-hidden="true"> •</span>
                  <span className="nm-visually-hidden"> ({t.rowChanged})</span>
                </>
              )}
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id={`${baseId}-panel-${current}`} aria-labelledby={`${baseId}-tab-${current}`} tabIndex={0}>
        {tables
          .filter((tv) => tv.tab === current)
          .map((tv) => (
            <div className="nm-table-group" key={tv.id}>
              <ScrollWrap>
                <Table tv={tv} changes={changes} t={t} />
              </ScrollWrap>
              <Legend tv={tv} t={t} />
            </div>
          ))}
        {!tables.some((tv) => tv.tab === current) && <p className="nm-empty">{t.tableEmpty}</p>}
      </div>
    </div>
  );
}

function Table({ tv, changes, t }: { tv: TableView; changes: ReadonlyMap<string, RowChange>; t: UiStrings }) {
  const mono = new Set(tv.mono ?? []);
  return (
    <table data-table={tv.id}>
      <caption>{tv.caption}</caption>
      <thead>
        <tr>
          {tv.columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {tv.rows.length === 0 && (
          <tr>
            <td colSpan={tv.columns.length} className="nm-empty">
              {t.tableEmpty}
            </td>
          </tr>
        )}
        {tv.rows.map((r) => {
          const change = changes.get(changeKey(tv.id, r.key));
          return (
            <tr key={r.key} className={change ? `nm-row-${change}` : undefined} data-change={change}>
              {r.cells.map((c, i) => (
                <td key={i} className={mono.has(i) ? 'nm-mono' : undefined}>
                  {c}
                  {i === 0 && change && (
                    <span className="nm-row-flag">{change === 'new' ? t.rowNew : t.rowChanged}</span>
                  )}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The meaning of the codes a table shows (ARP states), as a description list under it. */
function Legend({ tv, t }: { tv: TableView; t: UiStrings }) {
  if (!tv.legend?.length) return null;
  return (
    <div role="group" aria-label={t.legendLabel(tv.caption)}>
      <dl className="nm-table-legend">
        {tv.legend.map((l) => (
          <div key={l.term}>
            <dt className="nm-mono">{l.term}</dt>
            <dd>{l.text}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
