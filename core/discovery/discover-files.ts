// The Node adapter of discovery: reads captures (files, or byte streams such as uploads) one after
// another into one engine, so a device seen in several captures is one host (issue #9 item 3).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { readCaptureStream } from '../pcap/read-capture-file.js';
import { createDiscoveryEngine, type DiscoveryEngine, type DiscoveryEngineOptions } from './engine.js';
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

export async function discoverCaptures(
  sources: readonly CaptureSource[],
  options: DiscoverOptions = {},
): Promise<DiscoveryReport> {
  const total = sources.reduce((n, s) => n + (s.size ?? 0), 0);
  const engine = createDiscoveryEngine(options);
  const captures: CaptureReport[] = [];
  let before = 0;
  for (const source of sources) {
    const report = await feedCapture(
      engine,
      source,
      options.onProgress && ((read) => options.onProgress?.(before + read, total)),
    );
    before += source.size ?? 0;
    captures.push(report);
  }
  return buildReport(engine.finish(), captures, options.lookupVendor);
}

export async function fileSource(path: string): Promise<CaptureSource> {
  const { size } = await stat(path);
  return { name: path, size, open: () => createReadStream(path, { highWaterMark: 1024 * 1024 }) };
}

export async function discoverCaptureFiles(
  paths: readonly string[],
  options: DiscoverOptions = {},
): Promise<DiscoveryReport> {
  return discoverCaptures(await Promise.all(paths.map(fileSource)), options);
}
