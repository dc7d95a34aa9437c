// The traceability matrix and the trend panels (issue #7 items 4 and 5) in a real browser, as a
// viewer of the demo's Basel site: open the matrix from the site's tabs, filter it through the URL,
// follow the CSV link; see SL-A against SL-T over time on the site page and the portfolio.
import { expect, it } from 'vitest';
import { addDays, siteDay } from '../../core/iec62443/trends.js';
import { LOCAL_ACTOR } from '../../server/actor.js';
import { siteEvaluation } from '../../server/features/evaluation/evaluation.service.js';
import { describeE2E, screenshot, type E2E } from './harness.js';

const SITE = 'basel';

/** A roadmap action retiring the XP HMI's control (written directly: the roadmap is another feature). */
async function seedAction(e2e: E2E): Promise<void> {
  const now = new Date().toISOString();
  const doc = {
    id: 'ra-bsl-hmi-swap',
    title: 'Replace the XP HMI in the 2027 shutdown',
    owner: 'Solvent recovery team',
    due: '2027-02-15',
    status: 'planned',
    scope: 'bsl-ctl-solv',
    satisfies: ['SR 3.2'],
    retires: ['cc-bsl-xp-hmi'],
  };
  await e2e.db.kysely
    .insertInto('roadmap_actions')
    .values({
      site_id: SITE,
      id: doc.id,
      scope_id: doc.scope,
      status: doc.status,
      due: doc.due,
      doc: JSON.stringify(doc),
      created_at: now,
      updated_at: now,
    })
    .execute();
}

/** Sixty days of history in which the zones of every site climb to where they stand today. */
async function seedHistory(e2e: E2E): Promise<void> {
  const sites = await e2e.db.kysely.selectFrom('sites').select(['id', 'timezone']).execute();
  // Days ago, and how many levels each FR was below today's SL-A then.
  const steps: [number, number][] = [
    [60, 2],
    [45, 1],
    [30, 1],
    [15, 0],
  ];
  for (const site of sites) {
    const today = siteDay(site.timezone);
    const current = await siteEvaluation(e2e.db, LOCAL_ACTOR, site.id, today);
    for (const [daysAgo, behind] of steps)
      await e2e.db.kysely
        .insertInto('sl_history')
        .values(
          current.zones.map((z) => ({
            site_id: site.id,
            scope_id: z.id,
            scope_kind: 'zone',
            day: addDays(today, -daysAgo),
            sl_target: z.slTarget ? JSON.stringify(z.slTarget) : null,
            sl_achieved: JSON.stringify(z.slAchieved.map((a) => Math.max(0, a - behind))),
            recorded_at: new Date().toISOString(),
          })),
        )
        .execute();
  }
}

describeE2E('traceability matrix and trends', (e2e) => {
  it('opens the matrix from the site tabs, filters it in the URL and links the same rows as CSV', async () => {
    await seedAction(e2e);
    const page = await e2e.signedIn('viewer');
    await page.goto(`/sites/${SITE}`);
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Traceability' }).click();
    await page.waitForURL((url) => url.pathname === `/sites/${SITE}/traceability`);
    const table = page.getByRole('table', { name: 'Traceability matrix' });
    await table.getByRole('row').nth(1).waitFor();
    const total = Number((await page.getByTestId('trace-count').textContent())?.split(' ')[0]);
    expect(total).toBeGreaterThan(200);
    // Virtualized: far fewer rows in the DOM than in the matrix.
    expect(await table.getByRole('row').count()).toBeLessThan(60);
    await screenshot(page, 'traceability');

    await page.getByLabel('Filter by zone or conduit').selectOption('bsl-ctl-solv');
    await page.getByLabel('Filter by foundational requirement').selectOption('3');
    await page.waitForURL(
      (url) => url.searchParams.get('scope') === 'bsl-ctl-solv' && url.searchParams.get('fr') === '3',
    );
    const row = table.getByRole('row', { name: /^SR 3\.2 (?!RE)/ });
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('cc-bsl-xp-hmi');
    expect(text).toContain('ra-bsl-hmi-swap');
    expect(text).toContain('by control');
    for (const r of await table.getByRole('row').all()) {
      const cells = await r.getByRole('cell').allTextContents();
      if (cells.length > 0) expect(cells[1]).toBe('3');
    }
    await screenshot(page, 'traceability-filtered');

    // The CSV link carries the same filters; the download is the same rows.
    const link = page.getByRole('link', { name: 'Download CSV' });
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toBe(`/api/v1/sites/${SITE}/traceability?scope=bsl-ctl-solv&fr=3&format=csv`);
    const csv = await page.request.get(href);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-disposition']).toMatch(
      /^attachment; filename="traceability-basel-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]?.startsWith('requirement,title,fr,')).toBe(true);
    expect(lines.length - 1).toBe(Number((await page.getByTestId('trace-count').textContent())?.split(' ')[0]));
    expect(lines.find((l) => l.startsWith('SR 3.2,'))).toContain('ra-bsl-hmi-swap (planned; due 2027-02-15');

    // A shared link keeps the filters; a malformed one is dropped, not an error.
    await page.goto(`/sites/${SITE}/traceability?status=partial&fr=9`);
    await expect(page.getByLabel('Filter by result').inputValue()).resolves.toBe('partial');
    await expect(page.getByLabel('Filter by foundational requirement').inputValue()).resolves.toBe('');
  });

  it('shows SL-A against SL-T over time on the site page and the share at target on the portfolio', async () => {
    await seedHistory(e2e);
    const page = await e2e.signedIn('viewer');
    const portfolioChart = page.locator('[data-ready="portfolio-trends"] svg');
    await portfolioChart.waitFor();
    await page.getByRole('heading', { name: 'Zones at target over time' }).scrollIntoViewIfNeeded();
    await page.getByText(/zones meet their SL-T/).waitFor();
    await screenshot(page, 'portfolio-trends');

    await page.goto(`/sites/${SITE}`);
    const panel = page.getByRole('region', { name: 'Progress over time' });
    await panel.locator('[data-ready="site-trends"] svg').waitFor();
    // The plant DMZ meets its SL-T today; sixty days ago it was two levels lower.
    await panel.getByLabel('Zone or conduit').selectOption('bsl-dmz');
    const chart = panel.locator('[data-ready="site-trends"]');
    await expect
      .poll(async () => chart.getAttribute('aria-label'))
      .toMatch(/^bsl-dmz: on \d{4}-\d{2}-\d{2} SL-A [\d, ]+ \(SL-T 2, 2, 2, 2, 3, 2, 2\); on /);
    // Seven small charts, one per FR.
    for (const fr of ['FR 1 IAC', 'FR 7 RA']) await panel.getByText(fr).first().waitFor();
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'site-trends');
  });
});
