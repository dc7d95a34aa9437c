// `npm run bench`: the foundation's performance goals (issue #2) on a generated estate of
// 100 sites × 1,000 assets, each compared with a baseline in the same run. Repeats the
// whole-file measurements (BENCH_RUNS, default 3) and reports the median run.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error -- plain ESM helper shared with npm start
import { ensureBuild, root } from '../scripts/ensure-build.mjs';
import type { SiteFileDoc } from '../core/schemas/site-file.js';
import { likeScan, rawImport } from './baseline.js';
import { benchAccounts } from './accounts.js';
import { benchEngine, engineSummary } from './evaluation.js';
import { fmt, median, percentile, row, timeCommand } from './lib.js';
import { freePort, waitHealthy } from './server.js';

const SITES = Number(process.env.BENCH_SITES ?? 100);
const ASSETS = Number(process.env.BENCH_ASSETS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);

const out = join(root as string, 'bench', 'out');
const cli = (ensureBuild as () => string)();
const node = process.execPath;

async function coldStart(args: string[], path?: string): Promise<number> {
  const port = await freePort();
  const start = performance.now();
  const child = spawn(
    node,
    args.map((a) => a.replace('{port}', String(port))),
    { stdio: 'ignore' },
  );
  try {
    await waitHealthy(port, child, path);
    return performance.now() - start;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

/** The bench's API token (an org-admin), set once the database exists. */
let authorization = '';

/** Creates an org-admin and an API token through the CLI, as an operator would. */
function benchToken(db: string): string {
  const run = (args: string[], input?: string) => {
    const r = spawnSync(node, [cli, ...args, '--db', db], { input, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`c981 ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };
  run(
    [
      'user',
      'add',
      '--email',
      'bench@example.com',
      '--name',
      'Bench Runner',
      '--role',
      'org-admin',
      '--password-stdin',
    ],
    'Quiet-Turbine-Passphrase-9\n',
  );
  return (JSON.parse(run(['token', 'create', '--email', 'bench@example.com', '--json'])) as { token: string }).token;
}

async function latency(port: number, urls: string[]): Promise<number[]> {
  const times: number[] = [];
  for (const url of urls) {
    const t = performance.now();
    const res = await fetch(`http://127.0.0.1:${port}${url}`, { headers: { authorization } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    times.push(performance.now() - t);
  }
  return times;
}

async function main(): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const estate = join(out, 'estate.json');
  process.stderr.write(`generating ${SITES} sites × ${ASSETS} assets…\n`);
  await timeCommand('sh', [
    '-c',
    `"${node}" "${cli}" demo generate --sites ${SITES} --assets-per-site ${ASSETS} --seed 7 > "${estate}"`,
  ]);
  const doc = JSON.parse(readFileSync(estate, 'utf8')) as SiteFileDoc;
  const mb = readFileSync(estate).length / 1e6;

  const imports: number[] = [];
  const exports: number[] = [];
  const raws: number[] = [];
  const db = join(out, 'c981.db');
  for (let run = 1; run <= RUNS; run++) {
    process.stderr.write(`run ${run}/${RUNS}: import, export, baseline…\n`);
    rmSync(db, { force: true });
    rmSync(`${db}-wal`, { force: true });
    rmSync(`${db}-shm`, { force: true });
    imports.push(await timeCommand(node, [cli, 'import', estate, '--db', db, '--reason', 'benchmark']));
    exports.push(
      await timeCommand(node, [cli, 'export', '--format', 'json', '-o', join(out, 'export.json'), '--db', db]),
    );
    const rawDb = join(out, `raw-${run}.db`);
    raws.push(rawImport(estate, rawDb));
    rmSync(rawDb, { force: true });
  }

  // Queries against the last imported database, through a real server process.
  const port = await freePort();
  authorization = `Bearer ${benchToken(db)}`;
  const server = spawn(node, [cli, 'serve', '--port', String(port), '--db', db], {
    stdio: 'ignore',
    env: { ...process.env, C981_LOG_LEVEL: 'warn' },
  });
  await waitHealthy(port, server);
  let seed = 42;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const sites = doc.sites;
  const pick = () => sites[rand(sites.length)] ?? sites[0];
  const listUrls = Array.from({ length: REQUESTS }, (_, i) => {
    const s = pick();
    const zone = s?.zones?.[rand(s.zones.length)]?.id ?? '';
    return i % 2 === 0
      ? `/api/v1/sites/${s?.id}/assets?type=plc&limit=50`
      : `/api/v1/sites/${s?.id}/assets?zone=${zone}&sort=name&limit=50`;
  });
  const needles = Array.from({ length: REQUESTS }, (_, i) => {
    const a = pick()?.assets?.[rand(ASSETS)];
    const kinds = [a?.ip?.[0], a?.model?.slice(0, 8), a?.firmware, a?.mac?.[0]?.slice(0, 11), a?.serial];
    return (kinds[i % kinds.length] ?? a?.name ?? 'plc').toLowerCase();
  });
  const searchUrls = needles.map((n) => `/api/v1/assets?q=${encodeURIComponent(n)}&limit=50`);
  await latency(port, [...listUrls.slice(0, 50), ...searchUrls.slice(0, 50)]); // warm-up
  const list = await latency(port, listUrls);
  const search = await latency(port, searchUrls);
  // Evaluation API: the first portfolio call evaluates every site; the measured calls are warm.
  const evalUrls = Array.from({ length: REQUESTS }, () => `/api/v1/sites/${pick()?.id}/evaluation`);
  await latency(port, ['/api/v1/portfolio', ...evalUrls.slice(0, 20)]);
  const portfolioTimes = await latency(
    port,
    Array.from({ length: Math.min(REQUESTS, 100) }, () => '/api/v1/portfolio'),
  );
  const siteEval = await latency(port, evalUrls);
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  const scan = likeScan(db, needles);

  process.stderr.write('evaluate and lint…\n');
  const engine = await benchEngine(node, cli, estate, RUNS);
  const eng = engineSummary(engine);

  process.stderr.write('authentication and audit costs…\n');
  const accounts = await benchAccounts(db);
  const auditRecords = accounts.importAuditRecords;

  const starts: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < 5; i++) {
    starts.push(await coldStart([cli, 'serve', '--port', '{port}', '--db', db]));
    bare.push(
      await coldStart(
        ['-e', "require('node:http').createServer((q, s) => s.end('ok')).listen({port}, '127.0.0.1')"],
        '/',
      ),
    );
  }

  const results = {
    estate: { sites: SITES, assetsPerSite: ASSETS, megabytes: mb },
    runs: RUNS,
    importMs: imports,
    exportMs: exports,
    rawImportMs: raws,
    listP95Ms: percentile(list, 95),
    listP50Ms: percentile(list, 50),
    searchP95Ms: percentile(search, 95),
    searchP50Ms: percentile(search, 50),
    likeScanP95Ms: percentile(scan, 95),
    coldStartMs: starts,
    accounts,
    evaluateWallMs: engine.evaluateWallMs,
    evaluationMs: engine.evaluationMs,
    lintMs: engine.lintMs,
    portfolioP95Ms: percentile(portfolioTimes, 95),
    siteEvaluationP95Ms: percentile(siteEval, 95),
    bareNodeStartMs: bare,
  };
  writeFileSync(join(out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

  process.stdout.write(
    `\nC-981 benchmark: ${SITES} sites × ${ASSETS} assets (${mb.toFixed(1)} MB JSON), median of ${RUNS} runs\n\n`,
  );
  row(
    'import into SQLite (CLI, end to end)',
    fmt(median(imports)),
    '≤ 20 s',
    `raw insert floor ${fmt(median(raws))}, ratio ${(median(imports) / median(raws)).toFixed(1)}×`,
  );
  row('export to JSON (CLI, end to end)', fmt(median(exports)), '≤ 10 s');
  row(
    'site asset list with filter, p95 (warm)',
    fmt(percentile(list, 95)),
    '≤ 20 ms',
    `p50 ${fmt(percentile(list, 50))}, ${REQUESTS} requests`,
  );
  row(
    'free-text search across sites, p95 (warm)',
    fmt(percentile(search, 95)),
    '≤ 20 ms',
    `p50 ${fmt(percentile(search, 50))}; unindexed LIKE scan p95 ${fmt(percentile(scan, 95))}, ratio ${(percentile(scan, 95) / percentile(search, 95)).toFixed(1)}× faster`,
  );
  row(
    'cold start to first 200 from /api/health',
    fmt(median(starts)),
    '≤ 1.5 s',
    `bare node http server ${fmt(median(bare))}`,
  );
  row('c981 evaluate, whole estate (CLI wall)', fmt(eng.wall), '≤ 3 s', `parse + validate ${fmt(engine.parseMs)}`);
  row('  of which the evaluation itself', fmt(eng.evaluation), '≤ 300 ms', `lint ${fmt(eng.lint)}`);
  row(
    'GET /api/v1/portfolio, p95 (warm)',
    fmt(percentile(portfolioTimes, 95)),
    '≤ 100 ms',
    `p50 ${fmt(percentile(portfolioTimes, 50))}`,
  );
  row(
    "a site's evaluation, p95 (warm)",
    fmt(percentile(siteEval, 95)),
    '≤ 30 ms',
    `p50 ${fmt(percentile(siteEval, 50))}`,
  );
  row(
    'authentication per request, median',
    fmt(Math.max(accounts.tokenAuthMs, accounts.sessionAuthMs)),
    '≤ 1 ms',
    `API token ${fmt(accounts.tokenAuthMs)}, session ${fmt(accounts.sessionAuthMs)}`,
  );
  const auditShare = (auditRecords * accounts.auditRecordMs) / median(imports);
  row(
    'audit recording during the import',
    `${(auditShare * 100).toFixed(2)} %`,
    '≤ 20 %',
    `${auditRecords} records × ${fmt(accounts.auditRecordMs)} of ${fmt(median(imports))}`,
  );
  process.stdout.write(
    `\nall runs: import ${imports.map(fmt).join(', ')}; export ${exports.map(fmt).join(', ')}; start ${starts.map(fmt).join(', ')}; evaluate ${engine.evaluateWallMs.map(fmt).join(', ')}\n`,
  );
}

await main();
