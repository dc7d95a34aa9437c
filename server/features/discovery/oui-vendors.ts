// MAC vendors from the IEEE registry (MA-L, MA-M and MA-S assignments) via the `oui-data` package.
// The package is one 5 MB JSON object; parsing it whole took ~200 ms of every `c981 discover`,
// more than a small capture's analysis. So the file is read as bytes, its keys indexed in one scan
// (one entry per line, as the package writes it), and only the values asked for are decoded. A
// file laid out otherwise is parsed whole, as before.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface OuiIndex {
  value(prefix: string): string | undefined;
}

let index: OuiIndex | undefined;
const cache = new Map<string, string | null>();
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function buildIndex(): OuiIndex {
  const buf = readFileSync(createRequire(import.meta.url).resolve('oui-data'));
  const offsets = new Map<string, number>();
  const lineStart = Buffer.from('\n "');
  for (let pos = buf.indexOf(lineStart); pos >= 0; pos = buf.indexOf(lineStart, pos + 3)) {
    const keyEnd = buf.indexOf(QUOTE, pos + 3);
    if (keyEnd < 0 || keyEnd - pos > 16) break;
    offsets.set(buf.toString('latin1', pos + 3, keyEnd), keyEnd + 1);
  }
  if (offsets.size < 1000) {
    const table = JSON.parse(buf.toString('utf8')) as Record<string, string>;
    return { value: (prefix) => table[prefix] };
  }
  return {
    value(prefix) {
      const after = offsets.get(prefix);
      if (after === undefined) return undefined;
      const start = buf.indexOf(QUOTE, after);
      let end = start + 1;
      while (end < buf.length && (buf[end] !== QUOTE || buf[end - 1] === BACKSLASH)) end++;
      return JSON.parse(buf.toString('utf8', start, end + 1)) as string;
    },
  };
}

/**
 * The registered organisation of a MAC, or null for locally administered and group addresses
 * (IEEE 802 §8.2: bit 1 and bit 0 of the first octet) and unassigned prefixes.
 */
export function lookupMacVendor(mac: string): string | null {
  const hex = mac.replace(/[^0-9a-f]/giu, '').toUpperCase();
  if (hex.length !== 12) return null;
  const first = parseInt(hex.slice(0, 2), 16);
  if ((first & 0x03) !== 0) return null;
  const cached = cache.get(hex.slice(0, 9));
  if (cached !== undefined) return cached;
  index ??= buildIndex();
  // Longest assignment first: an MA-S block sits inside an IEEE-held MA-L prefix.
  const entry = index.value(hex.slice(0, 9)) ?? index.value(hex.slice(0, 7)) ?? index.value(hex.slice(0, 6));
  const name = entry === undefined ? null : entry.split('\n')[0]!.trim().replace(/,$/u, '');
  if (cache.size > 100_000) cache.clear();
  cache.set(hex.slice(0, 9), name);
  return name;
}
