// `npm run bench:web`: the web app's performance goals (issue #5), in Debian's Chromium through
// playwright-core, against a real `c981 serve` on (1) the demo estate and (2) a generated estate
// of 100 sites × 1,000 assets. Prints first-load JavaScript (gzip), portfolio and zone page time
// to interactive, the 100k-row inventory filter time and the longest main-thread task while
// scrolling it; compares the inventory with a naive (non-virtualized) table in the same browser.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
// @ts-expect-error -- plain ESM helper shared with npm start
import { ensureBuild, root } from '../scripts/ensure-build.mjs';
import { CHROMIUM_ARGS } from '../test/e2e/chromium.js';
import { freePort, waitHealthy } from './server.js';
import { fmt, median, row } from './lib.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SITES = Number(process.env.BENCH_SITES ?? 100);
const ASSETS = Number(process.env.BENCH_ASSETS ?? 1000);
const CHROMIUM = process.env.C981_CHROMIUM ?? '/usr/bin/chromium';
const out = join(root as string, 'bench', 'out', 'web');
const cli = (ensureBuild as () => string)();
const node = process.execPath;
const EMAIL = 'bench-web@example.com';
const PASSWORD = 'Quiet-Turbine-Passphrase-9';

/** First-load JavaScript: the entry script and the chunks index.html preloads, gzip-compressed. */
function firstLoadJs(): { files: number; gzipBytes: number } {
  const web = join(root as string, 'dist', 'web');
  const html = readFileSync(join(web, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const gzipBytes = refs.reduce((sum, f) => sum + gzipSync(readFileSync(join(web, f))).length, 0);
  return { files: refs.length, gzipBytes };
}

function c981(args: string[], input?: string): string {
  const r = spawnSync(node, [cli, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`c981 ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** A database with the estate and a bench org-admin who signs in with a password. */
function prepare(name: 'demo' | 'large'): string {
  const db = join(out, `${name}.db`);
  if (existsSync(db)) return db;
  if (name === 'large') {
    process.stderr.write(`generating and importing ${SITES} sites × ${ASSETS} assets…\n`);
    const estate = join(out, 'estate.json');
    const r = spawnSync('sh', [
      '-c',
      `"${node}" "${cli}" demo generate --sites ${SITES} --assets-per-site ${ASSETS} --seed 7 > "${estate}"`,
    ]);
    if (r.status !== 0) throw new Error(String(r.stderr));
    c981(['import', estate, '--db', db, '--reason', 'web benchmark']);
  } else {
    c981(['import', join(root as string, 'examples', 'demo-estate.yaml'), '--db', db, '--reason', 'web benchmark']);
  }
  c981(
    ['user', 'add', '--email', EMAIL, '--name', 'Bench Web', '--role', 'org-admin', '--password-stdin', '--db', db],
    `${PASSWORD}\n`,
  );
  return db;
}

async function startServer(db: string): Promise<{ port: number; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(node, [cli, 'serve', '--port', String(port), '--db', db], {
    stdio: 'ignore',
    env: { ...process.env, C981_LOG_LEVEL: 'warn' },
  });
  await waitHealthy(port, child);
  return { port, child };
}

// Collects long tasks (> 50 ms, Long Tasks API) from the very start of every page.
const LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); })
  .observe({ type: 'longtask', buffered: true });`;

type Ready = string; // a JS expression, true when the page shows its content

/**
 * Time to interactive after navigation: when the page's content is shown and the main thread has
 * no long task after it (the end of the last long task that started before content + 300 ms quiet).
 */
async function timeToInteractive(page: Page, url: string, ready: Ready): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const shown = await (
    await page.waitForFunction(`(${ready}) ? performance.now() : false`, undefined, { polling: 'raf', timeout: 60_000 })
  ).jsonValue();
  await page.waitForTimeout(300);
  const tasks = await page.evaluate<[number, number][]>('window.__longTasks');
  const lastEnd = tasks.reduce(
    (end, [start, d]) => (start <= (shown as number) + 300 ? Math.max(end, start + d) : end),
    0,
  );
  return Math.max(shown as number, lastEnd);
}

async function signedInPage(browser: Browser, port: number): Promise<Page> {
  // The app's CSP forbids evaluating strings; the benchmark's own probes are exempt.
  const context = await browser.newContext({
    bypassCSP: true,
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1440, height: 900 },
  });
  await context.addInitScript(LONG_TASKS);
  const res = await context.request.post('/api/v1/auth/login', { data: { email: EMAIL, password: PASSWORD } });
  if (!res.ok()) throw new Error(`sign-in failed: ${res.status()}`);
  return context.newPage();
}

// What "shown" means on each page (the pages mark themselves with data-ready when their data is on screen).
const PORTFOLIO_READY = `document.querySelector('[data-ready="portfolio"]')`;
const ZONE_READY = `document.querySelector('[data-ready="zone-chart"] svg') && document.querySelector('[data-ready="checklist"]')`;
const INVENTORY_READY = `document.querySelector('[data-ready="inventory"]')`;

// Browser-side scripts are strings: this file is type-checked for Node, not the DOM.

/** From the keystroke in the inventory's search box to the frame that shows the filtered rows. */
const filterScript = (needle: string): string => `new Promise((resolve) => {
  const input = document.querySelector('input[type="search"]');
  const shown = () => document.querySelector('[data-ready="inventory"]')?.getAttribute('data-shown');
  const before = shown();
  const start = performance.now();
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${JSON.stringify(needle)});
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const check = () => (shown() !== before ? resolve(performance.now() - start) : requestAnimationFrame(check));
  requestAnimationFrame(check);
})`;

/** The peer: builds a plain table of n rows and resolves at the next frame. */
const naiveTableScript = (n: number): string => `new Promise((resolve) => {
  const start = performance.now();
  const body = document.querySelector('#t tbody');
  const frag = document.createDocumentFragment();
  for (let i = 0; i < ${n}; i++) {
    const tr = document.createElement('tr');
    for (const v of ['asset-' + i, 'PLC ' + i, 'Siemens', 'S7-1500', 'V2.9.4', '10.1.' + (i % 255) + '.' + (i % 199)]) {
      const td = document.createElement('td');
      td.textContent = v;
      tr.appendChild(td);
    }
    frag.appendChild(tr);
  }
  body.appendChild(frag);
  requestAnimationFrame(() => resolve(performance.now() - start));
})`;

interface EstateResult {
  portfolioMs: number[];
  zoneMs: number[];
  filterMs: number[];
  scrollLongestTaskMs: number;
  scrollLongTasks: number;
  rows: number;
}

async function measureEstate(browser: Browser, name: 'demo' | 'large'): Promise<EstateResult> {
  const db = prepare(name);
  const { port, child } = await startServer(db);
  try {
    const page = await signedInPage(browser, port);
    const portfolio = (await (await page.request.get('/api/v1/portfolio')).json()) as {
      sites: { id: string; worstZones: { site: string; id: string }[] }[];
    };
    const worst = portfolio.sites[0]?.worstZones[0];
    if (!worst) throw new Error('no zone to open');
    const portfolioMs: number[] = [];
    const zoneMs: number[] = [];
    await timeToInteractive(page, '/', PORTFOLIO_READY); // warm the server's evaluation cache
    for (let i = 0; i < RUNS; i++) {
      portfolioMs.push(await timeToInteractive(page, '/', PORTFOLIO_READY));
      zoneMs.push(await timeToInteractive(page, `/sites/${worst.site}/zones/${worst.id}`, ZONE_READY));
    }
    // The inventory of every site: load once, then filter and scroll.
    await timeToInteractive(page, '/inventory', INVENTORY_READY);
    const rows = Number(await page.getAttribute('[data-ready="inventory"]', 'data-total'));
    const search = page.getByRole('searchbox').first();
    const filterMs: number[] = [];
    const needles = ['10.1', 'siemens', 'v2.', 'plc', '00:1b', 'rockwell', 'firmware', 'hmi'];
    for (let i = 0; i < RUNS; i++) {
      const needle = needles[i % needles.length] ?? 'plc';
      await search.fill('');
      await page.waitForTimeout(300);
      // From the keystroke to the frame showing the filtered rows.
      filterMs.push(await page.evaluate<number>(filterScript(needle)));
    }
    await search.fill('');
    await page.waitForTimeout(500);
    // Scroll the whole table in wheel steps; any long task meanwhile is a stutter.
    const before = (await page.evaluate<number>('window.__longTasks.length')) ?? 0;
    const box = await page.getByRole('table', { name: 'Assets' }).boundingBox();
    if (box) await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 300));
    for (let i = 0; i < 150; i++) {
      await page.mouse.wheel(0, 1200);
      await page.waitForTimeout(16);
    }
    await page.waitForTimeout(300);
    const tasks = (await page.evaluate<[number, number][]>('window.__longTasks')).slice(before);
    return {
      portfolioMs,
      zoneMs,
      filterMs,
      scrollLongestTaskMs: tasks.reduce((m, [, d]) => Math.max(m, d), 0),
      scrollLongTasks: tasks.length,
      rows,
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

/** The peer: a plain, non-virtualized table of the same number of rows, rendered in the same browser. */
async function naiveTableMs(browser: Browser, rows: number): Promise<number> {
  const page = await browser.newPage();
  await page.setContent('<table id="t"><tbody></tbody></table>');
  const ms = await page.evaluate<number>(naiveTableScript(rows));
  await page.close();
  return ms;
}

async function main(): Promise<void> {
  // The generated databases are kept between runs; BENCH_FRESH=1 rebuilds them.
  if (process.env.BENCH_FRESH) rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const js = firstLoadJs();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    process.stderr.write('demo estate…\n');
    const demo = await measureEstate(browser, 'demo');
    process.stderr.write(`${SITES}-site estate…\n`);
    const large = await measureEstate(browser, 'large');
    const naive = await naiveTableMs(browser, large.rows);
    writeFileSync(join(out, 'results.json'), `${JSON.stringify({ js, demo, large, naive }, null, 2)}\n`);

    process.stdout.write(`\nC-981 web benchmark (Chromium ${browser.version()}), median of ${RUNS} runs\n\n`);
    row('first-load JavaScript (gzip)', `${(js.gzipBytes / 1024).toFixed(1)} kB`, '≤ 300 kB', `${js.files} files`);
    for (const [label, r] of [
      ['demo estate', demo],
      [`${SITES} sites × ${ASSETS} assets`, large],
    ] as const) {
      process.stdout.write(`\n${label} (${r.rows.toLocaleString('en')} assets)\n`);
      row(
        '  portfolio interactive after navigation',
        fmt(median(r.portfolioMs)),
        '≤ 1.5 s',
        r.portfolioMs.map(fmt).join(', '),
      );
      row('  zone page interactive after navigation', fmt(median(r.zoneMs)), '≤ 1 s', r.zoneMs.map(fmt).join(', '));
      row(
        '  inventory filter, keystroke to frame',
        fmt(median(r.filterMs)),
        '≤ 200 ms',
        r.filterMs.map(fmt).join(', '),
      );
      row(
        '  inventory scroll, longest main-thread task',
        r.scrollLongTasks === 0 ? 'none > 50 ms' : fmt(r.scrollLongestTaskMs),
        '≤ 50 ms',
        `${r.scrollLongTasks} long tasks`,
      );
    }
    process.stdout.write(
      `\npeer: a plain (non-virtualized) table of ${large.rows.toLocaleString('en')} rows takes ${fmt(naive)} to render once; ` +
        `C-981 re-filters all of them in ${fmt(median(large.filterMs))} (${(naive / median(large.filterMs)).toFixed(0)}× faster)\n`,
    );
  } finally {
    await browser.close();
  }
}

await main();
