// HART-IP (FieldComm Group HCF_SPEC-085): an 8-byte header (version, message type, message id,
// status, sequence number, byte count including the header) over UDP or TCP 5094. Token-passing
// pass-through messages wrap a HART PDU (HCF_SPEC-081: delimiter, address, command, byte count).
import type { Dissector, FactSink } from '../dissector.js';
import { u16be } from '../dissector.js';

export const HART_IP_PORT = 5094;
const HEADER = 8;
// Message types (§10.2): request, response, publish/notification, error, NAK.
const MESSAGE_TYPES = new Set([0, 1, 2, 3, 15]);
// Message ids: session initiate/close, keep-alive, token-passing PDU, discovery, read audit log.
const MESSAGE_IDS = new Set([0, 1, 2, 3, 4, 128]);
const MSG_TOKEN_PASSING_PDU = 3;
/** HART command 31 announces a 16-bit extended command number in the first data bytes. */
const CMD_EXTENDED = 31;

/** True when the segment is one or more whole HART-IP messages with known type and id. */
export function isHartIpSegment(d: Uint8Array): boolean {
  let off = 0;
  while (off + HEADER <= d.length) {
    const version = d[off]!;
    if (version !== 1 && version !== 2) return false;
    if (!MESSAGE_TYPES.has(d[off + 1]!) || !MESSAGE_IDS.has(d[off + 2]!)) return false;
    const count = u16be(d, off + 6)!;
    if (count < HEADER || off + count > d.length) return false;
    off += count;
  }
  return off > 0 && off === d.length;
}

/** The HART command of a token-passing PDU at [o, end) (HCF_SPEC-081 §5), or -1. */
function hartCommand(d: Uint8Array, o: number, end: number): number {
  if (o >= end) return -1;
  const delimiter = d[o]!;
  const frameType = delimiter & 0x07;
  // 1 BACK (burst), 2 STX (master to device), 6 ACK (device to master).
  if (frameType !== 1 && frameType !== 2 && frameType !== 6) return -1;
  // Bit 7: 5-byte unique address instead of a 1-byte polling address; bits 5–6: expansion bytes.
  const addressLength = delimiter & 0x80 ? 5 : 1;
  const c = o + 1 + addressLength + ((delimiter >> 5) & 0x03);
  if (c + 2 > end) return -1;
  const command = d[c]!;
  if (command !== CMD_EXTENDED) return command;
  // The extended number follows the byte count; replies put response code and status first.
  const ext = u16be(d, c + 2 + (frameType === 2 ? 0 : 2));
  return ext !== undefined && c + 2 + d[c + 1]! <= end ? ext : command;
}

function parseMessages(d: Uint8Array, out: FactSink): void {
  let off = 0;
  while (off + HEADER <= d.length) {
    const count = u16be(d, off + 6)!;
    if (count < HEADER || (d[off] !== 1 && d[off] !== 2)) return;
    const id = d[off + 2]!;
    out.detail('messageIds', id);
    if (id === MSG_TOKEN_PASSING_PDU) {
      const command = hartCommand(d, off + HEADER, Math.min(d.length, off + count));
      if (command >= 0) out.detail('commands', command);
    }
    off += count;
  }
}

export const hartIpTcpDissector: Dissector = {
  id: 'hart-ip',
  transport: 'tcp',
  ports: [HART_IP_PORT],
  detect: (payload) => isHartIpSegment(payload),
  parse: (payload, _ctx, out) => parseMessages(payload, out),
};

export const hartIpUdpDissector: Dissector = {
  id: 'hart-ip',
  transport: 'udp',
  ports: [HART_IP_PORT],
  detect: (payload) => isHartIpSegment(payload),
  parse: (payload, _ctx, out) => parseMessages(payload, out),
};
