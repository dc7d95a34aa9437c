// Which assets are ticked, by "site/id" key so a ticked asset stays ticked when the data reloads.
// Shift-click ticks the range from the last clicked row, in the order the table shows. Only
// assets of sites where the user may change assets can be ticked.
import { useCallback, useMemo, useRef, useState } from 'react';
import { assetKey, rowOfKey, type Inventory } from './inventory-data.js';

export interface Selection {
  keys: ReadonlySet<string>;
  /** Ticks or unticks the row at `position` of `view`; with shift, the range from the last click. */
  toggle: (position: number, shift: boolean) => void;
  /** Ticks (or unticks) every row of `view` that can be ticked. */
  setAll: (on: boolean) => void;
  clear: () => void;
  /** How many rows of `view` are ticked, and how many could be. */
  inView: number;
  selectableInView: number;
  /** Ticked keys that still exist in the data, grouped by site. */
  bySite: Map<string, string[]>;
}

export function useSelection(
  inv: Inventory | undefined,
  view: Int32Array,
  editableSites: ReadonlySet<string>,
): Selection {
  const [keys, setKeys] = useState<ReadonlySet<string>>(() => new Set());
  const anchor = useRef<number | null>(null);

  /** Per site (dictionary index): 1 when its assets can be ticked. */
  const editable = useMemo(
    () => Uint8Array.from(inv?.site.values ?? [], (s) => (editableSites.has(s) ? 1 : 0)),
    [inv, editableSites],
  );
  const selectable = useCallback(
    (row: number) => inv !== undefined && editable[inv.site.index[row] ?? -1] === 1,
    [inv, editable],
  );

  const update = useCallback(
    (rows: Iterable<number>, on: boolean) => {
      if (!inv) return;
      const changed: string[] = [];
      for (const row of rows) if (selectable(row)) changed.push(assetKey(inv, row));
      setKeys((prev) => {
        const next = new Set(prev);
        for (const k of changed) {
          if (on) next.add(k);
          else next.delete(k);
        }
        return next;
      });
    },
    [inv, selectable],
  );

  const toggle = useCallback(
    (position: number, shift: boolean) => {
      const row = view[position];
      if (!inv || row === undefined) return;
      const on = !keys.has(assetKey(inv, row));
      const from = shift && anchor.current !== null ? Math.min(anchor.current, position) : position;
      const to = shift && anchor.current !== null ? Math.max(anchor.current, position) : position;
      anchor.current = position;
      update(view.subarray(from, to + 1), on);
    },
    [inv, view, keys, update],
  );

  const setAll = useCallback((on: boolean) => update(view, on), [view, update]);

  const clear = useCallback(() => {
    setKeys(new Set());
    anchor.current = null;
  }, []);

  const selectableInView = useMemo(() => {
    let n = 0;
    for (const row of view) if (selectable(row)) n++;
    return n;
  }, [view, selectable]);

  const inView = useMemo(() => {
    if (!inv || keys.size === 0) return 0;
    let n = 0;
    for (const row of view) if (keys.has(assetKey(inv, row))) n++;
    return n;
  }, [inv, view, keys]);

  const bySite = useMemo(() => {
    const out = new Map<string, string[]>();
    if (!inv || keys.size === 0) return out;
    for (const k of keys) {
      if (rowOfKey(inv, k) === undefined) continue;
      const slash = k.indexOf('/');
      const site = k.slice(0, slash);
      const list = out.get(site) ?? [];
      list.push(k.slice(slash + 1));
      out.set(site, list);
    }
    return out;
  }, [inv, keys]);

  return { keys, toggle, setAll, clear, inView, selectableInView, bySite };
}
