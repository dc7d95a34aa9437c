// The zone page in a real browser: an assessor works through the blocking requirements of one FR
// from the keyboard and watches SL-A rise; notes and evidence; the read-only view; qualification.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeE2E, screenshot } from './harness.js';

const ZONE = '/sites/basel/zones/bsl-ctl-api';

/** The SL-A of one FR as the page's SL table shows it (its cells are labelled "SL-A FR n: v"). */
async function slA(page: Page, fr: number): Promise<string | null> {
  const label = await page.getByRole('cell', { name: new RegExp(`^SL-A FR ${fr}:`) }).getAttribute('aria-label');
  return label?.split(': ')[1] ?? null;
}

const checklistRows = (page: Page) =>
  page.getByRole('table', { name: 'Requirements checklist' }).getByRole('row', { name: /^SR / });

describeE2E('zone page', (e2e) => {
  it('raises SL-A when the assessor marks the blocking requirements of an FR implemented from the keyboard', async () => {
    const page = await e2e.signedIn('assessor');
    await page.goto(ZONE);
    await page.getByRole('heading', { name: 'API synthesis control' }).waitFor();
    await page.locator('.zone-chart svg').first().waitFor();
    await expect.poll(() => slA(page, 1)).toBe('0');

    await page.getByLabel('FR filter').selectOption('1');
    await page.getByLabel('Status filter').selectOption('blocking');
    await page.waitForURL((u) => u.searchParams.get('fr') === '1' && u.searchParams.get('status') === 'blocking');
    const rows = checklistRows(page);
    await rows.first().waitFor();
    const blocking = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''));
    expect(blocking.length).toBeGreaterThan(1);

    // One key per row: the row's status is set and focus moves on to the next one.
    await rows.first().focus();
    for (let i = 0; i < blocking.length; i++) await page.keyboard.press('i');
    await page.getByText('No requirement matches these filters.').waitFor();
    await expect.poll(() => slA(page, 1)).toBe('2');

    await page.reload();
    await expect.poll(() => slA(page, 1)).toBe('2');
    await page.getByLabel('Status filter').selectOption('');
    for (const id of blocking)
      expect(await page.getByLabel(`Status of ${id}`, { exact: true }).inputValue()).toBe('implemented');
    await screenshot(page, 'zone');
  });

  it('keeps notes and evidence with a result', async () => {
    const page = await e2e.signedIn('assessor');
    await page.goto(`${ZONE}?fr=2`);
    const row = page.getByRole('row', { name: /^SR 2\.6 / });
    await row.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.searchParams.get('open') === 'SR 2.6');
    await page.getByLabel('Status of SR 2.6', { exact: true }).selectOption('partial');
    await page.getByText('✓ Saved').waitFor();
    await page.getByLabel('Notes on SR 2.6').fill('Remote sessions time out after 15 minutes; HMIs pending.');
    await page.getByLabel('New evidence for SR 2.6').fill('https://dms.example/ch/2026-118');
    await page.getByRole('button', { name: 'Add evidence' }).click();
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByText('✓ Saved').waitFor();
    await page.getByText('1 evidence').waitFor();

    await page.reload();
    await page.getByLabel('Notes on SR 2.6').waitFor();
    expect(await page.getByLabel('Notes on SR 2.6').inputValue()).toContain('time out after 15 minutes');
    expect(await page.getByRole('link', { name: 'https://dms.example/ch/2026-118' }).count()).toBe(1);
    expect(await page.getByLabel('Status of SR 2.6', { exact: true }).inputValue()).toBe('partial');
    await screenshot(page, 'zone-detail');
  });

  it('shows a read-only checklist to a viewer', async () => {
    const page = await e2e.signedIn('viewer');
    await page.goto(ZONE);
    await checklistRows(page).first().waitFor();
    await page.getByText('Read-only: you may not change results in this site.').waitFor();
    expect(await page.getByLabel('Status of SR 1.1', { exact: true }).count()).toBe(0);
  });

  it('tells whether a candidate component would qualify, FR by FR', async () => {
    const page = await e2e.signedIn('assessor');
    await page.goto(ZONE);
    const form = page.getByRole('form', { name: 'Component qualification' });
    await form.getByLabel('Candidate SL-C FR 3').selectOption('2');
    await form.getByRole('button', { name: 'Check qualification' }).click();
    const answer = page.getByRole('region', { name: 'Qualification result' });
    await answer.getByText('Does not qualify').waitFor();
    expect(await answer.textContent()).toContain('FR 3 SI');

    await form.getByLabel('4-2 requirements met').check();
    await form
      .getByRole('checkbox', { name: /CR 1\.1 / })
      .first()
      .waitFor();
    await form.getByRole('button', { name: 'Check qualification' }).click();
    await answer.getByText('Missing 4-2 requirements').waitFor();
    expect(await answer.getByText('CR 1.1', { exact: true }).count()).toBeGreaterThan(0);
  });
});
