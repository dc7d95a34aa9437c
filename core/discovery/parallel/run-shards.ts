// Reads the shards of one large capture on this thread and worker threads at once, and folds their
// results in file order (issue #9 performance). Every shard gets a fresh engine, so the report is
// the same whichever thread read which shard, and however many threads there were. A conversation
// that crosses a shard boundary is seen by two engines: each counts its own packets, and one still
// unidentified at the end of a shard counts as unidentified there: a few packets out of millions,
// never a missed host.
import type { CaptureSummary } from '../../pcap/types.js';
import { emptyPartial, mergePartial, type DiscoveryPartial } from '../partial.js';
import { claimShard, discoverShard, type ShardsJob } from './shard-job.js';
import type { Shard } from './shard-plan.js';
import { claimPrestartedWorker, startShardWorker } from './worker-start.js';

interface WorkerMessage {
  kind: 'progress' | 'shard' | 'done' | 'error';
  index?: number;
  bytes?: number;
  partial?: DiscoveryPartial;
  summary?: CaptureSummary;
  message?: string;
}

interface ShardResult {
  partial: DiscoveryPartial;
  summary: CaptureSummary;
}

/** Starts one worker on the shared job; it answers through `onShard` until done. */
function startWorker(
  job: ShardsJob,
  onShard: (index: number, result: ShardResult) => void,
  onBytes: (n: number) => void,
): { done: Promise<void>; stop: () => void } {
  // A worker booted ahead (by the CLI, while its own modules loaded) gets the job as a message.
  const waiting = claimPrestartedWorker();
  const worker = waiting ?? startShardWorker(job);
  if (waiting) waiting.postMessage({ kind: 'job', job });
  const done = new Promise<void>((resolve, reject) => {
    let settled = false;
    worker.on('message', (m: WorkerMessage) => {
      if (m.kind === 'progress') onBytes(m.bytes ?? 0);
      else if (m.kind === 'shard') {
        onBytes(m.bytes ?? 0);
        onShard(m.index!, { partial: m.partial!, summary: m.summary! });
      } else if (m.kind === 'done') {
        settled = true;
        resolve();
        void worker.terminate();
      } else {
        settled = true;
        reject(new Error(m.message));
        void worker.terminate();
      }
    });
    worker.on('error', (e) => {
      if (!settled) reject(e);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`discovery worker stopped (exit ${code})`));
    });
  });
  return { done, stop: () => void worker.terminate() };
}

function mergeSummaries(path: string, parts: CaptureSummary[]): CaptureSummary {
  const firsts = parts
    .map((p) => p.first)
    .filter((t): t is string => t !== null)
    .sort();
  const lasts = parts
    .map((p) => p.last)
    .filter((t): t is string => t !== null)
    .sort();
  return {
    file: path,
    format: parts[0]!.format,
    compressed: false,
    byteOrder: parts[0]!.byteOrder,
    linkTypes: [...new Set(parts.flatMap((p) => p.linkTypes))],
    packets: parts.reduce((n, p) => n + p.packets, 0),
    bytes: parts.reduce((n, p) => n + p.bytes, 0),
    first: firsts[0] ?? null,
    last: lasts.at(-1) ?? null,
    skipped: parts.reduce((n, p) => n + p.skipped, 0),
  };
}

/**
 * Folds shard results in file order as they arrive: only the few that finish ahead of an earlier
 * one wait, so memory follows hosts and flows, not the number of shards.
 */
function createOrderedMerge(): {
  add: (index: number, result: ShardResult) => void;
  result: () => { partial: DiscoveryPartial; summaries: CaptureSummary[] };
} {
  const waiting = new Map<number, ShardResult>();
  const summaries: CaptureSummary[] = [];
  let partial = emptyPartial();
  let next = 0;
  return {
    add(index, result) {
      waiting.set(index, result);
      for (let r = waiting.get(next); r !== undefined; r = waiting.get(next)) {
        waiting.delete(next);
        partial = next === 0 ? r.partial : mergePartial(partial, r.partial);
        summaries.push(r.summary);
        next++;
      }
    },
    result: () => ({ partial, summaries }),
  };
}

/**
 * Reads `shards` with `threads` threads: this one and `threads - 1` workers, each claiming the next
 * unread shard until none is left (a worker needs a few hundred milliseconds to start; this thread
 * starts at once, and a thread slowed by a busy machine just reads fewer shards).
 */
export interface ShardRunOptions {
  /** Threads in all, this one included. */
  threads: number;
  onRead?: (bytesRead: number) => void;
  /** Leave every shard to the workers (tests: so that workers surely read some). */
  workersOnly?: boolean;
}

export async function discoverShards(
  path: string,
  shards: readonly Shard[],
  { threads, onRead, workersOnly = false }: ShardRunOptions,
): Promise<{ partial: DiscoveryPartial; summary: CaptureSummary }> {
  const claims = new Int32Array(new SharedArrayBuffer(4));
  const job: ShardsJob = {
    path,
    shards: shards.map(({ start, end }) => ({ start, end })),
    claims: claims.buffer,
  };
  const merge = createOrderedMerge();
  let read = 0;
  const count = (n: number) => {
    read += n;
    onRead?.(read);
  };
  const workerCount = workersOnly ? Math.max(1, threads) : Math.min(threads, shards.length) - 1;
  const workers = Array.from({ length: workerCount }, () => startWorker(job, merge.add, count));
  // Settled before anything can throw below, so a failing worker is never an unhandled rejection.
  const settled = Promise.allSettled(workers.map((w) => w.done));
  try {
    for (
      let index = workersOnly ? -1 : claimShard(claims, shards.length);
      index >= 0;
      index = claimShard(claims, shards.length)
    ) {
      let readHere = 0;
      const result = await discoverShard({ path, ...shards[index]! }, (n) => {
        count(n - readHere);
        readHere = n;
      });
      merge.add(index, result);
    }
  } catch (error) {
    // Nothing more to claim for the workers, and none of their work is wanted any longer.
    Atomics.store(claims, 0, shards.length);
    for (const w of workers) w.stop();
    throw error;
  }
  for (const r of await settled) if (r.status === 'rejected') throw r.reason;
  const { partial, summaries } = merge.result();
  return { partial, summary: mergeSummaries(path, summaries) };
}
