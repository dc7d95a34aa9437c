// Sorting for the discovery report: code-unit order, the same on every machine whatever its locale.
// A report's code runs once, before any of it is optimised, so these sort with the engine's own
// sorts (strings, typed arrays) rather than comparators called from JavaScript.
import type { DetailValue } from './types.js';

/** Code-unit order: fast, and the same on every machine whatever its locale. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `items` in the code-unit order of their keys (stable). The keys are sorted by the engine's own
 * string sort, with no comparator called from JavaScript: a comparator over 10,000 flows cost about
 * 0.1 s. Keys hold no U+0001.
 */
export function sortByKey<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const keys = items.map((item, i) => `${keyOf(item)}\u0001${i}`);
  keys.sort();
  return keys.map((k) => items[Number(k.slice(k.lastIndexOf('\u0001') + 1))]!);
}

/** The values of a details set in order: numbers ascending, text in code-unit order. */
export function sortValues(values: ReadonlySet<DetailValue>): DetailValue[] {
  let numbers = 0;
  for (const v of values) if (typeof v === 'number') numbers++;
  if (numbers === values.size) return Array.from(Float64Array.from(values as ReadonlySet<number>).sort());
  const list = [...values];
  // All text: the default sort is code-unit order. Mixed sets (none of our dissectors makes them)
  // compare numbers as numbers and anything else as text.
  if (numbers === 0) return list.sort();
  return list.sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : byText(String(a), String(b))));
}

/** Bits an index may take beside a 32-bit address in one exactly represented double. */
const INDEX_BITS = 21;

/** The IPv4 address in dotted-quad text as a number, or -1 for anything else. */
function ipv4Number(ip: string): number {
  let value = 0;
  let octet = -1;
  let dots = 0;
  for (let i = 0; i < ip.length; i++) {
    const c = ip.charCodeAt(i);
    if (c === 0x2e) {
      if (octet < 0 || ++dots > 3) return -1;
      value = value * 256 + octet;
      octet = -1;
    } else if (c >= 0x30 && c <= 0x39) {
      octet = (octet < 0 ? 0 : octet * 10) + c - 0x30;
      if (octet > 255) return -1;
    } else return -1;
  }
  return dots === 3 && octet >= 0 ? value * 256 + octet : -1;
}

/**
 * `items` ordered by their address: IPv4 numerically first, then the others (IPv6) in code-unit
 * order of their text. IPv4 addresses sort as numbers packed with their index in a typed array.
 */
export function sortByAddress<T>(items: readonly T[], ipOf: (item: T) => string): T[] {
  if (items.length >= 2 ** INDEX_BITS) return sortByKey(items, (item) => ipv4Key(ipOf(item)));
  const packed: number[] = [];
  const others: T[] = [];
  items.forEach((item, i) => {
    const n = ipv4Number(ipOf(item));
    if (n < 0) others.push(item);
    else packed.push(n * 2 ** INDEX_BITS + i);
  });
  const order = Float64Array.from(packed).sort();
  const out: T[] = [];
  for (const v of order) out.push(items[v % 2 ** INDEX_BITS]!);
  return out.concat(sortByKey(others, ipOf));
}

/** Sort key of an address for huge lists: IPv4 as zero-padded octets before anything else. */
function ipv4Key(ip: string): string {
  const n = ipv4Number(ip);
  return n < 0 ? `6${ip}` : `4${n.toString(16).padStart(8, '0')}`;
}
