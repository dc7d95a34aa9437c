// Starting the worker threads of a sharded capture (issue #9 performance). A worker needs a
// while to boot and load the engine's modules; on a busy two-core machine that was 0.1 s during
// which only the main thread read the capture. `prestartShardWorker` lets the CLI start one while
// its own thread is still loading modules, and the shard run then hands it the job. This module
// imports nothing of the engine, so calling it early costs the calling thread nothing.
import { open } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { classicMagicOf } from '../../pcap/classic-pcap.js';

/** Captures below this size are read by one thread: starting a worker costs more than it saves. */
export const PARALLEL_MIN_BYTES = 64 * 1024 * 1024;

/**
 * At most this many threads by default: each worker keeps its own heap (about 40–80 MB here), and
 * the memory goal (≤ 300 MB whatever the capture) must hold on many-core machines too.
 */
const DEFAULT_MAX_THREADS = 2;

/**
 * Threads for one large capture: C981_DISCOVER_THREADS (at most the cores), else one per core up
 * to two. On the 2-vCPU benchmark machine two threads beat one (docs/benchmarks.md); `1` turns
 * sharding off.
 */
export function discoveryThreads(): number {
  const cores = Math.max(1, availableParallelism());
  const configured = Number(process.env.C981_DISCOVER_THREADS);
  if (Number.isInteger(configured) && configured >= 1) return Math.min(configured, cores);
  return Math.min(cores, DEFAULT_MAX_THREADS);
}

/** Young generation of a worker, larger than the default: fewer scavenges made shards ~20 % faster. */
const YOUNG_GENERATION_MB = 48;

/**
 * The worker: the built shard-worker.js, or from the TypeScript sources (tests, `bin/c981` without
 * dist/) a small bootstrap that registers tsx's loader in the worker first (an `--import` in the
 * worker's execArgv does not take effect before its entry module loads).
 */
function workerSource(): { entry: URL | string; eval: boolean } {
  if (!import.meta.url.endsWith('.ts')) return { entry: new URL('./shard-worker.js', import.meta.url), eval: false };
  // require.resolve answers the package's CommonJS build; its ES module build sits beside it.
  const tsxApi = createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/u, '.mjs');
  const tsx = pathToFileURL(tsxApi).href;
  const worker = new URL('./shard-worker.ts', import.meta.url).href;
  return {
    entry: `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(worker)}); });`,
    eval: true,
  };
}

/**
 * Starts a shard worker. With a job it begins at once; without one it boots and waits for a
 * `{ kind: 'job', job }` message.
 */
export function startShardWorker(job: unknown = null): Worker {
  const source = workerSource();
  return new Worker(source.entry, {
    eval: source.eval,
    workerData: job,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
}

interface Prestarted {
  worker: Worker;
  /** Set when the worker stopped or failed before it was given a job. */
  gone: boolean;
}

let prestarted: Prestarted | null = null;

/**
 * Boots one worker ahead of a sharded run (a no-op when one is waiting). It does not keep the
 * process alive, and one never claimed is stopped by `dropPrestartedWorker`.
 */
export function prestartShardWorker(): void {
  if (prestarted) return;
  const entry: Prestarted = { worker: startShardWorker(), gone: false };
  entry.worker.on('error', () => (entry.gone = true));
  entry.worker.on('exit', () => (entry.gone = true));
  entry.worker.unref();
  prestarted = entry;
}

/** The waiting worker, if one is waiting and alive; it is then the caller's (and keeps the process alive). */
export function claimPrestartedWorker(): Worker | null {
  const entry = prestarted;
  prestarted = null;
  if (!entry || entry.gone) return null;
  entry.worker.removeAllListeners();
  entry.worker.ref();
  return entry.worker;
}

/** Stops a prestarted worker nobody claimed (the captures turned out not to be sharded). */
export function dropPrestartedWorker(): void {
  const entry = prestarted;
  prestarted = null;
  if (entry && !entry.gone) void entry.worker.terminate();
}

/** Whether the file is a classic pcap large enough to be read in shards (what discoverCaptures does). */
async function shardable(path: string): Promise<boolean> {
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return false;
  try {
    const { size } = await handle.stat();
    if (size < PARALLEL_MIN_BYTES) return false;
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && classicMagicOf(head.readUInt32BE(0)) !== null;
  } finally {
    await handle.close();
  }
}

/**
 * Keeps a prestarted worker (or boots one) when one of `paths` will be read in shards by several
 * threads, and stops it otherwise (small files, pcapng, gzip, one thread).
 */
export async function keepShardWorkerFor(paths: readonly string[]): Promise<void> {
  if (discoveryThreads() > 1)
    for (const path of paths)
      if (await shardable(path)) {
        prestartShardWorker();
        return;
      }
  dropPrestartedWorker();
}
