// One shard of a classic pcap read through its own engine: the file's global header, then its
// whole records from `start` to `end`. The calling thread and the worker threads claim shards from
// one shared counter, so a thread slowed by a busy machine simply reads fewer of them.
import { open } from 'node:fs/promises';
import { PCAP_GLOBAL_HEADER_LENGTH } from '../../pcap/classic-pcap.js';
import { readFileChunks } from '../../pcap/file-chunks.js';
import { readCaptureStream } from '../../pcap/read-capture-file.js';
import type { CaptureSummary } from '../../pcap/types.js';
import { borrowEngine } from '../engine-pool.js';
import type { DiscoveryPartial } from '../partial.js';

export interface ShardJob {
  path: string;
  start: number;
  end: number;
}

/** All the shards of one file, as handed to a worker thread. */
export interface ShardsJob {
  path: string;
  shards: readonly { start: number; end: number }[];
  /** One Int32 on a SharedArrayBuffer: the index of the next shard to claim. */
  claims: SharedArrayBuffer;
}

/** The next unclaimed shard's index, or -1 when every shard is taken. */
export function claimShard(claims: Int32Array, count: number): number {
  const index = Atomics.add(claims, 0, 1);
  return index < count ? index : -1;
}

async function* shardBytes(job: ShardJob): AsyncGenerator<Uint8Array> {
  const handle = await open(job.path, 'r');
  try {
    const header = Buffer.alloc(PCAP_GLOBAL_HEADER_LENGTH);
    await handle.read(header, 0, header.length, 0);
    yield header;
  } finally {
    await handle.close();
  }
  if (job.end > job.start) yield* readFileChunks(job.path, { start: job.start, end: job.end });
}

/** Bytes of the file a shard stands for (its range plus the global header it reads too). */
export function shardBytesTotal(job: ShardJob): number {
  return job.end - job.start + PCAP_GLOBAL_HEADER_LENGTH;
}

/** Reads one shard; `onRead` gets the bytes read so far. */
export async function discoverShard(
  job: ShardJob,
  onRead?: (bytesRead: number) => void,
): Promise<{ partial: DiscoveryPartial; summary: CaptureSummary }> {
  const lent = borrowEngine();
  const engine = lent.engine;
  try {
    engine.startFile();
    const summary = await readCaptureStream(shardBytes(job), job.path, (p) => engine.onPacket(p), {
      onProgress: onRead,
    });
    return { partial: engine.finish(), summary };
  } finally {
    lent.release();
  }
}
