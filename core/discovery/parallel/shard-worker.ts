// A worker thread of one large classic pcap (issue #9 performance): it claims shards from the
// shared counter until none is left, reads each through a fresh engine and posts its totals; the
// parent merges them in file order (run-shards.ts). A worker started ahead of its job (see
// worker-start.ts) gets the job as its first message.
import { once } from 'node:events';
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

async function jobOf(): Promise<ShardsJob> {
  if (workerData !== null && workerData !== undefined) return workerData as ShardsJob;
  const [message] = (await once(parentPort!, 'message')) as [{ kind: 'job'; job: ShardsJob }];
  return message.job;
}

jobOf()
  .then(run)
  .catch((error: unknown) => {
    parentPort?.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  });
