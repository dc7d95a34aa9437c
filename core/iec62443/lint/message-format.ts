// Wording helpers so every finding names entities the same way and long lists stay readable.

/** How many ids a message lists before it summarises the rest. */
export const MAX_LISTED_IDS = 5;

/**
 * Lists ids, capped at five.
 *
 * @example
 * idList(['a', 'b'])                          // 'a, b'
 * idList(['a', 'b', 'c', 'd', 'e', 'f', 'g']) // 'a, b, c, d, e and 2 more'
 */
export function idList(ids: readonly string[]): string {
  if (ids.length <= MAX_LISTED_IDS) return ids.join(', ');
  return `${ids.slice(0, MAX_LISTED_IDS).join(', ')} and ${ids.length - MAX_LISTED_IDS} more`;
}

/** The noun alone, singular or plural by count. */
export const nounFor = (n: number, noun: string, pluralNoun = `${noun}s`): string => (n === 1 ? noun : pluralNoun);

/** Entities with their kind or type in brackets: `z-ent (enterprise), z-ext (external)`. */
export const labelled = (items: readonly { id: string; label: string }[]): string =>
  idList(items.map((i) => `${i.id} (${i.label})`));
