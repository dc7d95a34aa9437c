// The Node adapter: streams a capture file from disk in 1 MB chunks, inflating gzip (detected by
// its 1f 8b magic, not the .gz name) on the way, into the pure push parser.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { createCaptureParser, isGzip } from './capture-parser.js';
import { createSummaryCollector } from './capture-summary.js';
import type { CaptureSummary, PacketHandler } from './types.js';

const CHUNK_BYTES = 1024 * 1024;

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export async function readCaptureFile(path: string, onPacket: PacketHandler = () => {}): Promise<CaptureSummary> {
  const compressed = isGzip(await readHead(path));
  const collector = createSummaryCollector(path, compressed);
  const parser = createCaptureParser((packet) => {
    collector.onPacket(packet);
    onPacket(packet);
  }, collector.onInfo);

  const file = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  let source: Readable = file;
  if (compressed) {
    const gunzip = createGunzip({ chunkSize: CHUNK_BYTES });
    // pipe() does not forward read errors; without this a failing disk would leave us waiting.
    file.on('error', (error) => gunzip.destroy(error));
    source = file.pipe(gunzip);
  }
  try {
    for await (const chunk of source) parser.push(chunk as Buffer);
  } catch (error) {
    // A truncated or damaged gzip stream ends the capture where inflation failed; what was read
    // stays counted. Errors opening or reading the file itself are not capture content: rethrown.
    if (!compressed || (error as NodeJS.ErrnoException).code?.startsWith('Z_') !== true) throw error;
    file.destroy();
  }
  parser.end();
  return collector.finish(parser.skipped);
}
