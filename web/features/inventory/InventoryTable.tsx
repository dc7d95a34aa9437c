// The virtualized asset table: a sticky header and only the rows in view (plus a few) in the
// DOM, each a fixed 28 px, so 100,000 assets scroll without long main-thread tasks.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef, type MouseEvent } from 'react';
import { gridStyle, type Column } from './columns.js';
import { assetKey, valueOf, type Inventory } from './inventory-data.js';
import type { SortKey } from './search.js';
import type { Selection } from './useSelection.js';

export const ROW_HEIGHT = 28;

interface TableProps {
  inv: Inventory;
  view: Int32Array;
  columns: Column[];
  sort: SortKey | undefined;
  dir: 'asc' | 'desc';
  onSort: (key: SortKey) => void;
  selection: Selection;
  /** Whether the checkbox column shows (the user may change assets of some site). */
  selectable: boolean;
  /** Sites whose assets the user may change. */
  editableSites: ReadonlySet<string>;
  openKey: string | null;
  onOpen: (row: number) => void;
  /** Changes when filters or sort change: the table scrolls back to the top. */
  resetKey: string;
  /** A row to bring into view once (a shared link to an asset). */
  revealRow: number | null;
}

export function InventoryTable(p: TableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: p.view.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // Rendering inside the scroll event (flushSync) makes each event a task of its own; batched,
    // a fast scroll renders once per frame.
    useFlushSync: false,
  });
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [p.resetKey]);
  const revealed = useRef(false);
  useEffect(() => {
    if (revealed.current || p.revealRow === null) return;
    const position = p.view.indexOf(p.revealRow);
    if (position >= 0) virtualizer.scrollToIndex(position, { align: 'center' });
    revealed.current = true;
  }, [p.revealRow, p.view, virtualizer]);

  const style = useMemo(() => gridStyle(p.columns, p.selectable), [p.columns, p.selectable]);
  const items = virtualizer.getVirtualItems();
  const allTicked = p.selection.selectableInView > 0 && p.selection.inView === p.selection.selectableInView;
  return (
    <div
      ref={scrollRef}
      className="inv-scroll"
      role="table"
      aria-label="Assets"
      aria-rowcount={p.view.length + 1}
      // Focusable, so arrow and page keys scroll the table.
      tabIndex={0}
    >
      <div role="rowgroup" className="inv-head">
        <div role="row" aria-rowindex={1} className="inv-row" style={style}>
          {p.selectable && (
            <div role="columnheader" className="inv-cell inv-check">
              <input
                type="checkbox"
                aria-label="Select all filtered assets"
                title="Select all filtered assets"
                checked={allTicked}
                ref={(el) => {
                  if (el) el.indeterminate = p.selection.inView > 0 && !allTicked;
                }}
                onChange={() => p.selection.setAll(!allTicked)}
                disabled={p.selection.selectableInView === 0}
              />
            </div>
          )}
          {p.columns.map((c) => {
            const active = c.sort !== undefined && c.sort === p.sort;
            return (
              <div
                key={c.key}
                role="columnheader"
                className={`inv-cell ${c.className === 'num' ? 'num' : ''}`}
                aria-sort={active ? (p.dir === 'desc' ? 'descending' : 'ascending') : 'none'}
              >
                {c.sort ? (
                  <button
                    type="button"
                    className="inv-sort"
                    onClick={() => c.sort && p.onSort(c.sort)}
                    title={`Sort by ${c.label.toLowerCase()}`}
                  >
                    {c.label}
                    <span aria-hidden className="inv-sort-mark">
                      {active ? (p.dir === 'desc' ? '▼' : '▲') : ''}
                    </span>
                  </button>
                ) : (
                  c.label
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div
        role="rowgroup"
        className="inv-body"
        style={{ height: virtualizer.getTotalSize(), minWidth: style.minWidth }}
      >
        {items.map((item) => {
          const row = p.view[item.index] as number;
          const key = assetKey(p.inv, row);
          const site = valueOf(p.inv.site, row) ?? '';
          return (
            <Row
              // Keyed by slot: the window holds `items.length` consecutive rows, so a row that
              // scrolls in takes the element of the one that scrolled out (same index modulo the
              // window) and the rows still in view keep theirs without rendering again. A jump
              // refills the elements instead of replacing every DOM node.
              key={item.index % items.length}
              inv={p.inv}
              row={row}
              position={item.index}
              start={item.start}
              columns={p.columns}
              style={style}
              selectable={p.selectable}
              editable={p.editableSites.has(site)}
              ticked={p.selection.keys.has(key)}
              open={p.openKey === key}
              toggle={p.selection.toggle}
              onOpen={p.onOpen}
            />
          );
        })}
      </div>
    </div>
  );
}

interface RowProps {
  inv: Inventory;
  row: number;
  position: number;
  start: number;
  columns: Column[];
  style: { gridTemplateColumns: string; minWidth: number };
  selectable: boolean;
  editable: boolean;
  ticked: boolean;
  open: boolean;
  toggle: (position: number, shift: boolean) => void;
  onOpen: (row: number) => void;
}

const Row = memo(function Row(r: RowProps) {
  const id = r.inv.id[r.row] ?? '';
  const onClick = (e: MouseEvent) => {
    // Clicks on the checkbox tick; anywhere else opens the asset.
    if ((e.target as HTMLElement).closest('input')) return;
    r.onOpen(r.row);
  };
  return (
    <div
      role="row"
      aria-rowindex={r.position + 2}
      className={`inv-row${r.ticked ? ' ticked' : ''}${r.open ? ' open' : ''}${r.position % 2 ? ' odd' : ''}`}
      style={{ ...r.style, transform: `translateY(${r.start}px)` }}
      onClick={onClick}
    >
      {r.selectable && (
        <div role="cell" className="inv-cell inv-check">
          <input
            type="checkbox"
            aria-label={`Select ${id}`}
            checked={r.ticked}
            disabled={!r.editable}
            title={r.editable ? undefined : 'You may not change assets of this site'}
            onClick={(e) => r.toggle(r.position, e.shiftKey)}
            onChange={() => undefined}
          />
        </div>
      )}
      {r.columns.map((c) => {
        if (c.key === 'id')
          return (
            <div key="id" role="cell" className="inv-cell mono">
              <button type="button" className="link inv-open" title={`Open ${id}`}>
                {id}
              </button>
            </div>
          );
        const text = c.text?.(r.inv, r.row);
        return (
          <div key={c.key} role="cell" className={`inv-cell ${c.className ?? ''}`} title={text || undefined}>
            {c.render ? c.render(r.inv, r.row) : text}
          </div>
        );
      })}
    </div>
  );
});
