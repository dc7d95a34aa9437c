// DNP3 (IEEE 1815) over TCP and UDP port 20000: link frames, master/outstation roles from the
// link-layer DIR bit, station addresses, and application function codes.
import type { Dissector, FactSink, PacketContext } from '../dissector.js';

const DNP3_PORT = 20000;
/** Link header: 0x05 0x64, LEN, CTRL, DEST (2, LE), SRC (2, LE), CRC (2) — IEEE 1815-2012 §9.2.4. */
const HEADER_BYTES = 10;
const BLOCK_BYTES = 16;
/** Control octet bits (IEEE 1815-2012 §9.2.4.1.3). */
const CTRL_DIR = 0x80;
const CTRL_PRM = 0x40;
/** Primary link functions that carry transport segments: CONFIRMED/UNCONFIRMED_USER_DATA. */
const FC_CONFIRMED_USER_DATA = 3;
const FC_UNCONFIRMED_USER_DATA = 4;
/** Transport header FIR bit: first segment of an application fragment (IEEE 1815-2012 §8.2.1). */
const TRANSPORT_FIR = 0x40;
/** 0xFFFD–0xFFFF are the broadcast destinations (IEEE 1815-2012 §9.2.5.3): not a station. */
const FIRST_BROADCAST_ADDRESS = 0xfffd;

/** CRC-16/DNP: polynomial 0x3D65, reflected (0xA6BC), result complemented, sent low byte first. */
const CRC_TABLE = (() => {
  const table = new Uint16Array(256);
  for (let i = 0; i < 256; i += 1) {
    let crc = i;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xa6bc : crc >>> 1;
    table[i] = crc;
  }
  return table;
})();

function crcMatches(d: Uint8Array, o: number, n: number): boolean {
  if (o + n + 2 > d.length) return false;
  let crc = 0;
  for (let i = o; i < o + n; i += 1) crc = (crc >>> 8) ^ CRC_TABLE[(crc ^ d[i]!) & 0xff]!;
  crc = ~crc & 0xffff;
  return d[o + n] === (crc & 0xff) && d[o + n + 1] === crc >>> 8;
}

/** The whole frame's size on the wire (header, data, one CRC per 16-byte block), or 0 if invalid. */
function frameSize(d: Uint8Array, o: number): number {
  if (o + HEADER_BYTES > d.length || d[o] !== 0x05 || d[o + 1] !== 0x64) return 0;
  const len = d[o + 2]!;
  // LEN counts CTRL, DEST, SRC and user data: at least 5 (IEEE 1815-2012 §9.2.4.1.2).
  if (len < 5) return 0;
  const data = len - 5;
  return HEADER_BYTES + data + 2 * Math.ceil(data / BLOCK_BYTES);
}

/** True when `d` starts with a DNP3 link header whose header CRC is right. */
export function isDnp3Frame(d: Uint8Array): boolean {
  return frameSize(d, 0) > 0 && crcMatches(d, 0, 8);
}

function parseFrames(payload: Uint8Array, out: FactSink): void {
  let o = 0;
  while (o < payload.length) {
    const size = frameSize(payload, o);
    // A bad header ends the walk: without a valid length there is no next frame boundary.
    if (size === 0 || !crcMatches(payload, o, 8)) return;
    const ctrl = payload[o + 3]!;
    const dst = payload[o + 4]! | (payload[o + 5]! << 8);
    const src = payload[o + 6]! | (payload[o + 7]! << 8);
    const fromMaster = (ctrl & CTRL_DIR) !== 0;
    out.role('sender', fromMaster ? 'master' : 'outstation');
    out.role('receiver', fromMaster ? 'outstation' : 'master');
    out.detail(fromMaster ? 'masterAddresses' : 'outstationAddresses', src);
    if (dst < FIRST_BROADCAST_ADDRESS) out.detail(fromMaster ? 'outstationAddresses' : 'masterAddresses', dst);
    else out.flag('broadcast', true);

    const fc = ctrl & 0x0f;
    const dataBytes = payload[o + 2]! - 5;
    // Transport byte, application control and function code all sit in the first 16-byte block,
    // so no CRC stripping is needed to reach them (IEEE 1815-2012 §4.2.2.1).
    if (
      (ctrl & CTRL_PRM) !== 0 &&
      (fc === FC_CONFIRMED_USER_DATA || fc === FC_UNCONFIRMED_USER_DATA) &&
      dataBytes >= 3 &&
      o + HEADER_BYTES + 3 <= payload.length &&
      (payload[o + HEADER_BYTES]! & TRANSPORT_FIR) !== 0
    ) {
      out.detail('functionCodes', payload[o + HEADER_BYTES + 2]!);
    }
    o += size;
  }
}

function makeDnp3Dissector(transport: 'tcp' | 'udp'): Dissector<undefined> {
  return {
    id: 'dnp3',
    transport,
    ports: [DNP3_PORT],
    detect: (payload: Uint8Array, _ctx: PacketContext) => isDnp3Frame(payload),
    parse: (payload: Uint8Array, _ctx: PacketContext, out: FactSink) => parseFrames(payload, out),
  };
}

export const dnp3TcpDissector = makeDnp3Dissector('tcp');
export const dnp3UdpDissector = makeDnp3Dissector('udp');
