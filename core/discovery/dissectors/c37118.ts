// IEEE C37.118.2 synchrophasor frames on TCP/UDP 4712 (and 4713): frame types, stream ids, and
// the PMU station names of configuration frames.
import type { Dissector, FactSink, PacketContext } from '../dissector.js';
import { text, u16be } from '../dissector.js';

const C37118_PORTS = [4712, 4713];
/** SYNC (0xAA, type/version), FRAMESIZE, IDCODE, SOC (4), FRACSEC (4) (C37.118.2-2011 §6.2). */
const SYNC = 0xaa;
const COMMON_HEADER_BYTES = 14;
/** The smallest frame is a command frame: header, CMD (2), CHK (2) (§6.5). */
const MIN_FRAME_BYTES = 18;
const FRAME_CFG1 = 2;
const FRAME_CFG2 = 3;
const FRAME_CFG3 = 5;
/** Version numbers 1 (2005) and 2 (2011); 3 is reserved for CFG-3-era revisions. */
const MAX_VERSION = 3;
const STATION_NAME_BYTES = 16;
/** Station names taken from one configuration frame at most (a PDC aggregates many PMUs). */
const MAX_STATIONS = 64;

/** CRC-CCITT (polynomial 0x1021, initial 0xFFFF), big-endian in the CHK field (§6.2, Annex B). */
const CRC_TABLE = (() => {
  const table = new Uint16Array(256);
  for (let i = 0; i < 256; i += 1) {
    let crc = i << 8;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    table[i] = crc;
  }
  return table;
})();

function crcMatches(d: Uint8Array, o: number, size: number): boolean {
  let crc = 0xffff;
  for (let i = o; i < o + size - 2; i += 1) crc = ((crc << 8) & 0xffff) ^ CRC_TABLE[((crc >> 8) ^ d[i]!) & 0xff]!;
  return d[o + size - 2] === crc >> 8 && d[o + size - 1] === (crc & 0xff);
}

/** Size of a frame whose header is well-formed at `o`, or 0. */
function frameSize(d: Uint8Array, o: number): number {
  if (o + 4 > d.length || d[o] !== SYNC) return 0;
  const typeVersion = d[o + 1]!;
  const type = (typeVersion >> 4) & 0x07;
  const version = typeVersion & 0x0f;
  // Bit 7 is reserved (0); frame types 0–5 are defined (§6.2.1, Table 2).
  if ((typeVersion & 0x80) !== 0 || type > FRAME_CFG3 || version === 0 || version > MAX_VERSION) return 0;
  const size = u16be(d, o + 2)!;
  return size >= MIN_FRAME_BYTES ? size : 0;
}

/** The segment starts with a whole frame whose CRC is right, and every frame follows on. */
export function isC37118(payload: Uint8Array): boolean {
  const first = frameSize(payload, 0);
  if (first === 0 || first > payload.length || !crcMatches(payload, 0, first)) return false;
  let o = first;
  while (o < payload.length) {
    const size = frameSize(payload, o);
    if (size === 0) return false;
    o += size;
  }
  return true;
}

/** CFG-1/CFG-2: TIME_BASE, NUM_PMU, then per PMU STN (16), IDCODE, FORMAT, counts, names … (§6.4). */
function parseConfig12(d: Uint8Array, o: number, end: number, out: FactSink): void {
  const pmus = u16be(d, o + COMMON_HEADER_BYTES + 4);
  if (pmus === undefined) return;
  let p = o + COMMON_HEADER_BYTES + 6;
  for (let i = 0; i < pmus && i < MAX_STATIONS; i += 1) {
    if (p + STATION_NAME_BYTES + 10 > end) return;
    const name = text(d, p, STATION_NAME_BYTES);
    const idCode = u16be(d, p + STATION_NAME_BYTES)!;
    out.detail('idCodes', idCode);
    if (name) out.identity('sender', { protocol: 'c37118', name });
    const phasors = u16be(d, p + STATION_NAME_BYTES + 4)!;
    const analogs = u16be(d, p + STATION_NAME_BYTES + 6)!;
    const digitals = u16be(d, p + STATION_NAME_BYTES + 8)!;
    // Channel names (16 each; 16 per digital word), then the unit words (4 each), FNOM, CFGCNT.
    const names = STATION_NAME_BYTES * (phasors + analogs + 16 * digitals);
    p += STATION_NAME_BYTES + 10 + names + 4 * (phasors + analogs + digitals) + 4;
  }
}

/** CFG-3: CONT_IDX, TIME_BASE, NUM_PMU, then a length-prefixed station name (§6.4.2, 2011). */
function parseConfig3(d: Uint8Array, o: number, end: number, out: FactSink): void {
  const at = o + COMMON_HEADER_BYTES + 8;
  // Only the first fragment (CONT_IDX 0) holds the first PMU's header.
  if (at >= end || u16be(d, o + COMMON_HEADER_BYTES) !== 0) return;
  const length = d[at]!;
  if (at + 1 + length > end) return;
  const name = text(d, at + 1, length, 'utf8');
  if (name) out.identity('sender', { protocol: 'c37118', name });
}

function parseFrames(payload: Uint8Array, out: FactSink): void {
  let o = 0;
  while (o < payload.length) {
    const size = frameSize(payload, o);
    if (size === 0) return;
    const type = (payload[o + 1]! >> 4) & 0x07;
    out.detail('frameTypes', type);
    const idCode = u16be(payload, o + 4);
    if (idCode !== undefined) out.detail('idCodes', idCode);
    const whole = o + size <= payload.length;
    if (whole && (type === FRAME_CFG1 || type === FRAME_CFG2) && crcMatches(payload, o, size))
      parseConfig12(payload, o, o + size - 2, out);
    else if (whole && type === FRAME_CFG3 && crcMatches(payload, o, size)) parseConfig3(payload, o, o + size - 2, out);
    o += size;
  }
}

function makeC37118Dissector(transport: 'tcp' | 'udp'): Dissector<undefined> {
  return {
    id: 'c37118',
    transport,
    ports: C37118_PORTS,
    detect: (payload: Uint8Array, _ctx: PacketContext) => isC37118(payload),
    parse: (payload: Uint8Array, _ctx: PacketContext, out: FactSink) => parseFrames(payload, out),
  };
}

export const c37118TcpDissector = makeC37118Dissector('tcp');
export const c37118UdpDissector = makeC37118Dissector('udp');
