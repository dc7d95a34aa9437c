// Spreadsheet import of asset lists in a real browser (issue #8 item 2): an assessor uploads a CSV
// from the inventory, maps a column the guess missed, sees a row error, fixes the file, imports,
// and finds the assets in the inventory. Viewers see no way in.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeE2E, screenshot } from './harness.js';

const SITE = 'emmen-packaging';
const HEADER = 'Device;Kind;Address;Manufacturer;Zone;Last seen\r\n';
const row = (name: string, kind: string, ip: string, vendor: string) =>
  `${name};${kind};${ip};${vendor};Packaging and palletising;45993\r\n`;

const broken =
  '\uFEFF' +
  HEADER +
  row('Spiral freezer PLC', 'PLC', '10.40.99.11', 'Rockwell') +
  row('Freezer HMI', 'HMI', '10.40.99.11', 'Rockwell') +
  ';;;;;\r\n' +
  row('Label printer gateway', 'Gateway', '10.40.99.13', 'Zebra') +
  row('Case sealer', 'Drive', '10.40.99.14', 'B&R');
const fixed =
  '\uFEFF' +
  HEADER +
  row('Spiral freezer PLC', 'PLC', '10.40.99.11', 'Rockwell') +
  row('Freezer HMI', 'HMI', '10.40.99.12', 'Rockwell') +
  ';;;;;\r\n' +
  row('Label printer gateway', 'Gateway', '10.40.99.13', 'Zebra') +
  row('Case sealer', 'PLC', '10.40.99.14', 'B&R');

const choose = (page: Page, name: string, text: string) =>
  page.getByLabel('Spreadsheet to import').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

/** "12 of 450 assets" → 12. */
async function shown(page: Page): Promise<number> {
  const status = page.locator('.inv-count');
  await status.getByText(/ of [\d,]+ assets/).waitFor();
  return Number((/([\d,]+) of/.exec((await status.textContent()) ?? '')?.[1] ?? '').replaceAll(',', ''));
}

describeE2E('asset import', (e2e) => {
  it('maps, previews, shows row errors, imports the fixed file and lists the assets', async () => {
    const page = await e2e.signedIn('assessor');
    await page.goto(`/inventory?site=${SITE}`);
    await page.getByRole('link', { name: 'Import from spreadsheet' }).click();
    await page.waitForURL((url) => url.pathname === `/sites/${SITE}/import-assets`);

    await choose(page, 'emmen-freezer.csv', broken);
    const mapping = page.getByRole('table', { name: 'Column mapping' });
    await mapping.waitFor();
    const address = page.getByLabel('Field for column Address');
    await expect(page.getByLabel('Field for column Device').inputValue()).resolves.toBe('name');
    await expect(page.getByLabel('Field for column Manufacturer').inputValue()).resolves.toBe('vendor');
    await expect(address.inputValue()).resolves.toBe('');
    await address.selectOption('ip');
    // The change is checked by a dry run; the select then shows the server's mapping.
    await expect.poll(() => address.inputValue()).toBe('ip');
    await mapping.getByText('10.40.99.11').waitFor();
    await screenshot(page, 'asset-import-mapping');

    await page.getByRole('button', { name: 'Preview rows' }).click();
    const errors = page.getByRole('table', { name: 'Row errors' });
    await errors.getByText('IP address 10.40.99.11 is also in row 2').waitFor();
    await errors.getByText(/^"Drive" is not an asset type/).waitFor();
    await expect(errors.locator('tbody tr').count()).resolves.toBe(2);
    await expect(
      page.getByRole('button', { name: /^Import \d+ new/ }).isDisabled(),
      'import is refused while rows have errors',
    ).resolves.toBe(true);
    await screenshot(page, 'asset-import-errors');

    await choose(page, 'emmen-freezer-fixed.csv', fixed);
    await page.getByRole('table', { name: 'Row errors' }).waitFor({ state: 'detached' });
    const planned = page.getByRole('table', { name: 'Planned rows' });
    await planned.getByText('spiral-freezer-plc').waitFor();
    await expect(planned.getByText('blank, skipped').count()).resolves.toBe(1);
    // The mapping made for the first file carried over to the fixed one.
    await planned.getByText('10.40.99.12').waitFor();
    await screenshot(page, 'asset-import-preview');

    await page.getByRole('button', { name: 'Import 4 new and 0 updated assets' }).click();
    await page.getByText('Imported emmen-freezer-fixed.csv:').waitFor();
    await page.getByRole('link', { name: 'Show in the inventory' }).click();
    await page.waitForURL((url) => url.pathname === '/inventory' && url.searchParams.get('site') === SITE);
    await page.getByLabel('Search assets').fill('10.40.99.');
    await expect.poll(() => shown(page)).toBe(4);
    await page.getByRole('table', { name: 'Assets' }).getByText('Spiral freezer PLC').waitFor();
    await screenshot(page, 'asset-import-inventory');

    // The Site file page points to the same import.
    await page.goto(`/site-files?site=${SITE}`);
    const link = page.getByRole('link', { name: `Import from spreadsheet into ${SITE}` });
    await expect(link.getAttribute('href')).resolves.toBe(`/sites/${SITE}/import-assets`);
    await screenshot(page, 'asset-import-site-files-link');

    const audit = await page.evaluate(async (s) => (await fetch(`/api/v1/audit?site=${s}`)).json(), SITE);
    expect(audit.items.some((e: { action: string }) => e.action === 'asset.import')).toBe(true);
  });

  it('offers no import to viewers', async () => {
    const page = await e2e.signedIn('viewer');
    await page.goto(`/inventory?site=${SITE}`);
    await page
      .locator('.inv-count')
      .getByText(/ of [\d,]+ assets/)
      .waitFor();
    await expect(page.getByRole('link', { name: 'Import from spreadsheet' }).count()).resolves.toBe(0);
    await page.goto(`/sites/${SITE}/import-assets`);
    await page.getByText('You may not add assets to this site').waitFor();
    await expect(page.getByLabel('Spreadsheet to import').count()).resolves.toBe(0);
  });
});
