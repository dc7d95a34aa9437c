// IP addresses as text, cached: captures repeat the same few addresses millions of times, so a hit
// costs a lookup and no allocation.

// Direct-mapped: the address's 32 bits pick a slot, compared on lookup. No Map: addresses above
// 2^30 would be heap-number keys there, hashed slowly on every packet.
const V4_SLOTS = 65536;
const v4Keys = new Uint32Array(V4_SLOTS);
const v4Text: (string | undefined)[] = new Array<string | undefined>(V4_SLOTS).fill(undefined);

export function ipv4Text(d: Uint8Array, o: number): string {
  const key = ((d[o]! << 24) | (d[o + 1]! << 16) | (d[o + 2]! << 8) | d[o + 3]!) >>> 0;
  const slot = Math.imul(key, 0x9e3779b1) >>> 16;
  const cached = v4Text[slot];
  if (cached !== undefined && v4Keys[slot] === key) return cached;
  const text = `${d[o]!}.${d[o + 1]!}.${d[o + 2]!}.${d[o + 3]!}`;
  v4Keys[slot] = key;
  v4Text[slot] = text;
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

// Direct-mapped like IPv4: the low 32 bits pick the slot, all 48 are compared.
const MAC_SLOTS = 65536;
const macLow = new Uint32Array(MAC_SLOTS);
const macHigh = new Uint16Array(MAC_SLOTS);
const macTexts: (string | undefined)[] = new Array<string | undefined>(MAC_SLOTS).fill(undefined);

export function macText(d: Uint8Array, o: number): string {
  const high = (d[o]! << 8) | d[o + 1]!;
  const low = ((d[o + 2]! << 24) | (d[o + 3]! << 16) | (d[o + 4]! << 8) | d[o + 5]!) >>> 0;
  const slot = Math.imul(low ^ high, 0x9e3779b1) >>> 16;
  const cached = macTexts[slot];
  if (cached !== undefined && macLow[slot] === low && macHigh[slot] === high) return cached;
  const text = `${HEX[d[o]!]!}:${HEX[d[o + 1]!]!}:${HEX[d[o + 2]!]!}:${HEX[d[o + 3]!]!}:${HEX[d[o + 4]!]!}:${HEX[d[o + 5]!]!}`;
  macLow[slot] = low;
  macHigh[slot] = high;
  macTexts[slot] = text;
  return text;
}
