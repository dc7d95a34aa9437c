// The Node adapters: stream a capture from disk (readFileChunks) or from any byte stream (an HTTP
// upload), inflating gzip (detected by its 1f 8b magic, not a .gz name) on the way, into the pure
// push parser.
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { createCaptureParser, isGzip } from './capture-parser.js';
import { readFileChunks } from './file-chunks.js';
import { createSummaryCollector } from './capture-summary.js';
import type { CaptureSummary, PacketHandler } from './types.js';

const CHUNK_BYTES = 1024 * 1024;

export interface ReadCaptureOptions {
  /** Called after each chunk with the bytes of the source consumed so far (compressed). */
  onProgress?: (bytesRead: number) => void;
}

/**
 * Reads a capture from a byte stream; the stream is consumed to its end (or to a gzip error). A
 * chunk need stay valid only until the next is asked for (readFileChunks reuses two buffers).
 */
export async function readCaptureStream(
  source: AsyncIterable<Uint8Array>,
  file: string,
  onPacket: PacketHandler = () => {},
  options: ReadCaptureOptions = {},
): Promise<CaptureSummary> {
  const iterator = source[Symbol.asyncIterator]();
  const pending: Uint8Array[] = [];
  let headLength = 0;
  let ended = false;
  while (headLength < 2) {
    const next = await iterator.next();
    if (next.done === true) {
      ended = true;
      break;
    }
    // Copied: a source may reuse a chunk's memory once the next one is asked for.
    pending.push(next.value.slice());
    headLength += next.value.length;
  }
  const head = Buffer.concat(pending).subarray(0, 2);
  const compressed = isGzip(head);
  let consumed = 0;
  const { onProgress } = options;
  async function* raw(): AsyncGenerator<Uint8Array> {
    for (const chunk of pending) {
      consumed += chunk.length;
      onProgress?.(consumed);
      yield chunk;
    }
    while (!ended) {
      const next = await iterator.next();
      if (next.done === true) return;
      consumed += next.value.length;
      onProgress?.(consumed);
      yield next.value;
    }
  }

  const collector = createSummaryCollector(file, compressed);
  const parser = createCaptureParser(onPacket, collector.onInfo);
  if (!compressed) {
    for await (const chunk of raw()) parser.push(chunk);
  } else {
    // The stream reads ahead of inflation, so it gets chunks of its own.
    const copies = async function* () {
      for await (const chunk of raw()) yield chunk.slice();
    };
    const input = Readable.from(copies(), { objectMode: false });
    const gunzip = createGunzip({ chunkSize: CHUNK_BYTES });
    // pipe() does not forward read errors; without this a failing source would leave us waiting.
    input.on('error', (error) => gunzip.destroy(error));
    try {
      for await (const chunk of input.pipe(gunzip)) parser.push(chunk as Buffer);
    } catch (error) {
      // A truncated or damaged gzip stream ends the capture where inflation failed; what was read
      // stays counted. Errors of the source itself are not capture content: rethrown.
      if ((error as NodeJS.ErrnoException).code?.startsWith('Z_') !== true) throw error;
      input.destroy();
      // Drain the source so an upload is read to its end (the client is waiting to finish sending).
      while (!ended) {
        const next = await iterator.next();
        if (next.done === true) break;
      }
    }
  }
  parser.end();
  return collector.finish(parser.skipped, parser.stats);
}

export async function readCaptureFile(
  path: string,
  onPacket: PacketHandler = () => {},
  options: ReadCaptureOptions = {},
): Promise<CaptureSummary> {
  return readCaptureStream(readFileChunks(path), path, onPacket, options);
}
