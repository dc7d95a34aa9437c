// A worker thread reading one byte range of a classic pcap (issue #9 performance): the file's
// global header, then its whole records from `start` to `end`, through its own engine. It posts
// progress while it reads and its totals when done; the parent merges the shards.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { PCAP_GLOBAL_HEADER_LENGTH } from '../../pcap/classic-pcap.js';
import { readCaptureStream } from '../../pcap/read-capture-file.js';
import { createDiscoveryEngine } from '../engine.js';

export interface ShardJob {
  path: string;
  start: number;
  end: number;
}

const PROGRESS_EVERY = 16 * 1024 * 1024;

async function* shardBytes(job: ShardJob): AsyncGenerator<Uint8Array> {
  const handle = await open(job.path, 'r');
  try {
    const header = Buffer.alloc(PCAP_GLOBAL_HEADER_LENGTH);
    await handle.read(header, 0, header.length, 0);
    yield header;
  } finally {
    await handle.close();
  }
  if (job.end > job.start)
    yield* createReadStream(job.path, { start: job.start, end: job.end - 1, highWaterMark: 1024 * 1024 });
}

async function run(job: ShardJob): Promise<void> {
  const engine = createDiscoveryEngine();
  engine.startFile();
  let reported = 0;
  const summary = await readCaptureStream(shardBytes(job), job.path, (p) => engine.onPacket(p), {
    onProgress: (read) => {
      if (read - reported >= PROGRESS_EVERY) {
        parentPort?.postMessage({ kind: 'progress', bytes: read - reported });
        reported = read;
      }
    },
  });
  parentPort?.postMessage({
    kind: 'done',
    partial: engine.finish(),
    summary,
    bytes: job.end - job.start + PCAP_GLOBAL_HEADER_LENGTH - reported,
  });
}

run(workerData as ShardJob).catch((error: unknown) => {
  parentPort?.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
});
