// IPv4 (RFC 791), IPv6 with its extension headers (RFC 8200), TCP (RFC 9293) and UDP (RFC 768).
// Each function fills the result in place and returns nothing: a malformed layer sets `malformed`
// and leaves what was decoded before it.
import { ipv4Text, ipv6Text } from './ip-text.js';
import type { FragmentTable } from './reassembly.js';
import type { DecodedPacket, Transport } from './types.js';

export const EMPTY = new Uint8Array(0);

const TRANSPORT_BY_PROTOCOL: Record<number, Transport> = {
  1: 'icmp',
  6: 'tcp',
  17: 'udp',
  47: 'gre',
  50: 'esp',
  58: 'icmpv6',
  132: 'sctp',
};

function u16(d: Uint8Array, o: number): number {
  return (d[o]! << 8) | d[o + 1]!;
}

export function decodeIp(r: DecodedPacket, d: Uint8Array, o: number, frags: FragmentTable): void {
  if (o >= d.length) {
    r.malformed = 'ip: no header';
    r.payload = EMPTY;
    return;
  }
  const version = d[o]! >> 4;
  if (version === 4) decodeIpv4(r, d, o, frags);
  else if (version === 6) decodeIpv6(r, d, o, frags);
  else {
    r.malformed = `ip: version ${version}`;
    r.payload = d.subarray(o);
  }
}

export function decodeIpv4(r: DecodedPacket, d: Uint8Array, o: number, frags: FragmentTable): void {
  if (d.length - o < 20) {
    r.malformed = 'ipv4: truncated header';
    r.payload = d.subarray(o);
    return;
  }
  const headerLength = (d[o]! & 0x0f) * 4;
  r.ipVersion = 4;
  r.srcIp = ipv4Text(d, o + 12);
  r.dstIp = ipv4Text(d, o + 16);
  r.ttl = d[o + 8]!;
  const protocol = d[o + 9]!;
  r.ipProtocol = protocol;
  r.transport = TRANSPORT_BY_PROTOCOL[protocol] ?? 'other';
  const totalLength = u16(d, o + 2);
  if (headerLength < 20 || totalLength < headerLength || d.length - o < headerLength) {
    r.malformed = 'ipv4: bad header length';
    r.payload = d.subarray(o);
    return;
  }
  // Ethernet pads short frames to 60 bytes and snaplen may cut long ones: trust the total length
  // for the end, but never read past the captured bytes.
  const end = Math.min(d.length, o + totalLength);
  const flagsOffset = u16(d, o + 6);
  const more = (flagsOffset & 0x2000) !== 0;
  const fragmentOffset = (flagsOffset & 0x1fff) * 8;
  if (more || fragmentOffset > 0) {
    const body = d.subarray(o + headerLength, end);
    if (end - o < totalLength) {
      r.malformed = 'ipv4: truncated fragment';
      r.payload = body;
      return;
    }
    const key = `4|${r.srcIp}|${r.dstIp}|${u16(d, o + 4)}|${protocol}`;
    const whole = frags.add(key, fragmentOffset, more, body);
    if (whole === null) {
      r.fragment = 'held';
      r.payload = EMPTY;
      return;
    }
    r.fragment = 'reassembled';
    decodeTransport(r, protocol, whole, 0, whole.length);
    return;
  }
  decodeTransport(r, protocol, d, o + headerLength, end);
}

// Extension headers that share the "next header, length in 8-octet units" shape (RFC 8200 §4).
const HOP_BY_HOP = 0;
const ROUTING = 43;
const FRAGMENT = 44;
const DESTINATION_OPTIONS = 60;
const NO_NEXT_HEADER = 59;

export function decodeIpv6(r: DecodedPacket, d: Uint8Array, o: number, frags: FragmentTable): void {
  r.payload = d.subarray(o);
  if (d.length - o < 40) {
    r.malformed = 'ipv6: truncated header';
    return;
  }
  r.ipVersion = 6;
  r.srcIp = ipv6Text(d, o + 8);
  r.dstIp = ipv6Text(d, o + 24);
  r.ttl = d[o + 7]!;
  // A zero payload length means a jumbogram (RFC 2675); take the captured bytes then.
  const payloadLength = u16(d, o + 4);
  const end = payloadLength === 0 ? d.length : Math.min(d.length, o + 40 + payloadLength);
  walkIpv6(r, d, o + 40, end, d[o + 6]!, frags, true);
}

function walkIpv6(
  r: DecodedPacket,
  d: Uint8Array,
  start: number,
  end: number,
  firstNext: number,
  frags: FragmentTable,
  fragmentsAllowed: boolean,
): void {
  let next = firstNext;
  let p = start;
  for (;;) {
    r.ipProtocol = next;
    r.transport = TRANSPORT_BY_PROTOCOL[next] ?? 'other';
    if (next === HOP_BY_HOP || next === ROUTING || next === DESTINATION_OPTIONS) {
      if (end - p < 8) {
        r.malformed = 'ipv6: truncated extension header';
        r.payload = d.subarray(Math.min(p, end), end);
        return;
      }
      const length = (d[p + 1]! + 1) * 8;
      next = d[p]!;
      p += length;
      continue;
    }
    if (next === FRAGMENT) {
      if (end - p < 8 || !fragmentsAllowed) {
        r.malformed = fragmentsAllowed ? 'ipv6: truncated fragment header' : 'ipv6: nested fragment header';
        r.payload = d.subarray(Math.min(p, end), end);
        return;
      }
      const inner = d[p]!;
      const offsetFlags = u16(d, p + 2);
      const id = ((d[p + 4]! << 24) | (d[p + 5]! << 16) | (d[p + 6]! << 8) | d[p + 7]!) >>> 0;
      const more = (offsetFlags & 1) !== 0;
      const fragmentOffset = offsetFlags & 0xfff8;
      // RFC 8200 §4.5: the atomic fragment (offset 0, M = 0) is the whole datagram.
      if (!more && fragmentOffset === 0) {
        next = inner;
        p += 8;
        continue;
      }
      r.ipProtocol = inner;
      r.transport = TRANSPORT_BY_PROTOCOL[inner] ?? 'other';
      const whole = frags.add(`6|${r.srcIp}|${r.dstIp}|${id}|${inner}`, fragmentOffset, more, d.subarray(p + 8, end));
      if (whole === null) {
        r.fragment = 'held';
        r.payload = EMPTY;
        return;
      }
      r.fragment = 'reassembled';
      // The reassembled part may still open with destination options before the upper layer.
      walkIpv6(r, whole, 0, whole.length, inner, frags, false);
      return;
    }
    if (p > end) {
      r.malformed = 'ipv6: extension header past the end';
      r.payload = EMPTY;
      return;
    }
    if (next === NO_NEXT_HEADER) {
      r.payload = d.subarray(p, end);
      return;
    }
    decodeTransport(r, next, d, p, end);
    return;
  }
}

/**
 * Decodes the upper layer in `d[o, end)`; the payload becomes a view of it, or with `lazy` (TCP/UDP
 * data only) is left in payloadBase/payloadStart/payloadEnd.
 */
export function decodeTransport(
  r: DecodedPacket,
  protocol: number,
  d: Uint8Array,
  o: number,
  end: number,
  lazy = false,
): void {
  if (protocol === 6) {
    if (end - o < 20) {
      r.malformed = 'tcp: truncated header';
      r.payload = d.subarray(o, end);
      return;
    }
    r.srcPort = u16(d, o);
    r.dstPort = u16(d, o + 2);
    r.tcpFlags = d[o + 13]!;
    const headerLength = (d[o + 12]! >> 4) * 4;
    if (headerLength < 20 || end - o < headerLength) {
      r.malformed = 'tcp: bad header length';
      r.payload = d.subarray(o, end);
      return;
    }
    // Pure ACKs carry nothing: one shared empty view instead of a new one per packet.
    if (o + headerLength >= end) r.payload = EMPTY;
    else if (lazy) setLazyPayload(r, d, o + headerLength, end);
    else r.payload = d.subarray(o + headerLength, end);
    return;
  }
  if (protocol === 17) {
    if (end - o < 8) {
      r.malformed = 'udp: truncated header';
      r.payload = d.subarray(o, end);
      return;
    }
    r.srcPort = u16(d, o);
    r.dstPort = u16(d, o + 2);
    const length = u16(d, o + 4);
    // Length 0 happens with IPv6 jumbograms (RFC 2675); otherwise it bounds the datagram.
    const last = length >= 8 ? Math.min(end, o + length) : end;
    if (lazy) setLazyPayload(r, d, o + 8, last);
    else r.payload = d.subarray(o + 8, last);
    return;
  }
  r.payload = d.subarray(o, end);
}

function setLazyPayload(r: DecodedPacket, d: Uint8Array, start: number, end: number): void {
  r.payload = EMPTY;
  r.payloadBase = d;
  r.payloadStart = start;
  r.payloadEnd = Math.max(start, end);
}

/** Bytes of the packet's payload, whichever way the decoder left it. */
export function payloadLength(r: DecodedPacket): number {
  return r.payloadBase === undefined ? r.payload.length : r.payloadEnd - r.payloadStart;
}
