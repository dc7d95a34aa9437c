// Sort orders of the loaded inventory, computed once per column: few-valued and numeric columns
// at once (a counting sort, a few milliseconds), text columns in a worker. While a worker sorts,
// the table keeps its previous order and says so.
import { useEffect, useRef, useState } from 'react';
import type { Inventory } from './inventory-data.js';
import { computeOrder, isTextSort, TEXT_SORTS } from './inventory-filter.js';
import type { SortKey } from './search.js';
import type { SortRequest } from './sort.worker.js';

const orders = new WeakMap<Inventory, Map<SortKey, Int32Array | Promise<Int32Array>>>();

let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<number, (order: Int32Array) => void>();

function sortWorker(): Worker | null {
  if (worker === undefined) {
    try {
      worker = new Worker(new URL('./sort.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<{ id: number; order: Int32Array }>) => {
        waiting.get(e.data.id)?.(e.data.order);
        waiting.delete(e.data.id);
      };
    } catch {
      worker = null; // no workers (tests): sort here
    }
  }
  return worker;
}

/** The order for `key`: at once when known or cheap, else a promise. */
export function sortOrder(inv: Inventory, key: SortKey): Int32Array | Promise<Int32Array> {
  let cache = orders.get(inv);
  if (!cache) {
    cache = new Map();
    orders.set(inv, cache);
  }
  const known = cache.get(key);
  if (known) return known;
  const w = isTextSort(key) ? sortWorker() : null;
  if (!w || !isTextSort(key)) {
    const order = computeOrder(inv, key);
    cache.set(key, order);
    return order;
  }
  const id = ++nextId;
  const request: SortRequest = { id, kind: TEXT_SORTS[key], values: inv[key] };
  const pending = new Promise<Int32Array>((resolve) => waiting.set(id, resolve)).then((order) => {
    cache.set(key, order);
    return order;
  });
  cache.set(key, pending);
  w.postMessage(request);
  return pending;
}

/**
 * The order the table shows: `key`'s order once ready (null: the API's order, by site and id);
 * until then the previous one, with `pending` set.
 */
export function useSortOrder(inv: Inventory | undefined, key: SortKey | undefined) {
  const [, setReady] = useState(0);
  const last = useRef<{ inv: Inventory; order: Int32Array | null } | null>(null);
  const result = !inv || !key ? null : sortOrder(inv, key);
  const pending = result instanceof Promise;
  useEffect(() => {
    if (!(result instanceof Promise)) return;
    let live = true;
    void result.then(() => live && setReady((n) => n + 1));
    return () => {
      live = false;
    };
  }, [result]);
  if (!inv) return { order: null, pending: false };
  if (!pending) {
    last.current = { inv, order: result };
    return { order: result, pending: false };
  }
  // Rows are numbered per load: an order of older data does not fit.
  const previous = last.current?.inv === inv ? last.current.order : null;
  return { order: previous, pending: true };
}
