// Worker-thread shards (C981_DISCOVER_THREADS): a capture split into whole-record ranges and read
// by two workers yields the same hosts and flows as one engine reading it all.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverCaptureFiles } from '../discover-files.js';
import { buildReport } from '../report.js';
import { modbusExchange, telnetOpening, testCapture } from '../test-traffic.js';
import { discoverShards } from './run-shards.js';
import { planShards } from './shard-plan.js';
import { claimPrestartedWorker, dropPrestartedWorker, prestartShardWorker } from './worker-start.js';

describe('worker-thread shards', () => {
  it('split a classic pcap at record boundaries and agree with one engine', async () => {
    const frames: number[][] = [];
    for (let i = 0; i < 400; i++) {
      const client = { ip: `10.0.${i % 7}.${1 + (i % 200)}`, mac: '00:1b:1b:00:00:01' };
      const server = { ip: '10.1.0.5', mac: '00:00:bc:00:00:05' };
      frames.push(
        ...modbusExchange(client, server, 1 + (i % 3), 40000 + i),
        ...telnetOpening(client, server, 30000 + i),
      );
    }
    const dir = await mkdtemp(join(tmpdir(), 'c981-shards-'));
    const file = join(dir, 'plant.pcap');
    const bytes = testCapture(frames);
    await writeFile(file, bytes);

    const shards = await planShards(file, bytes.length, 2);
    expect(shards).toHaveLength(2);
    expect(shards![0]!.start).toBe(24);
    expect(shards![1]!.end).toBe(bytes.length);
    expect(await planShards(join(import.meta.dirname, 'shard-plan.ts'), 100, 2)).toBeNull();

    const whole = await discoverCaptureFiles([file]);
    const { partial, summary } = await discoverShards(file, shards!, { threads: 2, workersOnly: true });
    const split = buildReport(partial, []);
    expect(summary.packets).toBe(frames.length);
    expect(split.hosts.map((h) => [h.ip, h.packetsSent, h.packetsReceived])).toEqual(
      whole.hosts.map((h) => [h.ip, h.packetsSent, h.packetsReceived]),
    );
    // Each conversation lies within one shard here (a SYN opens each), so the flows agree too.
    expect(split.flows.map((f) => [f.protocol, f.client, f.server, f.port, f.packets])).toEqual(
      whole.flows.map((f) => [f.protocol, f.client, f.server, f.port, f.packets]),
    );
  }, 60_000);

  it('give the same report whatever the number of threads, the shards being claimed as threads come free', async () => {
    const frames: number[][] = [];
    for (let i = 0; i < 600; i++) {
      const client = {
        ip: `10.2.${i % 5}.${1 + (i % 150)}`,
        mac: `00:1b:1b:00:01:${(i % 200).toString(16).padStart(2, '0')}`,
      };
      const server = { ip: `10.3.0.${1 + (i % 4)}`, mac: '00:00:bc:00:00:07' };
      frames.push(...modbusExchange(client, server, 1 + (i % 5), 41000 + i));
    }
    const dir = await mkdtemp(join(tmpdir(), 'c981-shards-'));
    const file = join(dir, 'many.pcap');
    const bytes = testCapture(frames);
    await writeFile(file, bytes);
    const shards = await planShards(file, bytes.length, 9);
    expect(shards!.length).toBeGreaterThanOrEqual(8);
    expect(shards!.every((s, i) => i === 0 || s.start === shards![i - 1]!.end)).toBe(true);

    const reports = [];
    // One thread alone; two workers alone (they share the shards); this thread with a worker.
    for (const run of [{ threads: 1 }, { threads: 2, workersOnly: true }, { threads: 2 }]) {
      let progress = 0;
      const { partial, summary } = await discoverShards(file, shards!, { ...run, onRead: (n) => (progress = n) });
      expect(summary.packets).toBe(frames.length);
      expect(progress).toBe(bytes.length - 24 + 24 * shards!.length);
      reports.push(JSON.stringify(buildReport(partial, [])));
    }
    expect(reports[1]).toBe(reports[0]);
    expect(reports[2]).toBe(reports[0]);
  }, 60_000);

  it('hand the job to a worker started ahead of it, and stop one nobody claims', async () => {
    const frames: number[][] = [];
    for (let i = 0; i < 300; i++) {
      const client = { ip: `10.4.${i % 3}.${1 + (i % 100)}`, mac: '00:1b:1b:00:02:01' };
      frames.push(...modbusExchange(client, { ip: '10.5.0.1', mac: '00:00:bc:00:00:09' }, 1, 42000 + i));
    }
    const dir = await mkdtemp(join(tmpdir(), 'c981-shards-'));
    const file = join(dir, 'prestart.pcap');
    const bytes = testCapture(frames);
    await writeFile(file, bytes);
    const shards = await planShards(file, bytes.length, 4);
    const alone = await discoverShards(file, shards!, { threads: 1 });

    prestartShardWorker();
    // Only workers read here, so the prestarted one must have done the work.
    const { partial, summary } = await discoverShards(file, shards!, { threads: 1, workersOnly: true });
    expect(claimPrestartedWorker()).toBeNull();
    expect(summary.packets).toBe(frames.length);
    expect(JSON.stringify(buildReport(partial, []))).toBe(JSON.stringify(buildReport(alone.partial, [])));

    prestartShardWorker();
    const waiting = claimPrestartedWorker()!;
    const exited = new Promise<number>((resolve) => waiting.once('exit', resolve));
    await waiting.terminate();
    expect(typeof (await exited)).toBe('number');
    prestartShardWorker();
    dropPrestartedWorker();
    expect(claimPrestartedWorker()).toBeNull();
  }, 60_000);
});
