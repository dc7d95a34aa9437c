// The file adapter: gzip found by its magic (not the name), inflated as a stream, and a damaged
// gzip stream ending the capture instead of failing it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readCaptureFile } from './read-capture-file.js';
import { classicPcap } from './test-captures.js';

const dir = mkdtempSync(join(tmpdir(), 'c981-pcap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const capture = classicPcap('little', false, 1, [
  { seconds: 1_000_000_000, fraction: 1, data: [1, 2, 3] },
  { seconds: 1_000_000_002, fraction: 2, data: [4, 5, 6, 7] },
]);

describe('readCaptureFile', () => {
  it('inflates a gzip capture whatever its name', async () => {
    const path = join(dir, 'named-like-plain.pcapng');
    writeFileSync(path, gzipSync(capture));
    const data: number[][] = [];
    const summary = await readCaptureFile(path, (p) => data.push(Array.from(p.data)));
    expect(data).toEqual([
      [1, 2, 3],
      [4, 5, 6, 7],
    ]);
    expect(summary).toEqual({
      file: path,
      format: 'pcap',
      compressed: true,
      byteOrder: 'little',
      linkTypes: [1],
      packets: 2,
      bytes: 7,
      first: '2001-09-09T01:46:40.000001Z',
      last: '2001-09-09T01:46:42.000002Z',
      skipped: 0,
    });
  });

  it('keeps what a truncated gzip stream held', async () => {
    const path = join(dir, 'cut.gz');
    const gzipped = gzipSync(capture);
    writeFileSync(path, gzipped.subarray(0, gzipped.length - 12));
    const summary = await readCaptureFile(path);
    expect(summary.compressed).toBe(true);
    expect(summary.packets + summary.skipped).toBeGreaterThanOrEqual(1);
  });

  it('rejects a file that does not exist (an I/O error, not capture content)', async () => {
    await expect(readCaptureFile(join(dir, 'missing.pcap'))).rejects.toThrow(/ENOENT/);
  });
});
