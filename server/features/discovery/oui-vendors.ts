// MAC vendors from the IEEE registry (MA-L, MA-M and MA-S assignments) via the `oui-data` package.
// The package is one 5 MB JSON object, one entry per line, written as three sorted runs: the
// 6-digit MA-L keys, then the 7-digit MA-M keys, then the 9-digit MA-S keys, so the whole file is
// in (key length, key) order. Parsing it whole took ~200 ms of every `c981 discover`, and indexing
// every key ~80 ms; a binary search over the bytes costs a few microseconds per prefix, decoding
// only the values asked for. A file laid out otherwise (a future package version) is parsed whole.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface OuiTable {
  value(prefix: string): string | undefined;
}

let table: OuiTable | undefined;
const cache = new Map<string, string | null>();
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** A line holding an entry starts with a newline, a space and the key's opening quote. */
const LINE = Buffer.from('\n "');
/** Below this many bytes the search walks the lines one by one. */
const SCAN_BYTES = 2048;

/** (length, text) order of the key on the line starting at `line`, against `prefix`. */
function compareKeyAt(buf: Buffer, line: number, prefix: string): number {
  const start = line + LINE.length;
  const end = buf.indexOf(QUOTE, start);
  if (end < 0) return 1;
  if (end - start !== prefix.length) return end - start - prefix.length;
  for (let i = 0; i < prefix.length; i++) {
    const diff = buf[start + i]! - prefix.charCodeAt(i);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** The JSON string value of the entry on the line starting at `line`. */
function valueAt(buf: Buffer, line: number): string {
  const start = buf.indexOf(QUOTE, buf.indexOf(QUOTE, line + LINE.length) + 1);
  let end = start + 1;
  while (end < buf.length && (buf[end] !== QUOTE || buf[end - 1] === BACKSLASH)) end++;
  return JSON.parse(buf.toString('utf8', start, end + 1)) as string;
}

function searchTable(buf: Buffer): OuiTable {
  return {
    value(prefix) {
      // Invariant: the line holding `prefix`, if any, starts in [lo, hi).
      let lo = 0;
      let hi = buf.length;
      while (hi - lo > SCAN_BYTES) {
        const mid = (lo + hi) >>> 1;
        const line = buf.indexOf(LINE, mid);
        if (line < 0 || line >= hi) {
          hi = mid;
          continue;
        }
        const order = compareKeyAt(buf, line, prefix);
        if (order === 0) return valueAt(buf, line);
        if (order < 0) lo = line + 1;
        else hi = line;
      }
      for (let line = buf.indexOf(LINE, lo); line >= 0 && line < hi; line = buf.indexOf(LINE, line + 1))
        if (compareKeyAt(buf, line, prefix) === 0) return valueAt(buf, line);
      return undefined;
    },
  };
}

/** Whether the entries are in (key length, key) order; checked on a sample of lines spread over the file. */
function looksSorted(buf: Buffer): boolean {
  const keys: string[] = [];
  for (let i = 0; i < 64; i++) {
    const line = buf.indexOf(LINE, Math.floor((buf.length * i) / 64));
    if (line < 0) break;
    const end = buf.indexOf(QUOTE, line + LINE.length);
    keys.push(buf.toString('latin1', line + LINE.length, end));
  }
  const ordered = (a: string, b: string) => a.length < b.length || (a.length === b.length && a <= b);
  return keys.length > 32 && keys.every((k, i) => i === 0 || ordered(keys[i - 1]!, k));
}

function registryBytes(): Buffer {
  return readFileSync(createRequire(import.meta.url).resolve('oui-data'));
}

/** Whether the installed registry is laid out for the binary search (tests: the fast path is taken). */
export function registrySearchable(): boolean {
  return looksSorted(registryBytes());
}

function loadTable(): OuiTable {
  const buf = registryBytes();
  if (looksSorted(buf)) return searchTable(buf);
  const parsed = JSON.parse(buf.toString('utf8')) as Record<string, string>;
  return { value: (prefix) => parsed[prefix] };
}

/** The organisation's name: the first line of a registry entry. */
function entryName(entry: string): string {
  return entry.split('\n')[0]!.trim().replace(/,$/u, '');
}

/**
 * The IEEE holds the MA-L prefixes that its MA-M and MA-S blocks are carved from (and a few such
 * prefixes are not listed at all); a prefix assigned to anyone else has no smaller blocks inside.
 * The tests check this of the installed registry.
 */
export const REGISTRATION_AUTHORITY = 'IEEE Registration Authority';

/** Organisations of MA-L prefixes with no smaller blocks inside: the answer for all their MACs. */
const wholePrefixes = new Map<string, string>();
/** MA-L prefixes looked up that the IEEE holds or that are not listed: MACs there need the long search. */
const splitPrefixes = new Set<string>();

/**
 * The registered organisation of a MAC, or null for locally administered and group addresses
 * (IEEE 802 §8.2: bit 1 and bit 0 of the first octet) and unassigned prefixes.
 */
export function lookupMacVendor(mac: string): string | null {
  const hex = mac.replace(/[^0-9a-f]/giu, '').toUpperCase();
  if (hex.length !== 12) return null;
  const first = parseInt(hex.slice(0, 2), 16);
  if ((first & 0x03) !== 0) return null;
  const oui = hex.slice(0, 6);
  const whole = wholePrefixes.get(oui);
  if (whole !== undefined) return whole;
  table ??= loadTable();
  if (!splitPrefixes.has(oui)) {
    // A report names thousands of MACs from a few dozen prefixes: one search per prefix.
    const entry = table.value(oui);
    const name = entry === undefined ? undefined : entryName(entry);
    if (name !== undefined && name !== REGISTRATION_AUTHORITY) {
      wholePrefixes.set(oui, name);
      return name;
    }
    splitPrefixes.add(oui);
  }
  const cached = cache.get(hex.slice(0, 9));
  if (cached !== undefined) return cached;
  // Longest assignment first: an MA-S block sits inside an IEEE-held MA-L prefix.
  const entry = table.value(hex.slice(0, 9)) ?? table.value(hex.slice(0, 7)) ?? table.value(oui);
  const name = entry === undefined ? null : entryName(entry);
  if (cache.size > 100_000) cache.clear();
  cache.set(hex.slice(0, 9), name);
  return name;
}
