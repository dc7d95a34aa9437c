// The push parser: feed it chunks of a capture in any sizes; it detects the format from the magic
// number (never the file name), emits every complete record and keeps at most the one incomplete
// record at the chunk boundary. Pure: no I/O, runs on Uint8Array in Node and the browser.
import { classicMagicOf, createClassicPcapParser } from './classic-pcap.js';
import type { FormatParser, ParserSink } from './format-parser.js';
import { PacketStats } from './packet-stats.js';
import { createPcapngParser, PCAPNG_SHB_TYPE } from './pcapng.js';
import type { InfoHandler, PacketHandler } from './types.js';

const MAGIC_LENGTH = 4;
const EMPTY = new Uint8Array(0);

export interface CaptureParser {
  push(chunk: Uint8Array): void;
  /** Ends the input: a record cut off by the end of the file is counted as skipped. */
  end(): void;
  /** Truncated or corrupt records and blocks skipped so far. */
  readonly skipped: number;
  /** Packets, bytes and earliest/latest time of the records read so far. */
  readonly stats: PacketStats;
}

/** gzip's member header starts 1f 8b; the stream adapter inflates such files before parsing. */
export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}

export function createCaptureParser(onPacket: PacketHandler, onInfo: InfoHandler = () => {}): CaptureParser {
  const sink: ParserSink = { onPacket, onInfo, skipped: 0, stats: new PacketStats() };
  let format: FormatParser | null = null;
  /** Set once the magic matched nothing: the rest of the input is ignored. */
  let unreadable = false;
  let pending: Uint8Array = EMPTY;

  function detect(bytes: Uint8Array, view: DataView): FormatParser | null {
    const magic = view.getUint32(0, false);
    if (magic === PCAPNG_SHB_TYPE) return createPcapngParser(sink);
    const classic = classicMagicOf(magic);
    if (classic) {
      onInfo({ kind: 'format', format: 'pcap', byteOrder: classic.byteOrder });
      return createClassicPcapParser(classic, sink);
    }
    unreadable = true;
    sink.skipped += 1;
    onInfo({ kind: 'unknown-format', magic: hex(bytes.subarray(0, MAGIC_LENGTH)) });
    return null;
  }

  /**
   * Completes the record cut by the previous chunk boundary by joining the tail with just enough of
   * the new chunk (64 KB, widened for bigger records), so a chunk is never copied whole. Answers
   * the part of `chunk` still to parse, or null when all of it went into the pending tail.
   */
  function finishPending(f: FormatParser, chunk: Uint8Array): Uint8Array | null {
    for (let take = Math.min(chunk.length, 65536); ; take = Math.min(chunk.length, take * 4)) {
      const head = concat(pending, chunk.subarray(0, take));
      const used = f.parse(head, new DataView(head.buffer), 0);
      if (f.stopped) {
        pending = EMPTY;
        return null;
      }
      if (used >= pending.length) {
        const from = used - pending.length;
        if (take === chunk.length) {
          pending = used < head.length ? head.slice(used) : EMPTY;
          return null;
        }
        pending = EMPTY;
        return chunk.subarray(from);
      }
      if (take === chunk.length) {
        pending = head.slice(used);
        return null;
      }
    }
  }

  return {
    get skipped() {
      return sink.skipped;
    },
    stats: sink.stats,
    push(input) {
      if (unreadable || format?.stopped || input.length === 0) return;
      // A plain Uint8Array view of Node's Buffer: every packet is a subarray of it, and Buffer's
      // subarray (a FastBuffer per call) cost several times more per packet.
      const chunk =
        Object.getPrototypeOf(input) === Uint8Array.prototype
          ? input
          : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
      let bytes = chunk;
      if (pending.length > 0) {
        if (!format) bytes = concat(pending, chunk);
        else {
          const rest = finishPending(format, chunk);
          if (rest === null) return;
          bytes = rest;
        }
      }
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      if (!format) {
        if (bytes.length < MAGIC_LENGTH) {
          pending = bytes.slice();
          return;
        }
        format = detect(bytes, view);
        if (!format) {
          pending = EMPTY;
          return;
        }
      }
      const offset = format.parse(bytes, view, 0);
      // Kept as a copy: the caller may reuse the chunk's memory once push returns.
      pending = offset < bytes.length ? bytes.slice(offset) : EMPTY;
    },
    end() {
      if (pending.length > 0 && !unreadable && !format?.stopped) sink.skipped += 1;
      pending = EMPTY;
    },
  };
}
