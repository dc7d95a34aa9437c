// The push parser: feed it chunks of a capture in any sizes; it detects the format from the magic
// number (never the file name), emits every complete record and keeps at most the one incomplete
// record at the chunk boundary. Pure: no I/O, runs on Uint8Array in Node and the browser.
import { classicMagicOf, createClassicPcapParser } from './classic-pcap.js';
import type { FormatParser, ParserSink } from './format-parser.js';
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
  const sink: ParserSink = { onPacket, onInfo, skipped: 0 };
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

  return {
    get skipped() {
      return sink.skipped;
    },
    push(chunk) {
      if (unreadable || format?.stopped || chunk.length === 0) return;
      // Only the incomplete tail of the previous chunk is copied, never a whole file.
      const bytes = pending.length > 0 ? concat(pending, chunk) : chunk;
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
      pending = offset < bytes.length ? bytes.subarray(offset) : EMPTY;
    },
    end() {
      if (pending.length > 0 && !unreadable && !format?.stopped) sink.skipped += 1;
      pending = EMPTY;
    },
  };
}
