// `node --import tsx bench/discovery.ts` (issue #9 performance): `c981 discover` on a capture of
// at least 500 MB against `tshark -n -r FILE -q -z conv,ip` on the same file, in the same run.
// Goals: ≥ 10× tshark's throughput, peak memory ≤ 300 MB whatever the capture's size.
// The capture is built once from the shared corpus (bench/discovery-capture.ts) into bench/out/.
// Runs alternate between the two tools; medians of BENCH_RUNS (default 3). Wall time and peak RSS
// come from GNU time (/usr/bin/time) for both, so the two are measured the same way. c981 runs
// as it ships (one thread per core, up to two: the main thread and a worker claim 64 MB shards)
// and, for reference, on one thread (C981_DISCOVER_THREADS=1).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { buildCapture, CORPUS } from './discovery-capture.js';
import { c981Command, median, row } from './lib.js';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const MIN_MB = Number(process.env.BENCH_CAPTURE_MB ?? 520);
const root = join(import.meta.dirname, '..');
const dir = join(root, 'bench', 'out', 'discovery');
const capture = join(dir, `plant-traffic-${MIN_MB}mb.pcap`);

interface Timed {
  seconds: number;
  maxRssKb: number;
}

/** Runs a command under /usr/bin/time; stdout is discarded. */
function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', 'BENCH %e %M', cmd, ...args], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ...env },
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const m = /BENCH ([\d.]+) (\d+)/u.exec(err);
      if (code !== 0 || !m) return reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${err.slice(-1500)}`));
      resolve({ seconds: Number(m[1]), maxRssKb: Number(m[2]) });
    });
  });
}

function which(cmd: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    child.on('exit', (code) => resolve(code === 0));
    child.on('error', () => resolve(false));
  });
}

const mbps = (bytes: number, s: number) => `${(bytes / 1e6 / s).toFixed(1)} MB/s`;
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

async function main(): Promise<void> {
  if (!existsSync(CORPUS)) {
    process.stdout.write(`\nIssue #9 discovery: skipped (no capture corpus at ${CORPUS})\n`);
    return;
  }
  if (!existsSync('/usr/bin/time')) throw new Error('the discovery bench needs GNU time: apt-get install time');
  const haveTshark = await which('tshark');
  mkdirSync(dir, { recursive: true });
  process.stderr.write(`bench: building ${capture} (once)…\n`);
  const bytes = await buildCapture(capture, MIN_MB * 1024 * 1024);
  const cli = c981Command();
  const c981 = (threads?: string) =>
    timed(
      process.execPath,
      [...cli.args, 'discover', '--json', capture],
      threads ? { C981_DISCOVER_THREADS: threads } : {},
    );
  const tshark = () => timed('tshark', ['-n', '-r', capture, '-q', '-z', 'conv,ip']);

  const ours: Timed[] = [];
  const one: Timed[] = [];
  const peer: Timed[] = [];
  for (let i = 0; i < RUNS; i++) {
    ours.push(await c981());
    one.push(await c981('1'));
    if (haveTshark) peer.push(await tshark());
  }
  const med = (xs: Timed[]) => ({ s: median(xs.map((x) => x.seconds)), rss: median(xs.map((x) => x.maxRssKb)) });
  const o = med(ours);
  const single = med(one);
  process.stdout.write(
    `\nIssue #9 discovery: ${(bytes / 1e6).toFixed(0)} MB capture, ${cli.label}, median of ${RUNS} (runs alternate)\n`,
  );
  row(
    `c981 discover --json (${threadsLabel()})`,
    `${o.s.toFixed(2)} s`,
    '',
    `${mbps(bytes, o.s)}, peak RSS ${mb(o.rss)} (≤ 300 MB)`,
  );
  row(
    'c981 discover --json, one thread',
    `${single.s.toFixed(2)} s`,
    '',
    `${mbps(bytes, single.s)}, peak RSS ${mb(single.rss)} (≤ 300 MB)`,
  );
  if (!haveTshark) {
    process.stdout.write('tshark is not installed (apt-get install tshark): no peer figure\n');
    return;
  }
  const t = med(peer);
  row('tshark -n -r F -q -z conv,ip (peer)', `${t.s.toFixed(2)} s`, '', `${mbps(bytes, t.s)}, peak RSS ${mb(t.rss)}`);
  row(
    'throughput ratio c981 / tshark',
    `${(t.s / o.s).toFixed(1)}x`,
    '≥ 10x',
    `one thread ${(t.s / single.s).toFixed(1)}x`,
  );
  for (let i = 0; i < RUNS; i++)
    process.stdout.write(
      `  run ${i + 1}: c981 ${ours[i]!.seconds.toFixed(2)} s, one thread ${one[i]!.seconds.toFixed(2)} s, tshark ${peer[i]!.seconds.toFixed(2)} s (${(peer[i]!.seconds / ours[i]!.seconds).toFixed(1)}x)\n`,
    );
}

/** What the default run uses: one thread per core, up to two (core/discovery/discover-files.ts). */
function threadsLabel(): string {
  const n = Math.min(Math.max(1, availableParallelism()), 2);
  return n === 1 ? 'one thread' : `${n} threads, the default here`;
}

await main();
