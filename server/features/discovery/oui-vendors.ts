// MAC vendors from the IEEE registry (MA-L, MA-M and MA-S assignments) via the `oui-data` package,
// loaded on first use: ~5 MB of JSON that a server which never looks at captures should not pay for.
import { createRequire } from 'node:module';

type OuiTable = Record<string, string>;
let table: OuiTable | undefined;
const cache = new Map<string, string | null>();

function load(): OuiTable {
  table ??= createRequire(import.meta.url)('oui-data') as OuiTable;
  return table;
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
  const t = load();
  // Longest assignment first: an MA-S block sits inside an IEEE-held MA-L prefix.
  const entry = t[hex.slice(0, 9)] ?? t[hex.slice(0, 7)] ?? t[hex.slice(0, 6)];
  const name = entry === undefined ? null : entry.split('\n')[0]!.trim().replace(/,$/u, '');
  if (cache.size > 100_000) cache.clear();
  cache.set(hex.slice(0, 9), name);
  return name;
}
