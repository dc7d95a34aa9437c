// Sorting for the discovery report: code-unit order, the same on every machine whatever its locale.

/** Code-unit order: fast, and the same on every machine whatever its locale. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `items` in the code-unit order of their keys (stable). The keys are sorted by the engine's own
 * string sort, with no comparator called from JavaScript: a report's code runs once, before any of
 * it is optimised, and a comparator over 10,000 flows cost about 0.1 s. Keys hold no U+0001.
 */
export function sortByKey<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const keys = items.map((item, i) => `${keyOf(item)}\u0001${i}`);
  keys.sort();
  return keys.map((k) => items[Number(k.slice(k.lastIndexOf('\u0001') + 1))]!);
}
