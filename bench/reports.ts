// `node --import tsx bench/reports.ts` (issue #8 performance): reports on a generated estate.
//  - XLSX export of 100,000 assets (100 sites × 1,000) through `c981 report inventory --format xlsx`
//    as a child process: wall time and peak RSS (targets ≤ 15 s, ≤ 500 MB), against exceljs's
//    in-memory Workbook writing the same rows in the same kind of child process.
//  - The PDF gap report of a 50-zone site (≤ 2 s), through the same service and renderer as the
//    API in a warm process, against the same document without its chart and against the CSV of the
//    same data; and as `c981 report gaps --format pdf` in a new process (start-up included).
// c981 runs from dist/ when it is built and fresh (`npm run bench` builds it), else through tsx.
// Median of BENCH_RUNS (default 3) runs each. The estate's SQLite file is imported once into
// bench/out/reports/ and reused while it is there (delete it to start over).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { generateEstate } from '../core/demo/generate.js';
import { LOCAL_ACTOR } from '../server/actor.js';
import { openDb, type Db } from '../server/db/connection.js';
import { pdfBuffer, pdfDefinition } from '../server/features/reports/render/pdf.js';
import { renderReport } from '../server/features/reports/render/render.js';
import { loadReport } from '../server/features/reports/reports.service.js';
import { importSiteDoc } from '../server/features/site-files/site-files.service.js';
import { c981Command, fmt, median, row } from './lib.js';

const SITES = Number(process.env.BENCH_SITES ?? 100);
const ASSETS = Number(process.env.BENCH_ASSETS ?? 1000);
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));

const root = join(import.meta.dirname, '..');
const dir = join(root, 'bench', 'out', 'reports');
const estateDb = join(dir, `estate-${SITES}x${ASSETS}.db`);
const gapsDb = join(dir, 'gaps-50-zones.db');
/** A preload that writes the process's peak RSS (kB) to BENCH_MAXRSS_FILE when it exits. */
const maxRssPreload = join(dir, 'maxrss.mjs');

const mb = (kb: number): string => `${(kb / 1024).toFixed(0)} MB`;
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;

/** Imports `doc` into a fresh SQLite file, renamed into place only when complete. */
async function buildDb(file: string, sites: number, assets: number): Promise<void> {
  if (existsSync(file)) return;
  process.stderr.write(`bench: importing ${sites} × ${assets} assets into ${file} (once)…\n`);
  const temp = `${file}.partial`;
  rmSync(temp, { force: true });
  const db = await openDb(temp);
  try {
    await importSiteDoc(db, LOCAL_ACTOR, generateEstate({ sites, assetsPerSite: assets, seed: 7 }), {
      reason: 'bench',
    });
  } finally {
    await db.close();
  }
  renameSync(temp, file);
}

interface ChildRun {
  ms: number;
  maxRssKb: number;
}

/** Runs `node <args>` and measures its wall time and peak RSS (read inside the child). */
function runChild(args: string[]): Promise<ChildRun> {
  const rssFile = join(dir, `maxrss-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', maxRssPreload, ...args], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, BENCH_MAXRSS_FILE: rssFile, C981_DATABASE_URL: '' },
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - start;
      if (code !== 0) return reject(new Error(`${args.join(' ')} exited ${code}: ${err.slice(-2000)}`));
      const maxRssKb = Number(readFileSync(rssFile, 'utf8'));
      rmSync(rssFile, { force: true });
      resolve({ ms, maxRssKb });
    });
  });
}

/** The peer, run as a child by the bench: the same rows through exceljs's in-memory Workbook. */
async function inMemoryWorkbookPeer(db: string, file: string): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const { flatColumns, flatValues } = await import('../server/features/reports/render/cells.js');
  const { rowBatches } = await import('../server/features/reports/render/rows.js');
  const { tablesOf } = await import('../core/reports/model.js');
  const conn = await openDb(db);
  try {
    const doc = await loadReport(conn, LOCAL_ACTOR, 'inventory', null, '2026-06-01');
    const wb = new ExcelJS.Workbook();
    for (const table of tablesOf(doc, 'sheet')) {
      const columns = flatColumns(table.columns);
      const ws = wb.addWorksheet(table.id, { views: [{ state: 'frozen', ySplit: 1 }] });
      ws.addRow(columns.map((c) => c.title)).font = { bold: true };
      for await (const batch of rowBatches(table.rows)) for (const r of batch) ws.addRow(flatValues(r, columns, ', '));
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    }
    await wb.xlsx.writeFile(file);
  } finally {
    await conn.close();
  }
}

async function xlsxBench(): Promise<void> {
  await buildDb(estateDb, SITES, ASSETS);
  const out = join(dir, 'inventory.xlsx');
  const peerOut = join(dir, 'inventory-in-memory.xlsx');
  const cli = c981Command();
  const report = [...cli.args, 'report', 'inventory', '--format', 'xlsx', '-o', out, '--db', estateDb];
  const peer = ['--import', 'tsx', 'bench/reports.ts', '--peer-xlsx', estateDb, peerOut];
  const streamed: ChildRun[] = [];
  const inMemory: ChildRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    streamed.push(await runChild(report));
    inMemory.push(await runChild(peer));
  }
  const s = { ms: median(streamed.map((r) => r.ms)), rss: median(streamed.map((r) => r.maxRssKb)) };
  const p = { ms: median(inMemory.map((r) => r.ms)), rss: median(inMemory.map((r) => r.maxRssKb)) };
  process.stdout.write(
    `\nIssue #8 reports: XLSX inventory of ${SITES * ASSETS} assets (${(statSync(out).size / 1e6).toFixed(1)} MB), ${cli.label}, median of ${RUNS} (the peer runs through tsx)\n`,
  );
  row('c981 report inventory --format xlsx', fmt(s.ms), '≤ 15 s', `peer ${fmt(p.ms)} (${ratio(s.ms, p.ms)})`);
  row(
    '  peak RSS',
    mb(s.rss),
    '≤ 500 MB',
    `peer ${mb(p.rss)} (${ratio(s.rss, p.rss)}); peer = exceljs in-memory Workbook`,
  );
}

/** Reads a stream to its end, counting bytes (the download without the network). */
async function drain(stream: NodeJS.ReadableStream): Promise<number> {
  let bytes = 0;
  await pipeline(
    stream,
    new Writable({
      write(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        done();
      },
    }),
  );
  return bytes;
}

async function timed(fn: () => Promise<unknown>): Promise<number[]> {
  await fn(); // warm-up: module loading and JIT, which a running server has already paid
  const times: number[] = [];
  for (let i = 0; i < Math.max(RUNS, 5); i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times;
}

async function pdfBench(): Promise<void> {
  await buildDb(gapsDb, 1, 1000);
  const db: Db = await openDb(gapsDb);
  try {
    const site = (await db.kysely.selectFrom('sites').select('id').executeTakeFirstOrThrow()).id;
    const zones = (await db.kysely.selectFrom('zones').select('id').where('site_id', '=', site).execute()).length;
    const asOf = '2026-06-01';
    const load = () => loadReport(db, LOCAL_ACTOR, 'gaps', site, asOf);
    let pdfBytes = 0;
    const pdf = await timed(async () => {
      const bytes = await drain(await renderReport(await load(), 'pdf'));
      pdfBytes = bytes;
    });
    const noChart = await timed(async () => pdfBuffer(await pdfDefinition(await load(), undefined, { charts: false })));
    const csv = await timed(async () => drain(await renderReport(await load(), 'csv')));
    const cli = c981Command();
    const colds: ChildRun[] = [];
    for (let i = 0; i < RUNS; i++)
      colds.push(
        await runChild([
          ...cli.args,
          'report',
          'gaps',
          '--site',
          site,
          '--format',
          'pdf',
          '-o',
          join(dir, 'gaps.pdf'),
          '--db',
          gapsDb,
        ]),
      );
    const cold = { ms: median(colds.map((r) => r.ms)), maxRssKb: median(colds.map((r) => r.maxRssKb)) };
    const p = median(pdf);
    process.stdout.write(
      `\nIssue #8 reports: PDF gap report of a ${zones}-zone site (${(pdfBytes / 1024).toFixed(0)} kB), load + render in a warm process, median of ${pdf.length}\n`,
    );
    row('PDF gap report', fmt(p), '≤ 2 s', `without the chart ${fmt(median(noChart))} (${ratio(p, median(noChart))})`);
    row('  peer: CSV of the same data', fmt(median(csv)), '', `PDF / CSV ${ratio(p, median(csv))}`);
    row(
      '  c981 report gaps --format pdf (new process)',
      fmt(cold.ms),
      '',
      `peak RSS ${mb(cold.maxRssKb)}, ${cli.label}`,
    );
  } finally {
    await db.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    maxRssPreload,
    "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { if (process.env.BENCH_MAXRSS_FILE) writeFileSync(process.env.BENCH_MAXRSS_FILE, String(process.resourceUsage().maxRSS)); });\n",
  );
  await pdfBench();
  await xlsxBench();
}

if (process.argv[2] === '--peer-xlsx') await inMemoryWorkbookPeer(process.argv[3] ?? '', process.argv[4] ?? '');
else await main();
