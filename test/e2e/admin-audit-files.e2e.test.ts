// Site files, the audit log, users and API tokens in a real browser: export a site, edit the file,
// preview and apply the import (a regulated site asks for a reason), reject an invalid file by line
// and column, find the import in the audit log and its CSV, manage users, and create a token whose
// secret is shown once.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { LOCAL_ACTOR } from '../../server/actor.js';
import { recordAudit } from '../../server/features/audit/audit.repository.js';
import { describeE2E, screenshot } from './harness.js';

const ZONE_OLD = 'name: Purification control (DeltaV)';
const ZONE_NEW = 'name: Purification control (DeltaV 15)';

const zoneName = (page: Page) =>
  page.evaluate(async () => {
    const r = await fetch('/api/v1/sites/basel/zones/bsl-ctl-pur');
    return ((await r.json()) as { name: string }).name;
  });

describeE2E('site files, audit log, users and tokens', (e2e) => {
  let exported = '';

  it('exports a site, previews the edited file without saving, then applies it with a reason', async () => {
    const page = await e2e.signedIn('admin');
    await page.goto('/site-files?site=basel');
    const link = page.getByRole('link', { name: 'Download basel.yaml' });
    expect(await link.getAttribute('href')).toBe('/api/v1/sites/basel/export?format=yaml');
    exported = await page.evaluate(async (href) => (await fetch(href)).text(), (await link.getAttribute('href'))!);
    expect(exported).toContain(ZONE_OLD);

    await page.getByLabel('Site file to import').setInputFiles({
      name: 'basel.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(exported.replace(ZONE_OLD, ZONE_NEW)),
    });
    const changes = page.getByRole('table', { name: 'Changes per site' });
    const row = changes.getByRole('row', { name: /Basel API plant/ });
    await row.waitFor();
    // One zone changed, nothing else; a regulated site changes, so Apply will ask why.
    expect((await row.getByRole('cell').allTextContents()).slice(1)).toEqual(['—', '~1', '—', '—', '—', '—', '—']);
    // …and the preview names it.
    expect(await changes.getByTitle('changed: bsl-ctl-pur').count()).toBe(1);
    await page.getByText('A regulated site changes').waitFor();
    await screenshot(page, 'site-files');
    expect(await zoneName(page)).toBe('Purification control (DeltaV)');

    await page.getByRole('button', { name: 'Apply' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reason for change' });
    await dialog.getByLabel('Reason').fill('Align zone name with the DeltaV 15 upgrade (CC-2026-114)');
    await dialog.getByRole('button', { name: 'Save change' }).click();
    await page.getByText('Imported basel.yaml.').waitFor();
    expect(await zoneName(page)).toBe('Purification control (DeltaV 15)');
  });

  it('shows an invalid file by line and column and writes nothing', async () => {
    const page = await e2e.signedIn('siteadmin');
    await page.goto('/site-files');
    const broken = exported.replace(ZONE_OLD, 'name: Purification control (broken)').replace('kind: dmz', 'kind: demz');
    await page.getByLabel('Site file to import').setInputFiles({
      name: 'basel-broken.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(broken),
    });
    const issues = page.getByRole('table', { name: 'Problems in the file' });
    await issues.waitFor();
    const text = (await issues.textContent()) ?? '';
    expect(text).toMatch(/basel-broken\.yaml:\d+:\d+/);
    expect(text).toMatch(/zone kind must be one of/);
    await page.getByText('basel-broken.yaml is not valid: nothing was imported.').waitFor();
    expect(await page.getByRole('button', { name: 'Apply' }).count()).toBe(0);
    expect(await zoneName(page)).toBe('Purification control (DeltaV 15)');
  });

  it('finds the import in the audit log filtered by site, with a CSV link carrying the filters', async () => {
    const page = await e2e.signedIn('admin');
    await page.goto('/audit');
    await page.getByLabel('Site', { exact: true }).selectOption('basel');
    await page.waitForURL((url) => url.searchParams.get('site') === 'basel');
    await page.getByLabel('Action').fill('site.*');
    await page.waitForURL((url) => url.searchParams.get('action') === 'site.*');
    const record = page.getByRole('row', { name: /site\.import/ });
    await record.waitFor();
    expect(await record.textContent()).toContain('Align zone name with the DeltaV 15 upgrade');
    expect(await record.textContent()).toContain('zones ~1');

    const csv = page.getByRole('link', { name: 'Export CSV' });
    const href = (await csv.getAttribute('href'))!;
    const params = new URL(href, e2e.baseUrl).searchParams;
    expect(new URL(href, e2e.baseUrl).pathname).toBe('/api/v1/audit.csv');
    expect(params.get('site')).toBe('basel');
    expect(params.get('action')).toBe('site.*');
    const body = await page.evaluate(async (h) => (await fetch(h)).text(), href);
    expect(body).toContain('site.import');
    expect(body).not.toContain('user.login');

    await record.getByRole('button', { name: /Show record/ }).click();
    await page.getByLabel('Detail', { exact: true }).waitFor();
    await screenshot(page, 'audit');
  });

  it('pages with "Load more" and shows a change before and after', async () => {
    // More records than one page (100): written the way every service writes them.
    await e2e.db.kysely.transaction().execute(async (trx) => {
      for (let i = 1; i <= 120; i++)
        await recordAudit(trx, LOCAL_ACTOR, {
          action: 'zone.update',
          siteId: 'emmen-packaging',
          entity: 'zone',
          entityId: 'emm-ent',
          reason: `rename ${i}`,
          detail: { before: { id: 'emm-ent', name: `Office ${i - 1}` }, after: { id: 'emm-ent', name: `Office ${i}` } },
        });
    });
    const page = await e2e.signedIn('admin');
    await page.goto('/audit?site=emmen-packaging&action=zone.update');
    const rows = page.getByRole('row', { name: /zone\.update/ });
    await page.getByText('100 records shown').waitFor();
    expect(await rows.count()).toBe(100);
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.getByText('120 records (all)').waitFor();
    expect(await rows.count()).toBe(120);
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);

    const newest = rows.first();
    expect(await newest.textContent()).toContain('name: Office 119 → Office 120');
    await newest.getByRole('button', { name: /Show record/ }).click();
    expect(await page.getByLabel('Before', { exact: true }).textContent()).toContain('"Office 119"');
    expect(await page.getByLabel('After', { exact: true }).textContent()).toContain('"Office 120"');
  });

  it('lists the demo users, creates one with a site role, changes roles and disables', async () => {
    const page = await e2e.signedIn('admin');
    await page.goto('/admin/users');
    for (const who of ['admin', 'siteadmin', 'assessor', 'approver', 'viewer'])
      await page.getByRole('cell', { name: `${who}@demo.c981.example`, exact: true }).waitFor();

    await page.getByRole('button', { name: 'New user' }).click();
    const dialog = page.getByRole('dialog', { name: 'New user' });
    await dialog.getByLabel('Email').fill('k.meier@example.com');
    await dialog.getByLabel(/^Name/).fill('Karin Meier');
    await dialog.getByLabel('Party').selectOption('service-provider');
    await dialog.getByLabel('Company').fill('Rhine OT Services');
    await dialog.getByLabel('Initial password').fill('Shift-Log-Review-2026');
    await dialog.getByLabel('Role on Basel API plant').selectOption('viewer');
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByRole('row', { name: /k\.meier@example\.com/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('basel: viewer');
    expect(await row.textContent()).toContain('Service provider');

    await row.getByRole('button', { name: 'Site roles of k.meier@example.com' }).click();
    const roles = page.getByRole('dialog', { name: 'Site roles of Karin Meier' });
    await roles.getByLabel('Role on Basel API plant').selectOption('assessor');
    await roles.getByLabel('Role on Riverside water treatment works').selectOption('viewer');
    await roles.getByRole('button', { name: 'Save 2 changes' }).click();
    await roles.waitFor({ state: 'detached' });
    await row.getByText('riverside-water: viewer').waitFor();
    expect(await row.textContent()).toContain('basel: assessor');
    await screenshot(page, 'users');

    await row.getByRole('button', { name: 'Disable k.meier@example.com' }).click();
    await page
      .getByRole('dialog', { name: 'Disable Karin Meier?' })
      .getByRole('button', { name: 'Disable account' })
      .click();
    await row.getByText('disabled').waitFor();
  });

  it('tells users without user.manage that they are not allowed', async () => {
    const page = await e2e.signedIn('siteadmin');
    await page.goto('/admin/users');
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/not allowed to manage users/);
    expect(await page.getByRole('button', { name: 'New user' }).count()).toBe(0);
  });

  it('creates a read-only site-limited token, shows its secret once, and revokes it', async () => {
    const page = await e2e.signedIn('assessor');
    await page.goto('/admin/tokens');
    await page.getByLabel('Name').fill('nightly gap report');
    await page.getByLabel('Basel API plant').check();
    await page.getByLabel('Expires after (days)').fill('30');
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = page.getByLabel('Token secret', { exact: true });
    await secret.waitFor();
    const token = await secret.inputValue();
    expect(token).toMatch(/^c981_[A-Za-z0-9_-]{43}$/);
    await page.getByText('This is the only time the secret is shown.').waitFor();
    await screenshot(page, 'tokens');

    const call = async (path: string, method = 'GET') =>
      (await fetch(`${e2e.baseUrl}${path}`, { method, headers: { authorization: `Bearer ${token}` } })).status;
    expect(await call('/api/v1/sites/basel')).toBe(200);
    expect(await call('/api/v1/sites/riverside-water')).toBe(404);

    await page.getByRole('button', { name: 'I have stored it' }).click();
    expect(await page.getByLabel('Token secret', { exact: true }).count()).toBe(0);
    await page.reload();
    const row = page.getByRole('row', { name: /nightly gap report/ });
    await row.waitFor();
    expect(await page.getByLabel('Token secret', { exact: true }).count()).toBe(0);
    expect(await row.textContent()).toContain('read-only');
    expect(await row.textContent()).toContain('basel');
    expect(await row.textContent()).not.toContain(token.slice(5, 20));

    await row.getByRole('button', { name: 'Revoke nightly gap report' }).click();
    await page
      .getByRole('dialog', { name: /Revoke token/ })
      .getByRole('button', { name: 'Revoke token' })
      .click();
    await row.getByText(/revoked/).waitFor();
    expect(await call('/api/v1/sites/basel')).toBe(401);
  });
});
