// The inventory in a real browser: filtering, sorting, the asset drawer and its edit form,
// moving assets between zones, filters that survive a reload, and what a viewer may not do.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { naturalKey } from '../../web/features/inventory/inventory-filter.js';
import { describeE2E, screenshot } from './harness.js';

/** "12 of 450 assets" → [12, 450]. */
async function counts(page: Page): Promise<[number, number]> {
  const status = page.locator('.inv-count');
  await status.getByText(/ of [\d,]+ assets/).waitFor();
  const m = /([\d,]+) of ([\d,]+) assets/.exec((await status.textContent()) ?? '');
  const n = (s: string | undefined) => Number((s ?? '').replaceAll(',', ''));
  return [n(m?.[1]), n(m?.[2])];
}

const table = (page: Page) => page.getByRole('table', { name: 'Assets' });
/** The body rows on screen (the header row is the first row). */
const rows = (page: Page) => table(page).locator('.inv-body [role="row"]');
const cellTexts = async (page: Page, column: number) =>
  rows(page).evaluateAll(
    (els, c) => els.map((el) => el.querySelectorAll('[role="cell"]')[c]?.textContent ?? ''),
    column,
  );

/** Text columns sort in a worker: waits until the table shows the new order. */
const sorted = (page: Page) => page.locator('.inv-count').getByText('sorting').waitFor({ state: 'detached' });

async function apiGet(page: Page, path: string): Promise<any> {
  return page.evaluate(async (p) => (await fetch(p)).json(), path);
}

describeE2E('inventory', (e2e) => {
  it('filters all sites as you type, sorts by a column and keeps the filters in the URL', async () => {
    const page = await e2e.signedIn('admin');
    await page.goto('/inventory');
    const [shown, total] = await counts(page);
    expect(shown).toBe(total);
    expect(total).toBeGreaterThan(100);
    // Every site shows, with a site column.
    await expect(table(page).getByRole('columnheader', { name: 'Site' }).count()).resolves.toBe(1);

    await page.getByLabel('Search assets').fill('10.20.20.');
    await expect.poll(async () => (await counts(page))[0]).toBeLessThan(total);
    const [filtered] = await counts(page);
    expect(filtered).toBeGreaterThan(1);
    expect(filtered).toBeLessThan(total);
    // Column 0 is the checkbox, then site, id, name, zone, type, vendor, model, firmware, IP.
    for (const ip of await cellTexts(page, 9)) expect(ip).toContain('10.20.20.');
    await page.waitForURL((url) => url.searchParams.get('q') === '10.20.20.');

    await page.getByLabel('Type').selectOption('plc');
    await page.waitForURL((url) => url.searchParams.get('type') === 'plc');
    for (const type of await cellTexts(page, 5)) expect(type).toBe('plc');
    const [plcs] = await counts(page);
    expect(plcs).toBeLessThan(filtered);

    const nameHeader = table(page).getByRole('columnheader', { name: 'Name' });
    await nameHeader.getByRole('button').click();
    await expect(nameHeader.getAttribute('aria-sort')).resolves.toBe('ascending');
    await sorted(page);
    const ascending = await cellTexts(page, 3);
    const byKey = (a: string, b: string) =>
      naturalKey(a) < naturalKey(b) ? -1 : naturalKey(a) > naturalKey(b) ? 1 : 0;
    expect(ascending).toEqual([...ascending].sort(byKey));
    expect(ascending).not.toEqual([...ascending].reverse());
    await nameHeader.getByRole('button').click();
    await expect(nameHeader.getAttribute('aria-sort')).resolves.toBe('descending');
    await sorted(page);
    expect(await cellTexts(page, 3)).toEqual([...ascending].reverse());
    await page.waitForURL((url) => url.searchParams.get('sort') === 'name' && url.searchParams.get('dir') === 'desc');

    await page.reload();
    await expect(counts(page)).resolves.toEqual([plcs, total]);
    await expect(page.getByLabel('Search assets').inputValue()).resolves.toBe('10.20.20.');
    await expect(page.getByLabel('Type').inputValue()).resolves.toBe('plc');
    await expect(nameHeader.getAttribute('aria-sort')).resolves.toBe('descending');
    await sorted(page);
    expect(await cellTexts(page, 3)).toEqual([...ascending].reverse());
    await screenshot(page, 'inventory');

    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect.poll(() => counts(page)).toEqual([total, total]);
    await page.waitForURL((url) => url.search === '?sort=name&dir=desc');
  });

  it('opens an asset from the table, edits its firmware and shows it in the table', async () => {
    const page = await e2e.signedIn('admin');
    await page.goto('/inventory?site=riverside-water');
    // A site's inventory shows the site's header and tabs, without a site column.
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Inventory' }).waitFor();
    await counts(page);
    await expect(table(page).getByRole('columnheader', { name: 'Site' }).count()).resolves.toBe(0);
    await page.getByLabel('Search assets').fill('plc-wtw-01');
    await table(page).getByRole('button', { name: 'plc-wtw-01', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('asset') === 'plc-wtw-01');
    const drawer = page.getByRole('complementary', { name: 'Asset plc-wtw-01' });
    await drawer.getByText('Treatment works master PLC 1').waitFor();
    await drawer.getByText('v34.011').waitFor();
    await screenshot(page, 'inventory-asset');

    await drawer.getByRole('button', { name: 'Edit' }).click();
    await drawer.getByLabel('Firmware').fill('v35.011');
    await screenshot(page, 'inventory-asset-edit');
    await drawer.getByRole('button', { name: 'Save' }).click();
    await drawer.getByRole('button', { name: 'Edit' }).waitFor();
    await drawer.getByText('v35.011').waitFor();
    // The table reloads with the change (firmware is the 8th column in a site's table).
    await rows(page).filter({ hasText: 'v35.011' }).waitFor();
    expect((await apiGet(page, '/api/v1/sites/riverside-water/assets/plc-wtw-01')).firmware).toBe('v35.011');

    // Shared links open the asset directly; Escape closes it.
    await page.goto('/inventory?asset=riverside-water/plc-wtw-01');
    await drawer.getByText('v35.011').waitFor();
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.searchParams.has('asset'));
    await expect(drawer.count()).resolves.toBe(0);
  });

  it('moves two selected assets of one site into another zone', async () => {
    const page = await e2e.signedIn('admin');
    await page.goto('/inventory?q=plc-wtw-0');
    await counts(page);
    const before = await apiGet(page, '/api/v1/sites/riverside-water/assets/plc-wtw-05');
    expect(before.zone).toBe('rvw-ctl-wtw');
    await table(page).getByRole('checkbox', { name: 'Select plc-wtw-05' }).check();
    await table(page).getByRole('checkbox', { name: 'Select plc-wtw-06' }).check();
    const selection = page.getByRole('region', { name: 'Selection' });
    await selection.getByText('2 assets selected').waitFor();
    await selection.getByRole('button', { name: 'Move to zone…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Move to zone' });
    await dialog.getByLabel('Zone').selectOption('rvw-scada');
    await screenshot(page, 'inventory-move');
    await dialog.getByRole('button', { name: 'Move 2' }).click();
    await page.getByText('Moved 2 assets to rvw-scada.').waitFor();
    for (const id of ['plc-wtw-05', 'plc-wtw-06'])
      expect((await apiGet(page, `/api/v1/sites/riverside-water/assets/${id}`)).zone).toBe('rvw-scada');
    expect((await apiGet(page, '/api/v1/sites/riverside-water/assets/plc-wtw-04')).zone).toBe('rvw-ctl-wtw');
    const audit = await apiGet(page, '/api/v1/audit?action=asset.move');
    expect(audit.items[0].detail.assets.map((a: { id: string }) => a.id)).toEqual(['plc-wtw-05', 'plc-wtw-06']);
    // The selection is cleared and the table shows the new zone.
    await expect(selection.count()).resolves.toBe(0);
    await page.getByLabel('Search assets').fill('plc-wtw-05');
    await rows(page).filter({ hasText: 'rvw-scada' }).first().waitFor();

    // Shift-click ticks a range; assets of two sites cannot move together.
    await page.getByLabel('Search assets').fill('');
    await page.goto('/inventory?vendor=Siemens');
    await counts(page);
    const boxes = table(page).locator('.inv-body input[type="checkbox"]');
    await boxes.nth(0).click();
    await boxes.nth(3).click({ modifiers: ['Shift'] });
    await selection.getByText('4 assets selected').waitFor();
    await table(page).getByRole('checkbox', { name: 'Select all filtered assets' }).check();
    await expect(selection.getByRole('button', { name: 'Move to zone…' }).isDisabled()).resolves.toBe(true);
    await selection.getByText(/belong to \d+ sites/).waitFor();
  });

  it('shows a viewer no selection, edit, delete or move controls', async () => {
    const page = await e2e.signedIn('viewer');
    await page.goto('/inventory');
    await counts(page);
    await expect(table(page).getByRole('checkbox').count()).resolves.toBe(0);
    await page.getByLabel('Search assets').fill('plc-wtw-02');
    await table(page).getByRole('button', { name: 'plc-wtw-02', exact: true }).click();
    const drawer = page.getByRole('complementary', { name: 'Asset plc-wtw-02' });
    await drawer.getByText('Treatment works master PLC 2').waitFor();
    await expect(drawer.getByRole('button', { name: 'Edit' }).count()).resolves.toBe(0);
    await expect(drawer.getByRole('button', { name: /Delete/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Move to zone…' }).count()).resolves.toBe(0);
  });
});
