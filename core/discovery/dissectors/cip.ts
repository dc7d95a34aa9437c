// CIP explicit messages (ODVA CIP Vol. 1 §2-4 message router request/response format) as they
// appear inside EtherNet/IP data items: service codes, the requests wrapped by Unconnected Send and
// Multiple Service Packet, and Identity object replies that name the modules behind an adapter.
import type { FactSink } from '../dissector.js';
import { u16le, u16leIn, u32le } from '../dissector.js';
import { cipVendorName } from './cip-vendors.js';

const REPLY_BIT = 0x80;
const SVC_GET_ATTRIBUTES_ALL = 0x01;
const SVC_MULTIPLE_SERVICE_PACKET = 0x0a;
const SVC_UNCONNECTED_SEND = 0x52;
const CLASS_IDENTITY = 0x01;
const CLASS_CONNECTION_MANAGER = 0x06;
/** Nesting allowed for Unconnected Send / Multiple Service Packet inside each other. */
const MAX_DEPTH = 3;
/** Outstanding Identity requests remembered per conversation (a bound, not a protocol limit). */
const MAX_PENDING = 32;

export interface CipState {
  /** Keys (sender context or connected sequence count) of Get_Attributes_All requests to the Identity class. */
  pending: Set<number>;
}

/** The class id named by the first logical class segment of an EPATH (CIP Vol. 1 App. C-1.4.2), or -1. */
function pathClass(d: Uint8Array, o: number, end: number): number {
  if (o + 2 <= end && d[o] === 0x20) return d[o + 1]!;
  if (o + 4 <= end && d[o] === 0x21) return u16le(d, o + 2)!;
  return -1;
}

/** Revision as Wireshark prints it for ListIdentity ("4.03"): the minor zero-padded to 2 digits. */
export function revisionText(major: number, minor: number): string {
  return `${major}.${minor < 10 ? '0' : ''}${minor}`;
}

/** Serial number as 8 hex digits ("0x0051aec3"). */
export function serialText(serial: number): string {
  return `0x${serial.toString(16).padStart(8, '0')}`;
}

/** Product name: a SHORT_STRING (length byte + characters), printable ASCII only. */
export function shortString(d: Uint8Array, o: number, end: number): string | undefined {
  if (o >= end) return undefined;
  const n = d[o]!;
  if (o + 1 + n > end) return undefined;
  let s = '';
  for (let i = o + 1; i < o + 1 + n; i += 1) if (d[i]! >= 0x20 && d[i]! < 0x7f) s += String.fromCharCode(d[i]!);
  return s.trim();
}

/** Identity object attributes 1–7 as Get_Attributes_All returns them (CIP Vol. 1 §5A-2). */
function reportIdentity(d: Uint8Array, o: number, end: number, out: FactSink): void {
  if (o + 15 > end) return;
  const name = shortString(d, o + 14, end);
  if (name === undefined) return;
  out.identity('sender', {
    protocol: 'cip',
    vendor: cipVendorName(u16le(d, o)!),
    product: name === '' ? null : name,
    firmware: revisionText(d[o + 6]!, d[o + 7]!),
    serial: serialText(u32le(d, o + 10)!),
  });
}

/**
 * Records the service codes of the CIP message at [o, end) (the reply bit cleared, as Wireshark's
 * cip.sc does), recursing into wrapped requests and replies. `key` ties a reply to its request.
 */
export function parseCipMessage(
  d: Uint8Array,
  o: number,
  end: number,
  key: number,
  out: FactSink,
  st: CipState,
  depth = 0,
): void {
  if (o + 2 > end || depth > MAX_DEPTH) return;
  const service = d[o]!;
  out.detail('cipServices', service & 0x7f);
  if ((service & REPLY_BIT) === 0) {
    const pathEnd = o + 2 + 2 * d[o + 1]!;
    if (pathEnd > end) return;
    const cls = pathClass(d, o + 2, pathEnd);
    if (service === SVC_UNCONNECTED_SEND && cls === CLASS_CONNECTION_MANAGER) {
      // Priority/tick, timeout ticks, embedded message size, embedded request (CIP Vol. 1 §3-5.6.1).
      const size = u16leIn(d, pathEnd + 2, end);
      if (size !== undefined)
        parseCipMessage(d, pathEnd + 4, Math.min(end, pathEnd + 4 + size), key, out, st, depth + 1);
    } else if (service === SVC_MULTIPLE_SERVICE_PACKET) {
      forEachPacked(d, pathEnd, end, key, out, st, depth);
    } else if (service === SVC_GET_ATTRIBUTES_ALL && cls === CLASS_IDENTITY) {
      if (st.pending.size >= MAX_PENDING) st.pending.clear();
      st.pending.add(key);
    }
    return;
  }
  // Reply: service, reserved, general status, additional status size (words), additional status, data.
  if (o + 4 > end) return;
  const data = o + 4 + 2 * d[o + 3]!;
  if (service === (SVC_MULTIPLE_SERVICE_PACKET | REPLY_BIT)) {
    forEachPacked(d, data, end, key, out, st, depth);
  } else if (service === (SVC_GET_ATTRIBUTES_ALL | REPLY_BIT) || service === (SVC_UNCONNECTED_SEND | REPLY_BIT)) {
    // A successful Unconnected Send is answered by the embedded service's reply; 0xd2 means it failed.
    const wanted = st.pending.delete(key);
    if (wanted && service === (SVC_GET_ATTRIBUTES_ALL | REPLY_BIT) && d[o + 2] === 0) reportIdentity(d, data, end, out);
  }
}

/** Multiple Service Packet body: count, offsets (from the count), then the messages (CIP Vol. 1 § ). */
function forEachPacked(
  d: Uint8Array,
  base: number,
  end: number,
  key: number,
  out: FactSink,
  st: CipState,
  depth: number,
): void {
  // Reads stop at `end`: the message may sit inside a larger buffer (Dissector.parseRange).
  const count = u16leIn(d, base, end);
  if (count === undefined) return;
  for (let i = 0; i < count; i += 1) {
    const start = u16leIn(d, base + 2 + 2 * i, end);
    if (start === undefined) return;
    const next = i + 1 < count ? u16leIn(d, base + 4 + 2 * i, end) : undefined;
    const stop = next === undefined ? end : Math.min(end, base + next);
    parseCipMessage(d, base + start, stop, key, out, st, depth + 1);
  }
}
