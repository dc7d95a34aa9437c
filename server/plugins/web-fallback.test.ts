// The web app's serving rules (DESIGN §6): hashed bundles from /assets/ with long caching, and
// index.html for every other GET outside /api (deep links) with a strict Content-Security-Policy.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { forEachDialect } from '../../test/dialects.js';

let webRoot = '';
beforeAll(() => {
  webRoot = mkdtempSync(join(tmpdir(), 'c981-web-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(
    join(webRoot, 'index.html'),
    '<!doctype html><div id="root"></div><script src="/assets/app-abc.js"></script>',
  );
  writeFileSync(join(webRoot, 'assets', 'app-abc.js'), 'console.log("c981")');
});
afterAll(() => rmSync(webRoot, { recursive: true, force: true }));

forEachDialect('web app serving', (ctx) => {
  it('serves bundles from /assets/ with immutable caching', async () => {
    const app = await buildApp({ db: ctx.db, webRoot });
    const res = await app.inject({ method: 'GET', url: '/assets/app-abc.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toMatch(/immutable/);
    expect(res.body).toContain('c981');
    // A missing bundle is a 404, not the app page (a stale tab would otherwise parse HTML as JS).
    expect((await app.inject({ method: 'GET', url: '/assets/missing.js' })).statusCode).toBe(404);
    await app.close();
  });

  it('answers index.html for deep links, with a Content-Security-Policy, without signing in', async () => {
    const app = await buildApp({ db: ctx.db, webRoot });
    for (const url of ['/', '/sites/basel/zones/z1?fr=2', '/inventory?q=10.1', '/login']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('<div id="root">');
    }
    // Inside /api an unknown path stays a JSON 404, and writes are never answered with the page.
    const api = await app.inject({ method: 'GET', url: '/api/v1/nothing-here', headers: { authorization: '' } });
    expect(api.statusCode).toBeGreaterThanOrEqual(401);
    expect(api.headers['content-type']).toMatch(/json/);
    expect((await app.inject({ method: 'POST', url: '/inventory' })).statusCode).toBe(404);
    await app.close();
  });

  it('serves a pointer to the API docs when the web app is not built', async () => {
    const app = await buildApp({ db: ctx.db, webRoot: join(webRoot, 'not-built') });
    const res = await app.inject({ method: 'GET', url: '/sites/x' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('/api/docs');
    await app.close();
  });
});
