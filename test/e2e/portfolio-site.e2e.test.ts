// The portfolio (home) page and a site's zone & conduit diagram, in a real browser: the heatmap,
// filtering, opening a site, selecting a zone, editing its SL-T on a regulated site (with a
// reason), dragging a zone (saved without a reason: layout only), creating and deleting zones,
// lint findings, and what a viewer may not do.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, describeE2E, screenshot } from './harness.js';

/** The diagram's zone nodes (React Flow renders each as a focusable group named by ariaLabel). */
const node = (page: Page, name: string) =>
  page.locator('.react-flow__node', { has: page.getByText(name, { exact: true }) });
const zoneApi = async (page: Page, site: string, zone: string) =>
  (await page.request.get(`/api/v1/sites/${site}/zones/${zone}`)).json();

describeE2E('portfolio and site diagram', (e2e) => {
  it('shows every site with its heatmap, filters by name in the URL, and opens a site', async () => {
    const page = await e2e.signedIn('admin');
    const table = page.getByRole('table', { name: 'Sites by foundational requirement' });
    for (const name of ['Basel API plant', 'Riverside water treatment works', 'Emmen food packaging plant'])
      await table.getByRole('link', { name }).waitFor();
    await expect(table.locator('td.heat').count()).resolves.toBe(21);
    const cell = table.locator('tr', { hasText: 'Basel API plant' }).locator('td.heat[data-fr="1"]');
    await expect(cell.getAttribute('title')).resolves.toMatch(/FR 1 .*: \d+ zones with a gap, largest gap \d/);
    const worst = page.getByRole('table', { name: 'Worst zones across the estate' });
    await expect(worst.locator('tbody tr').count()).resolves.toBe(15);
    await screenshot(page, 'portfolio');

    await page.getByLabel('Filter sites').fill('river');
    await page.waitForURL((url) => url.searchParams.get('q') === 'river');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    await table.getByRole('button', { name: /FR 2/ }).click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'fr2');
    // The filtered, sorted view is a shareable link.
    await page.reload();
    await expect(page.getByLabel('Filter sites').inputValue()).resolves.toBe('river');
    await page.getByLabel('Filter sites').fill('');

    await table.getByRole('link', { name: 'Basel API plant' }).click();
    await page.waitForURL((url) => url.pathname === '/sites/basel');
    await page.locator('.react-flow__node').first().waitFor();
    await expect(page.locator('.react-flow__node').count()).resolves.toBe(12);
    await expect(page.locator('.react-flow__edge').count()).resolves.toBeGreaterThanOrEqual(12);
    await page.getByText('opc-ua/4840 +2').first().waitFor();
  });

  it('edits the SL-T of a zone of a regulated site from the side panel, with a reason', async () => {
    const page = await e2e.signedIn('admin');
    await page.goto('/sites/basel');
    await node(page, 'API synthesis control').click();
    await page.waitForURL((url) => url.searchParams.get('zone') === 'bsl-ctl-api');
    const panel = page.getByRole('complementary', { name: 'Selection' });
    await panel.getByRole('heading', { name: 'API synthesis control' }).waitFor();
    await panel.getByRole('cell', { name: 'SL-T FR 4: 1' }).waitFor();
    await panel.getByRole('cell', { name: 'Gap FR 4: 1' }).waitFor();
    await expect(panel.getByRole('link', { name: /Open zone assessment/ }).getAttribute('href')).resolves.toBe(
      '/sites/basel/zones/bsl-ctl-api',
    );

    await panel.getByLabel('SL-T FR 4 DC').selectOption('2');
    await panel.getByRole('button', { name: 'Save' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reason for change' });
    await dialog.getByLabel('Reason').fill('CR-2026-201: confidentiality of recipes raised');
    await dialog.getByRole('button', { name: 'Save change' }).click();
    await panel.getByRole('cell', { name: 'SL-T FR 4: 2' }).waitFor();
    await panel.getByRole('cell', { name: 'Gap FR 4: 2' }).waitFor();

    await page.reload();
    await panel.getByRole('cell', { name: 'SL-T FR 4: 2' }).waitFor();
    await expect(panel.getByLabel('SL-T FR 4 DC').inputValue()).resolves.toBe('2');
    expect((await zoneApi(page, 'basel', 'bsl-ctl-api')).slTarget).toEqual([2, 2, 3, 2, 2, 2, 3]);
    await screenshot(page, 'site');

    // A finding selects its subject in the diagram.
    await page.getByRole('button', { name: 'bsl-api-fld', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('conduit') === 'bsl-api-fld');
    await panel.getByRole('heading', { name: 'API synthesis I/O' }).waitFor();
  });

  it('saves a dragged zone position without asking for a reason', async () => {
    const page = await e2e.signedIn('admin');
    await page.goto('/sites/basel');
    const wifi = node(page, 'Production wireless');
    await wifi.waitFor();
    const before = (await zoneApi(page, 'basel', 'bsl-wifi')).position;
    const box = (await wifi.locator('.zone-node-name').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40, { steps: 8 });
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 80, { steps: 8 });
    await page.mouse.up();
    await expect
      .poll(async () => (await zoneApi(page, 'basel', 'bsl-wifi')).position, { timeout: 10_000 })
      .not.toEqual(before);
    const after = (await zoneApi(page, 'basel', 'bsl-wifi')).position;
    expect(after.x).toBeGreaterThan(before.x);
    expect(after.y).toBeGreaterThan(before.y);
    expect(Number.isInteger(after.x) && Number.isInteger(after.y)).toBe(true);
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    // Still there after a reload: the diagram lays out from the saved position.
    await page.reload();
    await wifi.waitFor();
    expect((await zoneApi(page, 'basel', 'bsl-wifi')).position).toEqual(after);
  });

  it('adds a zone, and deletes a zone still in use only with its references', async () => {
    const page = await e2e.signedIn('admin');
    await page.goto('/sites/emmen-packaging');
    await page.locator('.react-flow__node').first().waitFor();
    const count = await page.locator('.react-flow__node').count();

    await page.getByRole('button', { name: 'Add zone' }).click();
    const add = page.getByRole('dialog', { name: 'Add zone' });
    await add.getByLabel('Id *').fill('emm-lab');
    await add.getByLabel('Name *').fill('Quality lab');
    await add.getByLabel('Kind *').selectOption('supervisory');
    await add.getByLabel('SL-T for all FRs').selectOption('2');
    await add.getByRole('button', { name: 'Add zone' }).click();
    await page.waitForURL((url) => url.searchParams.get('zone') === 'emm-lab');
    const panel = page.getByRole('complementary', { name: 'Selection' });
    await panel.getByRole('heading', { name: 'Quality lab' }).waitFor();
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(count + 1);
    expect((await zoneApi(page, 'emmen-packaging', 'emm-lab')).slTarget).toEqual([2, 2, 2, 2, 2, 2, 2]);

    // An id already used answers the API's message in the dialog.
    await page.getByRole('button', { name: 'Add zone' }).click();
    await add.getByLabel('Id *').fill('emm-lab');
    await add.getByLabel('Name *').fill('Again');
    await add.getByRole('button', { name: 'Add zone' }).click();
    await expect(add.getByRole('alert').textContent()).resolves.toMatch(/already used/);
    await add.getByRole('button', { name: 'Cancel' }).click();

    await panel.getByRole('button', { name: 'Delete zone…' }).click();
    await page
      .getByRole('dialog', { name: 'Delete zone Quality lab?' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await page.waitForURL((url) => !url.searchParams.has('zone'));
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(count);

    // A zone with conduits and assets: 409, then the cascade after a second confirmation.
    await node(page, 'Plant DMZ').click();
    await page.waitForURL((url) => url.searchParams.get('zone') === 'emm-dmz');
    await panel.getByRole('button', { name: 'Delete zone…' }).click();
    await page
      .getByRole('dialog', { name: /^Delete zone/ })
      .getByRole('button', { name: 'Delete' })
      .click();
    const inUse = page.getByRole('dialog', { name: /still in use/ });
    await expect(inUse.textContent()).resolves.toMatch(/still referenced by conduits/);
    await inUse.getByRole('button', { name: 'Delete with its references' }).click();
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(count - 1);
    expect((await page.request.get('/api/v1/sites/emmen-packaging/zones/emm-dmz')).status()).toBe(404);
  });

  it('adds a conduit by dragging from one zone to another, and deletes it', async () => {
    const page = await e2e.signedIn('admin');
    await page.goto('/sites/emmen-packaging');
    const from = (await node(page, 'Packaging and palletising').locator('.react-flow__handle.source').boundingBox())!;
    const to = (await node(page, 'Warehouse wireless').locator('.react-flow__handle.target').boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2 - 30, to.y + to.height / 2 - 30, { steps: 10 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 5 });
    await page.mouse.up();
    const dialog = page.getByRole('dialog', { name: 'Add conduit' });
    await expect(dialog.getByLabel('Id *').inputValue()).resolves.toBe('emm-ctl-pack-emm-wifi');
    await dialog.getByLabel('Name').fill('Scanner data');
    await dialog.getByLabel('Protocol').fill('opc-ua');
    await dialog.getByLabel('Port', { exact: true }).fill('4840');
    await dialog.getByRole('button', { name: 'Add conduit' }).click();
    await page.waitForURL((url) => url.searchParams.get('conduit') === 'emm-ctl-pack-emm-wifi');
    const panel = page.getByRole('complementary', { name: 'Selection' });
    await panel.getByRole('heading', { name: 'Scanner data' }).waitFor();
    await page.getByRole('button', { name: /^Conduit Scanner data: opc-ua\/4840/ }).waitFor();
    const conduit = await (
      await page.request.get('/api/v1/sites/emmen-packaging/conduits/emm-ctl-pack-emm-wifi')
    ).json();
    expect(conduit).toMatchObject({
      zones: ['emm-ctl-pack', 'emm-wifi'],
      channels: [{ protocol: 'opc-ua', transport: 'tcp', port: 4840, from: 'emm-ctl-pack', to: 'emm-wifi' }],
    });

    await panel.getByRole('button', { name: 'Delete conduit…' }).click();
    await page
      .getByRole('dialog', { name: /^Delete conduit/ })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect
      .poll(async () =>
        (await page.request.get('/api/v1/sites/emmen-packaging/conduits/emm-ctl-pack-emm-wifi')).status(),
      )
      .toBe(404);
    await page.getByRole('complementary', { name: 'Selection' }).getByRole('heading', { name: 'Overview' }).waitFor();
  });

  it('shows a viewer the model without any edit control', async () => {
    const page = await e2e.signedIn('viewer');
    await page.goto('/sites/riverside-water?zone=rvw-scada');
    const panel = page.getByRole('complementary', { name: 'Selection' });
    await panel.getByRole('heading', { name: 'SCADA and telemetry servers' }).waitFor();
    await panel.getByRole('cell', { name: /^SL-T FR 1:/ }).waitFor();
    await page.locator('.react-flow__node').first().waitFor();
    await expect(page.getByRole('button', { name: 'Add zone' }).count()).resolves.toBe(0);
    await expect(panel.getByRole('button', { name: 'Save' }).count()).resolves.toBe(0);
    await expect(panel.getByRole('button', { name: /Delete/ }).count()).resolves.toBe(0);
    await expect(panel.getByRole('combobox').count()).resolves.toBe(0);
    await expect(page.locator('.react-flow__node.draggable').count()).resolves.toBe(0);
    await expect(page.locator('.react-flow__handle.connectable').count()).resolves.toBe(0);

    // Keyboard: a focused zone is selected with Enter, Escape clears the selection.
    await node(page, 'Corporate network').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('zone') === 'rvw-ent');
    await panel.getByRole('heading', { name: 'Corporate network' }).waitFor();
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.searchParams.has('zone'));
  });

  it('tells a user without sites that the portfolio is empty', async () => {
    const admin = await e2e.signedIn('admin');
    const { csrfToken } = await (await admin.request.get('/api/v1/auth/me')).json();
    const created = await admin.request.post('/api/v1/users', {
      headers: { 'x-csrf-token': csrfToken },
      data: {
        email: 'newcomer@demo.c981.example',
        name: 'Nia Newcomer',
        password: DEMO_PASSWORD,
        party: 'asset-owner',
      },
    });
    expect(created.status()).toBe(201);
    const { page } = await e2e.newPage();
    await page.goto('/login');
    await page.getByLabel('Email').fill('newcomer@demo.c981.example');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('You have no sites yet.').waitFor();
    await expect(page.getByText('Ask an administrator for access to a site.').count()).resolves.toBe(1);
  });
});
