// IP addresses as text, cached: captures repeat the same few addresses millions of times, so a hit
// costs a lookup and no allocation.

const V4_CACHE_LIMIT = 8192;
const v4Cache = new Map<number, string>();

export function ipv4Text(d: Uint8Array, o: number): string {
  const key = ((d[o]! << 24) | (d[o + 1]! << 16) | (d[o + 2]! << 8) | d[o + 3]!) >>> 0;
  let text = v4Cache.get(key);
  if (text === undefined) {
    text = `${d[o]!}.${d[o + 1]!}.${d[o + 2]!}.${d[o + 3]!}`;
    // Clearing beats LRU bookkeeping here: the working set refills within a few packets.
    if (v4Cache.size >= V4_CACHE_LIMIT) v4Cache.clear();
    v4Cache.set(key, text);
  }
  return text;
}

// A direct-mapped cache for IPv6: 16 raw bytes per slot, compared on lookup, so no key string.
const V6_SLOTS = 512;
const v6Bytes = new Uint8Array(V6_SLOTS * 16);
const v6Text: (string | undefined)[] = new Array<string | undefined>(V6_SLOTS).fill(undefined);

export function ipv6Text(d: Uint8Array, o: number): string {
  let hash = 0;
  for (let i = 0; i < 16; i++) hash = (Math.imul(hash, 31) + d[o + i]!) | 0;
  const slot = (hash >>> 0) % V6_SLOTS;
  const base = slot * 16;
  const cached = v6Text[slot];
  if (cached !== undefined) {
    let same = true;
    for (let i = 0; i < 16 && same; i++) same = v6Bytes[base + i] === d[o + i];
    if (same) return cached;
  }
  const text = formatIpv6(d, o);
  v6Bytes.set(d.subarray(o, o + 16), base);
  v6Text[slot] = text;
  return text;
}

/** RFC 5952 text: lowercase, no leading zeros, the first longest run (≥ 2) of zero groups as "::". */
export function formatIpv6(d: Uint8Array, o: number): string {
  const groups: number[] = [];
  for (let i = 0; i < 8; i++) groups.push((d[o + 2 * i]! << 8) | d[o + 2 * i + 1]!);
  // RFC 5952 §5: IPv4-mapped addresses keep the dotted quad.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return `::ffff:${d[o + 12]!}.${d[o + 13]!}.${d[o + 14]!}.${d[o + 15]!}`;
  }
  let bestStart = -1;
  let bestLength = 1; // a single zero group is never shortened (RFC 5952 §4.2.2)
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

const MAC_CACHE_LIMIT = 8192;
const macCache = new Map<number, string>();

export function macText(d: Uint8Array, o: number): string {
  // 48 bits fit exactly in a double, so the MAC itself is the cache key.
  const key =
    ((d[o]! << 8) | d[o + 1]!) * 0x1_0000_0000 +
    (((d[o + 2]! << 24) | (d[o + 3]! << 16) | (d[o + 4]! << 8) | d[o + 5]!) >>> 0);
  let text = macCache.get(key);
  if (text !== undefined) return text;
  text = `${HEX[d[o]!]!}:${HEX[d[o + 1]!]!}:${HEX[d[o + 2]!]!}:${HEX[d[o + 3]!]!}:${HEX[d[o + 4]!]!}:${HEX[d[o + 5]!]!}`;
  if (macCache.size >= MAC_CACHE_LIMIT) macCache.clear();
  macCache.set(key, text);
  return text;
}
