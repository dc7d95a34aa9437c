// Reports in a real browser (issue #8 item 1), as a viewer of the demo's Basel site: the Reports tab
// lists every site report with its formats, a PDF link downloads a PDF, and the portfolio page links
// the executive summary.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { REPORT_INFO, SITE_REPORT_KINDS } from '../../core/reports/kinds.js';
import { describeE2E, screenshot } from './harness.js';

const SITE = 'basel';

describeE2E('reports', (e2e) => {
  it('lists the reports on the Reports tab and downloads one as a PDF', async () => {
    const page = await e2e.signedIn('viewer');
    await page.goto(`/sites/${SITE}`);
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Reports' }).click();
    await page.waitForURL((url) => url.pathname === `/sites/${SITE}/reports`);
    const cards = page.getByRole('list', { name: 'Reports' }).getByRole('listitem');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(SITE_REPORT_KINDS.length);
    for (const kind of SITE_REPORT_KINDS)
      await page.getByRole('heading', { name: REPORT_INFO[kind].title, exact: true }).waitFor();
    await screenshot(page, 'reports');

    const link = page.getByRole('link', { name: 'Gap report as PDF' });
    expect(await link.getAttribute('href')).toBe(`/api/v1/sites/${SITE}/reports/gaps?format=pdf`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^gaps-${SITE}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
    const pdf = readFileSync(await download.path());
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pdf.length).toBeGreaterThan(10_000);
  });

  it('links the executive summary from the portfolio page', async () => {
    const page = await e2e.signedIn('viewer');
    const link = page.getByRole('link', { name: 'Executive portfolio summary as XLSX' });
    await link.waitFor();
    const res = await page.request.get((await link.getAttribute('href')) ?? '');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    // An XLSX is a zip.
    expect((await res.body()).subarray(0, 2).toString('latin1')).toBe('PK');
    await screenshot(page, 'portfolio-report-links');
  });
});
