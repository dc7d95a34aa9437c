// Which 3-3 requirements apply at an SL-T; assessments only record results for those.
import { CATALOG_3_3 } from '../iec62443/catalog.js';
import type { Catalog33Item } from '../iec62443/catalog.types.js';

const ORDER_33 = new Map(CATALOG_3_3.map((item, i) => [item.id, i]));

/** The 3-3 requirements that apply at an SL-T (item.minSl ≤ slTarget[fr − 1]), catalog order. */
export function applicable33(slTarget: number | readonly number[]): Catalog33Item[] {
  return CATALOG_3_3.filter((i) => {
    const t = typeof slTarget === 'number' ? slTarget : (slTarget[i.fr - 1] ?? 0);
    return i.minSl <= t;
  });
}

const applicableCache = new Map<string, readonly string[]>();
export function applicableIds(slTarget: number | readonly number[]): readonly string[] {
  const key = String(slTarget);
  let ids = applicableCache.get(key);
  if (!ids) {
    ids = applicable33(slTarget).map((i) => i.id);
    applicableCache.set(key, ids);
  }
  return ids;
}

export const byCatalogOrder = (a: string, b: string): number => (ORDER_33.get(a) ?? 0) - (ORDER_33.get(b) ?? 0);
