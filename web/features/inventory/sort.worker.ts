// Sorts one text column off the main thread: building natural-order keys and sorting 100,000 of
// them takes longer than a frame, and the table must never block while the user works.
import { byText, textKey } from './inventory-filter.js';

export interface SortRequest {
  id: number;
  kind: 'natural' | 'plain';
  values: (string | null)[];
}

self.onmessage = (e: MessageEvent<SortRequest>) => {
  const order = byText(e.data.values, textKey(e.data.kind));
  (self as unknown as Worker).postMessage({ id: e.data.id, order }, [order.buffer]);
};
