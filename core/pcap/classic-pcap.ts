// Classic libpcap files: a 24-byte global header, then 16-byte record headers each followed by
// the captured bytes. https://www.ietf.org/archive/id/draft-ietf-opsawg-pcap-04.html
//
// Resync rule: classic pcap has no markers to find the next record by, so once a record header
// is insane (captured length above MAX_RECORD_LENGTH) everything after it is untrustworthy. The
// parser counts that record as skipped and stops the file. A record cut off by the end of the
// file is counted as skipped by the push parser's end().
import type { FormatParser, ParserSink } from './format-parser.js';
import { MAX_RECORD_LENGTH, type ByteOrder, type CapturePacket } from './types.js';

export const PCAP_GLOBAL_HEADER_LENGTH = 24;
const RECORD_HEADER_LENGTH = 16;

export interface ClassicMagic {
  byteOrder: ByteOrder;
  nanosecond: boolean;
}

/** Reads the magic number as big-endian bytes: a1b2c3d4 / a1b23c4d in either byte order. */
export function classicMagicOf(magic: number): ClassicMagic | null {
  switch (magic) {
    case 0xa1b2c3d4:
      return { byteOrder: 'big', nanosecond: false };
    case 0xd4c3b2a1:
      return { byteOrder: 'little', nanosecond: false };
    case 0xa1b23c4d:
      return { byteOrder: 'big', nanosecond: true };
    case 0x4d3cb2a1:
      return { byteOrder: 'little', nanosecond: true };
    default:
      return null;
  }
}

export function createClassicPcapParser(magic: ClassicMagic, sink: ParserSink): FormatParser {
  const stats = sink.stats;
  const little = magic.byteOrder === 'little';
  const nanosPerUnit = magic.nanosecond ? 1 : 1000;
  const tsDigits = magic.nanosecond ? 9 : 6;
  let linkType = -1;
  let stopped = false;
  // `data` is made only when read: the discovery engine decodes from `buffer` and `offset`, and a
  // view per packet was a large share of its time.
  let current: Uint8Array = new Uint8Array(0);
  const packet: CapturePacket = {
    linkType: -1,
    tsSeconds: 0,
    tsFraction: 0,
    tsDigits,
    timestampKnown: true,
    capturedLength: 0,
    originalLength: 0,
    get data(): Uint8Array {
      return current.subarray(this.offset, this.offset! + this.capturedLength);
    },
    buffer: current,
    offset: 0,
    interfaceId: 0,
  };

  return {
    get stopped() {
      return stopped;
    },
    parse(bytes, view, start) {
      let offset = start;
      if (linkType < 0) {
        if (bytes.length - offset < PCAP_GLOBAL_HEADER_LENGTH) return offset;
        // The top 6 bits carry FCS information (pcap draft §4); Wireshark masks them off the same way.
        linkType = view.getUint32(offset + 20, little) & 0x03ffffff;
        sink.onInfo({ kind: 'interface', interfaceId: 0, linkType, tsDigits });
        offset += PCAP_GLOBAL_HEADER_LENGTH;
      }
      // Per chunk, not per record: the packet's link type and buffer are the same for all of them.
      packet.linkType = linkType;
      packet.buffer = bytes;
      current = bytes;
      while (!stopped && bytes.length - offset >= RECORD_HEADER_LENGTH) {
        const capturedLength = view.getUint32(offset + 8, little);
        if (capturedLength > MAX_RECORD_LENGTH) {
          sink.skipped += 1;
          stopped = true;
          return bytes.length;
        }
        const end = offset + RECORD_HEADER_LENGTH + capturedLength;
        if (end > bytes.length) break;
        // One packet object for the whole file, refilled per record: the handler reads it during
        // the call (CapturePacket's contract), and millions of short-lived objects cost GC time.
        const seconds = view.getUint32(offset, little);
        // A fraction of a second written as ≥ 1 s is carried into tsFraction unchanged: clamping
        // would invent a time, and the record's bytes are still usable.
        const fraction = view.getUint32(offset + 4, little) * nanosPerUnit;
        stats.note(seconds, fraction, tsDigits, capturedLength);
        packet.tsSeconds = seconds;
        packet.tsFraction = fraction;
        packet.capturedLength = capturedLength;
        packet.originalLength = view.getUint32(offset + 12, little);
        packet.offset = offset + RECORD_HEADER_LENGTH;
        sink.onPacket(packet);
        offset = end;
      }
      return stopped ? bytes.length : offset;
    },
  };
}
