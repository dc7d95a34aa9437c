// Vendor advisories matched against the inventory (issue #10 item 4) in the browser: an org-admin
// imports two CSAF advisories from the shared corpus (or stand-ins built here) plus a broken file (refused with its
// reasons), opens one advisory's detail, then on the regulated Basel site's Vulnerabilities tab
// triages the ControlLogix 5580 that ICSA-24-214-09 affects "Now" with an owner and a due date
// (giving the regulated site's reason), sees it persisted after a reload, and sees the finding
// closed once the asset's firmware is past the fix. A viewer sees the library but no upload.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { testCsafBytes } from '../../core/advisories/test-csaf.js';
import { describeE2E, ROOT, screenshot, SCREENSHOTS } from './harness.js';

const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'csaf');
const ROCKWELL = 'icsa-24-214-09.json';
const SIEMENS = 'icsa-22-167-14.json';
const SITE = 'basel';
const ASSET = 'plc-solv-l83e';
const ZONE = 'bsl-ctl-solv';

const dir = mkdtempSync(join(tmpdir(), 'c981-advisories-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The advisories to upload: the real ones from the shared corpus, or — where the corpus is not
 * beside the checkout (a CI clone elsewhere) — valid stand-ins with the same names, products and
 * fix text, so the browser flow always runs.
 */
function advisoryFolder(): string {
  if (existsSync(join(CORPUS, ROCKWELL)) && existsSync(join(CORPUS, SIEMENS))) return CORPUS;
  console.warn(`[e2e] the CSAF corpus is not at ${CORPUS}: using synthetic stand-ins for the two advisories`);
  const folder = join(dir, 'stand-ins');
  mkdirSync(folder);
  writeFileSync(
    join(folder, ROCKWELL),
    testCsafBytes({
      trackingId: 'ICSA-24-214-09',
      namespace: 'https://www.cisa.gov/',
      title: 'Rockwell Automation Logix Controllers',
      vendor: 'Rockwell Automation',
      product: 'ControlLogix 5580 (1756-L8z)',
      cve: 'CVE-2024-6242',
      versionBranch: { category: 'product_version', name: 'V28' },
      fixDetails: 'ControlLogix 5580 (1756-L8z): Update to versions V32.016, V33.015, V34.014,V35.011 and later.',
    }),
  );
  writeFileSync(
    join(folder, SIEMENS),
    testCsafBytes({
      trackingId: 'ICSA-22-167-14',
      namespace: 'https://www.cisa.gov/',
      title: 'Siemens OpenSSL Affected Industrial Products',
      vendor: 'Siemens',
      // The demo estate's Basel S7-1500s (V2.9.4) fall under it, as under the real advisory.
      product: 'SIMATIC S7-1500 CPU family',
      cve: 'CVE-2022-0778',
      versionBranch: { category: 'product_version_range', name: 'vers:all/<V3.0.1' },
      fixDetails: 'Update to V3.0.1 or later version.',
    }),
  );
  return folder;
}
const SOURCE = advisoryFolder();

/** A write through the API as the page's signed-in user (session cookie, CSRF token, reason). */
async function apiWrite(page: Page, method: 'POST' | 'PATCH', path: string, data: unknown, reason: string) {
  const me = await (await page.request.get('/api/v1/auth/me')).json();
  const res = await page.request.fetch(path, {
    method,
    data,
    headers: {
      'content-type': 'application/json',
      'x-csrf-token': me.csrfToken,
      'x-c981-reason': `utf-8''${encodeURIComponent(reason)}`,
    },
  });
  expect(res.ok(), `${method} ${path}: ${res.status()} ${await res.text()}`).toBe(true);
  return res.json();
}

describeE2E('vendor advisories and vulnerabilities', (e2e) => {
  it('imports advisories, triages a matched asset and closes it with a firmware update', async () => {
    const broken = join(dir, 'broken-advisory.json');
    const text = readFileSync(join(SOURCE, ROCKWELL), 'utf8');
    writeFileSync(broken, text.slice(0, Math.floor(text.length / 2)));

    // ---- the library: upload as org-admin ----
    const page = await e2e.signedIn('admin');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Advisories' }).click();
    await page.waitForURL((u) => u.pathname === '/advisories');
    await page.getByText('The library is empty').waitFor();

    await page.getByLabel('CSAF advisory files').setInputFiles([join(SOURCE, ROCKWELL), join(SOURCE, SIEMENS), broken]);
    const uploads = page.getByRole('list', { name: 'Advisory uploads' });
    const rockwell = uploads.getByRole('listitem', { name: ROCKWELL });
    const siemens = uploads.getByRole('listitem', { name: SIEMENS });
    const refused = uploads.getByRole('listitem', { name: 'broken-advisory.json' });
    await rockwell.getByText('imported').waitFor();
    await rockwell.getByText('ICSA-24-214-09', { exact: true }).waitFor();
    await siemens.getByText('imported').waitFor({ timeout: 30_000 });
    await refused.getByText('refused — nothing stored').waitFor();
    const reasons = await refused.getByRole('alert').textContent();
    expect(reasons?.length).toBeGreaterThan(5);
    expect(await rockwell.getByRole('progressbar').getAttribute('value')).toBe('100');
    const table = page.getByRole('table', { name: 'Advisories' });
    await table.getByRole('button', { name: 'Open ICSA-24-214-09' }).waitFor();
    await table.getByRole('button', { name: 'Open ICSA-22-167-14' }).waitFor();
    await screenshot(page, 'advisories-upload');

    // Search and vendor filter live in the URL.
    await page.getByLabel('Filter by vendor').fill('Rockwell');
    await page.waitForURL((u) => u.searchParams.get('vendor') === 'Rockwell');
    await table.getByRole('button', { name: 'Open ICSA-22-167-14' }).waitFor({ state: 'detached' });
    await page.getByLabel('Search advisories').fill('CVE-2024-6242');
    await page.waitForURL((u) => u.searchParams.get('q') === 'CVE-2024-6242');

    // The detail: vulnerabilities, remediations, products.
    await table.getByRole('button', { name: 'Open ICSA-24-214-09' }).click();
    await page.waitForURL((u) => u.searchParams.has('advisory'));
    const detail = page.getByRole('region', { name: 'Advisory detail' });
    await detail.getByRole('table', { name: 'Vulnerabilities' }).getByText('CVE-2024-6242').waitFor();
    await detail
      .getByRole('list', { name: 'Remediations' })
      .getByText(/V33\.015/)
      .first()
      .waitFor();
    await detail.getByRole('table', { name: 'Products' }).getByText('ControlLogix 5580 (1756-L8z)').waitFor();
    await screenshot(page, 'advisories-detail');
    // A shared link opens the same view.
    await page.reload();
    await detail.getByRole('table', { name: 'Products' }).waitFor();

    // ---- the site: an asset ICSA-24-214-09 affects ----
    await apiWrite(
      page,
      'POST',
      `/api/v1/sites/${SITE}/assets`,
      {
        id: ASSET,
        name: 'Solvent recovery ControlLogix',
        type: 'plc',
        zone: ZONE,
        vendor: 'Rockwell Automation',
        model: 'ControlLogix 5580',
        orderNumber: '1756-L83E',
        firmware: 'V33.011',
      },
      'Controller replaced during the solvent unit upgrade (MOC-3107)',
    );

    await page.goto(`/sites/${SITE}`);
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Vulnerabilities' }).click();
    await page.waitForURL((u) => u.pathname === `/sites/${SITE}/vulnerabilities`);
    const findings = page.getByRole('table', { name: 'Findings' });
    const row = findings.getByRole('row', { name: 'Solvent recovery ControlLogix: ICSA-24-214-09' });
    await row.waitFor();
    await row.getByText('affected', { exact: true }).waitFor();
    await row.locator('.badge', { hasText: 'fix available' }).waitFor();
    await row.getByText('untriaged').waitFor();
    // The matcher's reason and the priority's factors, on demand.
    await row.getByText('why', { exact: true }).click();
    await row.getByRole('list', { name: 'Priority factors' }).waitFor();
    await screenshot(page, 'vulnerabilities-site');

    // Keyboard: a focused finding takes N / X / V.
    await row.focus();
    await page.keyboard.press('x');
    const keyed = page.getByRole('dialog', { name: /^Triage ICSA-24-214-09 on Solvent recovery ControlLogix/ });
    expect(await keyed.getByRole('radio', { name: /^Next/ }).isChecked()).toBe(true);
    await keyed.getByRole('button', { name: 'Cancel' }).click();
    await keyed.waitFor({ state: 'detached' });

    // Filters in the URL.
    await page.getByLabel('Filter by verdict').selectOption('affected');
    await page.waitForURL((u) => u.searchParams.get('verdict') === 'affected');
    await page.getByLabel('Search findings').fill('1756-L83E');
    await page.waitForURL((u) => u.searchParams.get('q') === '1756-L83E');
    await row.waitFor();

    // Triage "Now" with an owner and a due date; the regulated site asks for the reason.
    await row.getByRole('button', { name: 'Now' }).click();
    const dialog = page.getByRole('dialog', { name: /^Triage ICSA-24-214-09 on Solvent recovery ControlLogix/ });
    expect(await dialog.getByRole('radio', { name: /^Now/ }).isChecked()).toBe(true);
    await dialog.getByLabel('Owner').fill('Production engineering');
    await dialog.getByLabel('Due').fill('2026-12-15');
    await dialog.getByLabel('Note').fill('Flash V33.015 at the December shutdown');
    // Until then the solvent unit's compensating control stands in.
    await dialog.getByLabel('Compensating control').selectOption('cc-bsl-xp-hmi');
    await screenshot(page, 'vulnerabilities-triage-dialog');
    await dialog.getByRole('button', { name: 'Save triage' }).click();
    const reason = page.getByRole('dialog', { name: 'Reason for change' });
    await reason.getByLabel('Reason').fill('CVE-2024-6242 reviewed with the OEM');
    await reason.getByRole('button', { name: 'Save change' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.getByText('Production engineering').waitFor();

    // Persisted: a reload shows the stored triage.
    await page.reload();
    await row.getByText('Now', { exact: true }).first().waitFor();
    await row.getByText('Production engineering').waitFor();
    await row.getByText('due 2026-12-15').waitFor();
    await row.getByRole('link', { name: 'cc-bsl-xp-hmi' }).waitFor();
    await page.getByLabel('Filter by triage').selectOption('now');
    await page.waitForURL((u) => u.searchParams.get('triage') === 'now');
    await row.waitFor();
    await screenshot(page, 'vulnerabilities-triaged');

    // The asset opens in the inventory's drawer.
    await row.getByRole('link', { name: 'Solvent recovery ControlLogix' }).click();
    await page.waitForURL((u) => u.pathname === '/inventory' && u.searchParams.get('asset') === ASSET);
    await page.getByRole('complementary', { name: `Asset ${ASSET}` }).waitFor();

    // ---- the firmware past the fix closes the finding ----
    await apiWrite(
      page,
      'PATCH',
      `/api/v1/sites/${SITE}/assets/${ASSET}`,
      { firmware: 'V33.015' },
      'Firmware V33.015 flashed (MOC-3112)',
    );
    await page.goto(`/sites/${SITE}/vulnerabilities?q=1756-L83E`);
    await page.getByRole('group', { name: 'Counts' }).waitFor();
    await row.waitFor({ state: 'detached' });
    await page.getByLabel('Show closed').check();
    await page.waitForURL((u) => u.searchParams.get('closed') === 'true');
    await row.getByText('closed', { exact: true }).waitFor();
    await screenshot(page, 'vulnerabilities-closed');

    // ---- the portfolio ----
    await page.goto('/');
    const card = page.getByRole('region', { name: 'Vulnerabilities' });
    await card.getByRole('link', { name: 'Basel API plant' }).waitFor();
    await card.screenshot({ path: join(SCREENSHOTS, 'vulnerabilities-portfolio-card.png') });
    await page.goto('/vulnerabilities');
    await page.getByRole('table', { name: 'Top findings' }).waitFor();
    await screenshot(page, 'vulnerabilities-portfolio');

    // ---- a viewer reads the library but cannot import or triage ----
    const viewer = await e2e.signedIn('viewer');
    await viewer.goto('/advisories');
    await viewer.getByRole('table', { name: 'Advisories' }).waitFor();
    expect(await viewer.getByLabel('CSAF advisory files').count()).toBe(0);
    await viewer.goto(`/sites/${SITE}/vulnerabilities?closed=true`);
    await viewer.getByRole('table', { name: 'Findings' }).waitFor();
    expect(await viewer.getByRole('group', { name: /^Triage / }).count()).toBe(0);
    expect(await viewer.getByRole('button', { name: 'Now', exact: true }).count()).toBe(0);

    // ---- an org-admin removes an advisory from the library ----
    await page.goto('/advisories');
    await table.getByRole('button', { name: 'Open ICSA-22-167-14' }).click();
    await detail.getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete ICSA-22-167-14?' });
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await table.getByRole('button', { name: 'Open ICSA-22-167-14' }).waitFor({ state: 'detached' });
    await table.getByRole('button', { name: 'Open ICSA-24-214-09' }).waitFor();
  }, 120_000);
});
