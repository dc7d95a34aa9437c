// A worker thread of one large classic pcap (issue #9 performance): it claims shards from the
// shared counter until none is left, reads each through a fresh engine and posts its totals; the
// parent merges them in file order (run-shards.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { claimShard, discoverShard, shardBytesTotal, type ShardsJob } from './shard-job.js';

const PROGRESS_EVERY = 16 * 1024 * 1024;

async function run(job: ShardsJob): Promise<void> {
  const claims = new Int32Array(job.claims);
  for (let index = claimShard(claims, job.shards.length); index >= 0; index = claimShard(claims, job.shards.length)) {
    const shard = { path: job.path, ...job.shards[index]! };
    let reported = 0;
    const { partial, summary } = await discoverShard(shard, (read) => {
      if (read - reported >= PROGRESS_EVERY) {
        parentPort?.postMessage({ kind: 'progress', bytes: read - reported });
        reported = read;
      }
    });
    parentPort?.postMessage({ kind: 'shard', index, partial, summary, bytes: shardBytesTotal(shard) - reported });
  }
  parentPort?.postMessage({ kind: 'done' });
}

run(workerData as ShardsJob).catch((error: unknown) => {
  parentPort?.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
});
