// The one frame shape most ICS captures are made of, read straight from the capture bytes into
// numbers: untagged Ethernet II, unfragmented IPv4, a complete TCP or UDP header. No strings and
// no decoded-packet object, so the discovery engine can count a packet of a conversation it already
// knows without the full decoder. Anything else (tags, fragments, IPv6, damaged headers) answers
// false and goes through the decoder, whose result for an accepted frame is the same: the checks
// below are decodeAt's fast path plus decodeTransport's header checks (ip.ts).

export interface Ipv4Frame {
  /** MACs as their first two bytes and last four (big-endian numbers). */
  dstMacHigh: number;
  dstMacLow: number;
  srcMacHigh: number;
  srcMacLow: number;
  /** IPv4 addresses as signed 32-bit numbers (the bits of the address). */
  src: number;
  dst: number;
  /** 6 (TCP) or 17 (UDP). */
  protocol: number;
  srcPort: number;
  dstPort: number;
  /** Both ports in one 32-bit number (source in the high half), a lookup key. */
  ports: number;
  /** TCP flag bits, 0 for UDP. */
  tcpFlags: number;
  /** The transport payload is `buffer[payloadStart, payloadEnd)` (empty when they are equal). */
  payloadStart: number;
  payloadEnd: number;
}

export function createIpv4Frame(): Ipv4Frame {
  return {
    dstMacHigh: 0,
    dstMacLow: 0,
    srcMacHigh: 0,
    srcMacLow: 0,
    src: 0,
    dst: 0,
    protocol: 0,
    srcPort: 0,
    dstPort: 0,
    ports: 0,
    tcpFlags: 0,
    payloadStart: 0,
    payloadEnd: 0,
  };
}

const ETHERTYPE_IPV4_HIGH = 0x08;
const ETHERTYPE_IPV4_LOW = 0x00;

/** Fills `f` from the Ethernet frame `b[o, o + n)` when it has the common shape; else false. */
export function readIpv4Frame(f: Ipv4Frame, b: Uint8Array, o: number, n: number): boolean {
  if (n < 34 || b[o + 12] !== ETHERTYPE_IPV4_HIGH || b[o + 13] !== ETHERTYPE_IPV4_LOW) return false;
  const end = o + n;
  const ip = o + 14;
  const vihl = b[ip]!;
  const headerLength = (vihl & 0x0f) * 4;
  const total = (b[ip + 2]! << 8) | b[ip + 3]!;
  const protocol = b[ip + 9]!;
  // RFC 791: the MF flag or a fragment offset marks a fragment (reassembled by the decoder).
  if (vihl >> 4 !== 4 || headerLength < 20 || total < headerLength || end - ip < headerLength) return false;
  if ((((b[ip + 6]! << 8) | b[ip + 7]!) & 0x3fff) !== 0) return false;
  const t = ip + headerLength;
  const last = Math.min(end, ip + total);
  if (protocol === 6) {
    // RFC 9293 §3.1: data offset in 32-bit words, at least 5.
    if (last - t < 20) return false;
    const tcpHeader = (b[t + 12]! >> 4) * 4;
    if (tcpHeader < 20 || last - t < tcpHeader) return false;
    f.tcpFlags = b[t + 13]!;
    f.payloadStart = t + tcpHeader;
    f.payloadEnd = Math.max(t + tcpHeader, last);
  } else if (protocol === 17) {
    if (last - t < 8) return false;
    // RFC 768: the length covers header and data; below 8 it says nothing (the decoder's rule).
    const length = (b[t + 4]! << 8) | b[t + 5]!;
    f.tcpFlags = 0;
    f.payloadStart = t + 8;
    f.payloadEnd = Math.max(t + 8, length >= 8 ? Math.min(last, t + length) : last);
  } else return false;
  f.protocol = protocol;
  f.srcPort = (b[t]! << 8) | b[t + 1]!;
  f.dstPort = (b[t + 2]! << 8) | b[t + 3]!;
  f.ports = (f.srcPort << 16) | f.dstPort;
  f.src = (b[ip + 12]! << 24) | (b[ip + 13]! << 16) | (b[ip + 14]! << 8) | b[ip + 15]!;
  f.dst = (b[ip + 16]! << 24) | (b[ip + 17]! << 16) | (b[ip + 18]! << 8) | b[ip + 19]!;
  f.dstMacHigh = (b[o]! << 8) | b[o + 1]!;
  f.dstMacLow = (b[o + 2]! << 24) | (b[o + 3]! << 16) | (b[o + 4]! << 8) | b[o + 5]!;
  f.srcMacHigh = (b[o + 6]! << 8) | b[o + 7]!;
  f.srcMacLow = (b[o + 8]! << 24) | (b[o + 9]! << 16) | (b[o + 10]! << 8) | b[o + 11]!;
  return true;
}
