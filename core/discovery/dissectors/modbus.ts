// Modbus/TCP: MBAP header + Modbus PDU (Modbus Messaging on TCP/IP Implementation Guide v1.0b §3.1,
// Modbus Application Protocol v1.1b3 §4–§7). Several ADUs may share a segment; each is walked by
// its MBAP length.
import type { Dissector, FactSink, PacketContext } from '../dissector.js';
import { rangeParser, u16be } from '../dissector.js';

export const MODBUS_PORT = 502;
const MBAP_LENGTH = 7;
/** Largest MBAP length: unit id + a 253-byte PDU (Application Protocol §4.1). */
const MAX_LENGTH = 254;
const EXCEPTION_BIT = 0x80;
const FC_ENCAPSULATED = 0x2b;
const MEI_READ_DEVICE_ID = 0x0e;

/** Public function codes (Application Protocol §5.1), required for content-only detection. */
const PUBLIC_FUNCTIONS = new Set([1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 15, 16, 17, 20, 21, 22, 23, 24, 43]);

/**
 * Whether an ADU's PDU length fits its function code, for the common codes (§6.1–§6.12). Used
 * off port 502, where the MBAP shape alone is too weak to claim a conversation.
 */
function lengthFits(d: Uint8Array, fcOff: number, pduLen: number): boolean {
  const fc = d[fcOff]!;
  if (fc & EXCEPTION_BIT) return pduLen === 2;
  switch (fc) {
    case 1:
    case 2:
    case 3:
    case 4:
      // Request: address + quantity; response: byte count + data.
      return pduLen === 5 || pduLen === 2 + d[fcOff + 1]!;
    case 5:
    case 6:
      return pduLen === 5;
    case 15:
    case 16:
      // Response echoes address + quantity; request adds a byte count and the values.
      return pduLen === 5 || pduLen === 6 + d[fcOff + 5]!;
    default:
      return true;
  }
}

/** True when the whole segment is one or more complete, plausible Modbus/TCP ADUs. */
export function isModbusSegment(d: Uint8Array, strict: boolean): boolean {
  let off = 0;
  while (off + MBAP_LENGTH + 1 <= d.length) {
    // Protocol identifier 0 = Modbus.
    if (d[off + 2] !== 0 || d[off + 3] !== 0) return false;
    const len = u16be(d, off + 4)!;
    if (len < 2 || len > MAX_LENGTH || off + 6 + len > d.length) return false;
    const fc = d[off + 7]!;
    if (fc === 0 || fc === EXCEPTION_BIT) return false;
    if (fc & EXCEPTION_BIT) {
      // An exception response is exactly function code + exception code (§7).
      if (len !== 3) return false;
    }
    if (strict && (!PUBLIC_FUNCTIONS.has(fc & 0x7f) || !lengthFits(d, off + 7, len - 1))) return false;
    off += 6 + len;
  }
  return off > 0 && off === d.length;
}

/** Reports the identity objects of a Read Device Identification response (§6.21). */
function readDeviceIdentification(d: Uint8Array, o: number, end: number, out: FactSink): void {
  // MEI type, read code, conformity, more follows, next object id, number of objects, objects.
  if (o + 6 > end || d[o] !== MEI_READ_DEVICE_ID) return;
  const count = d[o + 5]!;
  const found: (string | undefined)[] = [];
  let p = o + 6;
  for (let i = 0; i < count && p + 2 <= end; i += 1) {
    const id = d[p]!;
    const len = d[p + 1]!;
    if (p + 2 + len > end) break;
    if (id <= 5) {
      let s = '';
      for (let k = p + 2; k < p + 2 + len; k += 1) if (d[k]! >= 0x20 && d[k]! < 0x7f) s += String.fromCharCode(d[k]!);
      found[id] = s.trim() || undefined;
    }
    p += 2 + len;
  }
  // Objects 0 VendorName, 1 ProductCode, 2 MajorMinorRevision, 4 ProductName, 5 ModelName.
  if (found.every((v) => v === undefined)) return;
  out.identity('sender', {
    protocol: 'modbus',
    vendor: found[0] ?? null,
    orderNumber: found[1] ?? null,
    firmware: found[2] ?? null,
    product: found[4] ?? found[5] ?? null,
  });
}

/** The ADUs of the payload `d[start, end)`: unit ids, function codes, exceptions, identities. */
function parseAdus(d: Uint8Array, start: number, end: number, out: FactSink): void {
  let off = start;
  while (off + MBAP_LENGTH + 1 <= end) {
    if (d[off + 2] !== 0 || d[off + 3] !== 0) return;
    const len = (d[off + 4]! << 8) | d[off + 5]!;
    if (len < 2 || len > MAX_LENGTH) return;
    const aduEnd = Math.min(off + 6 + len, end);
    out.detail('unitIds', d[off + 6]!);
    const fc = d[off + 7]!;
    out.detail('functionCodes', fc & 0x7f);
    if (fc & EXCEPTION_BIT) {
      if (off + 8 < aduEnd) out.detail('exceptionCodes', d[off + 8]!);
    } else if (fc === FC_ENCAPSULATED && len > 5) {
      // A request is only MEI type, read code and object id; longer ones are responses.
      readDeviceIdentification(d, off + 8, aduEnd, out);
    }
    off += 6 + len;
  }
}

export const modbusDissector: Dissector = {
  id: 'modbus',
  transport: 'tcp',
  ports: [MODBUS_PORT],
  detect(payload: Uint8Array, ctx: PacketContext) {
    const onPort = ctx.packet.srcPort === MODBUS_PORT || ctx.packet.dstPort === MODBUS_PORT;
    return isModbusSegment(payload, !onPort);
  },
  ...rangeParser((d, start, end, _ctx, out) => parseAdus(d, start, end, out)),
};
