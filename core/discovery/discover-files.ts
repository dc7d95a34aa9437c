// The Node adapter of discovery: reads captures (files, or byte streams such as uploads) one after
// another into one engine, so a device seen in several captures is one host (issue #9 item 3).
import { stat } from 'node:fs/promises';
import { readFileChunks } from '../pcap/file-chunks.js';
import { readCaptureStream } from '../pcap/read-capture-file.js';
import { borrowEngine, type LentEngine } from './engine-pool.js';
import type { DiscoveryEngine, DiscoveryEngineOptions } from './engine.js';
import { discoverShards } from './parallel/run-shards.js';
import { planShards, tapering, type Shard } from './parallel/shard-plan.js';
import { discoveryThreads, dropPrestartedWorker, PARALLEL_MIN_BYTES } from './parallel/worker-start.js';
import { emptyPartial, mergePartial, type DiscoveryPartial } from './partial.js';
import { buildReport, type VendorLookup } from './report.js';
import type { CaptureReport, DiscoveryReport } from './types.js';

export interface DiscoverOptions extends DiscoveryEngineOptions {
  lookupVendor?: VendorLookup;
  /** Bytes read so far over all sources, and their total size when known (0 if not). */
  onProgress?: (done: number, total: number) => void;
}

export interface CaptureSource {
  /** Shown in the report's `captures[].file`. */
  name: string;
  /** A file on disk: large classic pcaps are then read by several worker threads at once. */
  path?: string;
  /** Size in bytes when known (for progress). */
  size?: number;
  open(): AsyncIterable<Uint8Array>;
}

/** Reads one source into the engine and answers its capture summary. */
export async function feedCapture(
  engine: DiscoveryEngine,
  source: CaptureSource,
  onRead?: (bytesRead: number) => void,
): Promise<CaptureReport> {
  engine.startFile();
  const summary = await readCaptureStream(source.open(), source.name, (packet) => engine.onPacket(packet), {
    onProgress: onRead,
  });
  return {
    file: source.name,
    format: summary.format,
    compressed: summary.compressed,
    linkTypes: summary.linkTypes,
    packets: summary.packets,
    bytes: summary.bytes,
    first: summary.first,
    last: summary.last,
    skipped: summary.skipped,
  };
}

/**
 * Classic pcaps of PARALLEL_MIN_BYTES or more (worker-start.ts) are read in shards of at most
 * SHARD_BYTES, tapering to LAST_SHARD_BYTES towards the end, each by a fresh engine, by as many
 * threads as discoveryThreads() allows. The shards depend on the file only, so the report does not
 * depend on the thread count.
 */
const SHARD_BYTES = 64 * 1024 * 1024;
const LAST_SHARD_BYTES = 16 * 1024 * 1024;

function toReport(
  source: CaptureSource,
  summary: Awaited<ReturnType<typeof discoverShards>>['summary'],
): CaptureReport {
  return {
    file: source.name,
    format: summary.format,
    compressed: summary.compressed,
    linkTypes: summary.linkTypes,
    packets: summary.packets,
    bytes: summary.bytes,
    first: summary.first,
    last: summary.last,
    skipped: summary.skipped,
  };
}

/** The shards of a large classic pcap on disk, or null when it is read by one engine. */
async function shardsOf(source: CaptureSource, options: DiscoverOptions): Promise<Shard[] | null> {
  // Shards use pooled engines with the default options.
  if (source.path === undefined || (source.size ?? 0) < PARALLEL_MIN_BYTES) return null;
  if (options.dissectors || options.fastPath === false) return null;
  return planShards(source.path, source.size!, tapering(source.size!, SHARD_BYTES, LAST_SHARD_BYTES));
}

export async function discoverCaptures(
  sources: readonly CaptureSource[],
  options: DiscoverOptions = {},
): Promise<DiscoveryReport> {
  const total = sources.reduce((n, s) => n + (s.size ?? 0), 0);
  const captures: CaptureReport[] = [];
  const partials: DiscoveryPartial[] = [];
  // Captures read whole share one engine (a conversation may go on from one file to the next);
  // it goes back to the pool before a sharded capture, whose shards then reuse it.
  let lent: LentEngine | null = null;
  const giveBack = () => {
    if (!lent) return;
    partials.push(lent.engine.finish());
    lent.release();
    lent = null;
  };
  let before = 0;
  try {
    for (const source of sources) {
      const onRead = (read: number) => options.onProgress?.(before + read, total);
      const shards = await shardsOf(source, options);
      if (shards) {
        giveBack();
        const { partial, summary } = await discoverShards(source.path!, shards, {
          threads: discoveryThreads(),
          onRead,
        });
        partials.push(partial);
        captures.push(toReport(source, summary));
      } else {
        lent ??= borrowEngine(options);
        captures.push(await feedCapture(lent.engine, source, options.onProgress && onRead));
      }
      before += source.size ?? 0;
    }
    giveBack();
  } finally {
    lent?.release();
    dropPrestartedWorker();
  }
  // The first partial is ours to fold the others into (no copy of its records).
  const partial = partials.slice(1).reduce((into, p) => mergePartial(into, p), partials[0] ?? emptyPartial());
  return buildReport(partial, captures, options.lookupVendor);
}

export async function fileSource(path: string): Promise<CaptureSource> {
  const { size } = await stat(path);
  return { name: path, path, size, open: () => readFileChunks(path) };
}

export async function discoverCaptureFiles(
  paths: readonly string[],
  options: DiscoverOptions = {},
): Promise<DiscoveryReport> {
  return discoverCaptures(await Promise.all(paths.map(fileSource)), options);
}
