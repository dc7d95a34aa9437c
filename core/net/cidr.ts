// IP prefixes (RFC 4632 CIDR for IPv4, RFC 4291 §2.3 for IPv6) as 128-bit numbers, so zones'
// subnets can be validated, compared and matched against addresses seen in captures.

export interface Cidr {
  version: 4 | 6;
  /** The network address (host bits zero), IPv4 in the low 32 bits. */
  network: bigint;
  prefix: number;
  /** Canonical text: lowercase, compressed IPv6, network address. */
  text: string;
}

function parseV4(s: string): bigint | null {
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  let n = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/u.test(p)) return null;
    const v = Number(p);
    if (v > 255) return null;
    n = (n << 8n) | BigInt(v);
  }
  return n;
}

function parseV6(s: string): bigint | null {
  let text = s.toLowerCase();
  // An embedded IPv4 tail (::ffff:10.0.0.1) becomes two groups.
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.', lastColon)) {
    const v4 = parseV4(text.slice(lastColon + 1));
    if (v4 === null) return null;
    text = `${text.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] === '' ? [] : halves[0]!.split(':');
  const tail = halves.length === 2 ? (halves[1] === '' ? [] : halves[1]!.split(':')) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  let n = 0n;
  for (const g of groups) {
    if (!/^[0-9a-f]{1,4}$/u.test(g)) return null;
    n = (n << 16n) | BigInt(parseInt(g, 16));
  }
  return n;
}

/** Parses an address (no prefix) to its version and number, or null. */
export function parseIp(text: string): { version: 4 | 6; value: bigint } | null {
  const s = text.trim();
  if (s.includes(':')) {
    const value = parseV6(s);
    return value === null ? null : { version: 6, value };
  }
  const value = parseV4(s);
  return value === null ? null : { version: 4, value };
}

function formatV6(n: bigint): string {
  const groups = Array.from({ length: 8 }, (_, i) => Number((n >> BigInt((7 - i) * 16)) & 0xffffn));
  // RFC 5952 §4.2: compress the longest run of two or more zero groups (the first if tied).
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) [best, bestLen] = [i, j - i];
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

function formatIp(version: 4 | 6, n: bigint): string {
  if (version === 6) return formatV6(n);
  return [24n, 16n, 8n, 0n].map((s) => String((n >> s) & 0xffn)).join('.');
}

export type CidrResult = { ok: true; cidr: Cidr } | { ok: false; message: string };

/** Parses "10.1.2.0/24" or "fd00::/64"; a bare address is a /32 or /128. Host bits must be zero. */
export function parseCidr(text: string): CidrResult {
  const [addr = '', prefixText, extra] = text.trim().split('/');
  if (extra !== undefined) return { ok: false, message: `"${text}" is not a CIDR prefix` };
  const ip = parseIp(addr);
  if (ip === null) return { ok: false, message: `"${text}" is not an IPv4 or IPv6 prefix (e.g. 10.20.0.0/24)` };
  const bits = ip.version === 4 ? 32 : 128;
  if (prefixText !== undefined && !/^\d{1,3}$/u.test(prefixText))
    return { ok: false, message: `"${text}": the prefix length must be a number 0–${bits}` };
  const prefix = prefixText === undefined ? bits : Number(prefixText);
  if (prefix > bits) return { ok: false, message: `"${text}": the prefix length must be 0–${bits}` };
  const hostMask = (1n << BigInt(bits - prefix)) - 1n;
  const network = ip.value & ~hostMask;
  if ((ip.value & hostMask) !== 0n)
    return {
      ok: false,
      message: `"${text}" has host bits set; did you mean ${formatIp(ip.version, network)}/${prefix}?`,
    };
  return {
    ok: true,
    cidr: { version: ip.version, network, prefix, text: `${formatIp(ip.version, network)}/${prefix}` },
  };
}

export function cidrContains(cidr: Cidr, ip: { version: 4 | 6; value: bigint }): boolean {
  if (cidr.version !== ip.version) return false;
  const bits = cidr.version === 4 ? 32 : 128;
  return ip.value >> BigInt(bits - cidr.prefix) === cidr.network >> BigInt(bits - cidr.prefix);
}

/** True when one prefix lies inside the other (or they are equal). */
export function cidrOverlaps(a: Cidr, b: Cidr): boolean {
  if (a.version !== b.version) return false;
  const wider = a.prefix <= b.prefix ? a : b;
  const narrower = wider === a ? b : a;
  return cidrContains(wider, { version: narrower.version, value: narrower.network });
}
