// pcapng: a sequence of blocks (type, total length, body, total length again). A section header
// block (SHB) fixes the byte order and starts a new list of interfaces (IDBs); packets come in
// enhanced (EPB), simple (SPB) and obsolete (PB) packet blocks. Other blocks are skipped by length.
// https://www.ietf.org/archive/id/draft-ietf-opsawg-pcapng-03.html
//
// Resync rules: a block whose length is plausible (≥ 12, a multiple of 4, ≤ MAX_BLOCK_LENGTH) but
// whose trailing length differs, or whose body contradicts its length, is counted as skipped and
// the next block is tried at offset + length. A block whose length is not plausible gives nothing
// to advance by, so it is counted as skipped and the file stops there.
import type { FormatParser, ParserSink } from './format-parser.js';
import { splitUnits } from './timestamps.js';
import { MAX_BLOCK_LENGTH, type ByteOrder } from './types.js';

export const PCAPNG_SHB_TYPE = 0x0a0d0d0a;
const BYTE_ORDER_MAGIC = 0x1a2b3c4d;
const IDB_TYPE = 1;
const OBSOLETE_PACKET_TYPE = 2;
const SIMPLE_PACKET_TYPE = 3;
const ENHANCED_PACKET_TYPE = 6;
const BLOCK_OVERHEAD = 12;
const OPTION_IF_TSRESOL = 9;
const OPTION_IF_TSOFFSET = 14;

interface PcapngInterface {
  linkType: number;
  snapLength: number;
  unitsPerSecond: number;
  tsDigits: number;
  offsetSeconds: number;
}

/** if_tsresol: high bit set means a power of two, else a power of ten; default 10^-6. */
function resolutionOf(value: number): { unitsPerSecond: number; tsDigits: number } {
  const exponent = value & 0x7f;
  if (value & 0x80) {
    const unitsPerSecond = 2 ** Math.min(exponent, 63);
    return { unitsPerSecond, tsDigits: Math.min(9, Math.ceil(exponent * Math.log10(2))) };
  }
  // 10^-19 and finer overflow 64-bit units for any real date; clamp to what a double can divide by.
  const capped = Math.min(exponent, 18);
  return { unitsPerSecond: 10 ** capped, tsDigits: Math.min(capped, 9) };
}

export function createPcapngParser(sink: ParserSink): FormatParser {
  let little = true;
  let sectionSeen = false;
  let interfaces: PcapngInterface[] = [];
  let stopped = false;

  function readInterface(bytes: Uint8Array, view: DataView, body: number, bodyEnd: number): PcapngInterface {
    const iface: PcapngInterface = {
      linkType: view.getUint16(body, little),
      snapLength: view.getUint32(body + 4, little),
      unitsPerSecond: 1e6,
      tsDigits: 6,
      offsetSeconds: 0,
    };
    // Options: code (2), length (2), value padded to 4; opt_endofopt (0) ends the list.
    let option = body + 8;
    while (option + 4 <= bodyEnd) {
      const code = view.getUint16(option, little);
      const length = view.getUint16(option + 2, little);
      const value = option + 4;
      if (code === 0 || value + length > bodyEnd) break;
      if (code === OPTION_IF_TSRESOL && length >= 1) Object.assign(iface, resolutionOf(bytes[value] ?? 6));
      if (code === OPTION_IF_TSOFFSET && length >= 8) {
        iface.offsetSeconds = Number(view.getBigInt64(value, little));
      }
      option = value + ((length + 3) & ~3);
    }
    return iface;
  }

  /** Reads one block's body; false when the body contradicts its length (skipped by the caller). */
  function readBlock(bytes: Uint8Array, view: DataView, type: number, start: number, length: number): boolean {
    const body = start + 8;
    const bodyEnd = start + length - 4;
    switch (type) {
      case IDB_TYPE: {
        if (bodyEnd - body < 8) return false;
        const iface = readInterface(bytes, view, body, bodyEnd);
        interfaces.push(iface);
        sink.onInfo({
          kind: 'interface',
          interfaceId: interfaces.length - 1,
          linkType: iface.linkType,
          tsDigits: iface.tsDigits,
        });
        return true;
      }
      case ENHANCED_PACKET_TYPE:
      case OBSOLETE_PACKET_TYPE: {
        if (bodyEnd - body < 20) return false;
        // The obsolete packet block has a 16-bit interface id followed by a 16-bit drop count.
        const interfaceId = type === ENHANCED_PACKET_TYPE ? view.getUint32(body, little) : view.getUint16(body, little);
        const iface = interfaces[interfaceId];
        const capturedLength = view.getUint32(body + 12, little);
        if (!iface || capturedLength > bodyEnd - body - 20) return false;
        const time = splitUnits(
          view.getUint32(body + 4, little),
          view.getUint32(body + 8, little),
          iface.unitsPerSecond,
          iface.offsetSeconds,
        );
        sink.stats.note(time.seconds, time.nanos, iface.tsDigits, capturedLength);
        sink.onPacket({
          linkType: iface.linkType,
          tsSeconds: time.seconds,
          tsFraction: time.nanos,
          tsDigits: iface.tsDigits,
          timestampKnown: true,
          capturedLength,
          originalLength: view.getUint32(body + 16, little),
          data: bytes.subarray(body + 20, body + 20 + capturedLength),
          interfaceId,
        });
        return true;
      }
      case SIMPLE_PACKET_TYPE: {
        const iface = interfaces[0];
        if (!iface || bodyEnd - body < 4) return false;
        const originalLength = view.getUint32(body, little);
        // An SPB's captured length is implied: the original length cut to the snap length and body.
        let capturedLength = Math.min(originalLength, bodyEnd - body - 4);
        if (iface.snapLength > 0) capturedLength = Math.min(capturedLength, iface.snapLength);
        sink.stats.count(capturedLength);
        sink.onPacket({
          linkType: iface.linkType,
          tsSeconds: 0,
          tsFraction: 0,
          tsDigits: iface.tsDigits,
          timestampKnown: false,
          capturedLength,
          originalLength,
          data: bytes.subarray(body + 4, body + 4 + capturedLength),
          interfaceId: 0,
        });
        return true;
      }
      default:
        return true;
    }
  }

  return {
    get stopped() {
      return stopped;
    },
    parse(bytes, view, start) {
      let offset = start;
      while (!stopped && bytes.length - offset >= BLOCK_OVERHEAD) {
        const rawType = view.getUint32(offset, true);
        if (rawType === PCAPNG_SHB_TYPE) {
          // The SHB type reads the same in both orders; its byte-order magic decides the section's.
          const magic = view.getUint32(offset + 8, true);
          if (magic === BYTE_ORDER_MAGIC || magic === 0x4d3c2b1a) {
            little = magic === BYTE_ORDER_MAGIC;
            const byteOrder: ByteOrder = little ? 'little' : 'big';
            if (!sectionSeen) sink.onInfo({ kind: 'format', format: 'pcapng', byteOrder });
            sectionSeen = true;
            interfaces = [];
          }
        }
        const type = view.getUint32(offset, little);
        const length = view.getUint32(offset + 4, little);
        if (length < BLOCK_OVERHEAD || length % 4 !== 0 || length > MAX_BLOCK_LENGTH) {
          sink.skipped += 1;
          stopped = true;
          return bytes.length;
        }
        if (bytes.length - offset < length) break;
        const trailing = view.getUint32(offset + length - 4, little);
        if (trailing !== length || !readBlock(bytes, view, type, offset, length)) sink.skipped += 1;
        offset += length;
      }
      return stopped ? bytes.length : offset;
    },
  };
}
