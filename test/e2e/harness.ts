// End-to-end harness: the real server (real SQLite file with the demo estate and demo accounts)
// listening on a free port, serving the built web app, driven by Debian's Chromium through
// playwright-core. Each test file gets its own server and database, so files cannot disturb
// each other. Screenshots land in test-artifacts/screenshots/ for people to look at.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { LOCAL_ACTOR } from '../../server/actor.js';
import { buildApp } from '../../server/app.js';
import { openDb, type Db } from '../../server/db/connection.js';
import { importSiteText } from '../../server/features/site-files/site-files.service.js';
import { createDemoUsers, DEMO_PASSWORD } from '../../server/features/users/demo-users.js';
import { CHROMIUM_ARGS } from './chromium.js';

export const CHROMIUM = process.env.C981_CHROMIUM ?? '/usr/bin/chromium';
export const ROOT = join(import.meta.dirname, '..', '..');
/** C981_WEB_ROOT lets parallel work build into separate folders. */
export const WEB_ROOT = process.env.C981_WEB_ROOT
  ? resolve(ROOT, process.env.C981_WEB_ROOT)
  : join(ROOT, 'dist', 'web');
export const SCREENSHOTS = join(ROOT, 'test-artifacts', 'screenshots');
export { DEMO_PASSWORD };

const missing = !existsSync(CHROMIUM)
  ? `Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`
  : !existsSync(join(WEB_ROOT, 'index.html'))
    ? 'the web app is not built (npm run build)'
    : null;
if (missing) {
  if (process.env.CI === 'true') throw new Error(`browser tests are required in CI: ${missing}`);
  process.stderr.write(`\n[e2e] SKIPPING browser tests: ${missing}\n\n`);
}

export interface E2E {
  readonly baseUrl: string;
  readonly db: Db;
  readonly browser: Browser;
  /** A fresh browser context (own cookies) with a page. */
  newPage(): Promise<{ context: BrowserContext; page: Page }>;
  /** A page signed in as a demo account (admin, siteadmin, assessor, approver, viewer). */
  signedIn(who?: DemoAccount): Promise<Page>;
}

export type DemoAccount = 'admin' | 'siteadmin' | 'assessor' | 'approver' | 'viewer';
export const demoEmail = (who: DemoAccount): string => `${who}@demo.c981.example`;

/** Describes a browser test file: starts server and browser once, closes both afterwards. */
export function describeE2E(name: string, body: (e2e: E2E) => void): void {
  (missing ? describe.skip : describe)(name, () => {
    let app: FastifyInstance;
    let db: Db;
    let browser: Browser;
    let baseUrl = '';
    let dir = '';
    const contexts: BrowserContext[] = [];
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'c981-e2e-'));
      db = await openDb(join(dir, 'c981.db'));
      const file = join(ROOT, 'examples', 'demo-estate.yaml');
      await importSiteText(db, LOCAL_ACTOR, readFileSync(file, 'utf8'), file, { reason: 'e2e demo estate' });
      await createDemoUsers(db);
      app = await buildApp({ db, webRoot: WEB_ROOT });
      baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        // launch() already gives Chromium a fresh temporary profile (it refuses --user-data-dir).
        args: CHROMIUM_ARGS,
      });
    }, 120_000);
    afterAll(async () => {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser?.close();
      await app?.close();
      await db?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });
    const e2e: E2E = {
      get baseUrl() {
        return baseUrl;
      },
      get db() {
        return db;
      },
      get browser() {
        return browser;
      },
      async newPage() {
        const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1440, height: 900 } });
        contexts.push(context);
        context.setDefaultTimeout(15_000);
        return { context, page: await context.newPage() };
      },
      async signedIn(who = 'admin') {
        const { page } = await e2e.newPage();
        await page.goto('/login');
        await page.getByLabel('Email').fill(demoEmail(who));
        await page.getByLabel('Password').fill(DEMO_PASSWORD);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.waitForURL((url) => url.pathname === '/');
        return page;
      },
    };
    body(e2e);
  });
}

/** Saves a full-page screenshot as test-artifacts/screenshots/NAME.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
