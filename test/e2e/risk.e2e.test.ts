// The site's risk criteria page: the matrix with its tolerable line, a site-admin's adjustment
// (checked by the server for coherence), reverting to the organization's matrix, a viewer's view;
// the register: adding, editing and accepting threat scenarios, and its filters in the URL.
import { expect, it } from 'vitest';
import type { ThreatScenarioDoc } from '../../core/schemas/risk-scenario.js';
import { LOCAL_ACTOR } from '../../server/actor.js';
import { createRisk } from '../../server/features/risks/risks.service.js';
import { describeE2E, screenshot, type E2E } from './harness.js';

/** Scenarios written straight to the database: these tests need some, not the way they came. */
const seed = (e2e: E2E, site: string, scenarios: ThreatScenarioDoc[]) =>
  Promise.all(scenarios.map((s) => createRisk(e2e.db, LOCAL_ACTOR, site, s)));

const scenario = (
  id: string,
  zone: string,
  likelihood: number,
  consequence: number,
  extra: Partial<ThreatScenarioDoc> = {},
): ThreatScenarioDoc => ({
  id,
  title: `Scenario ${id}`,
  target: { kind: 'zone', id: zone },
  threatSource: { name: 'Ransomware crew', kind: 'criminal' },
  vector: 'remote-access',
  affectedFrs: [1, 2],
  consequence: { 'production-financial': consequence },
  likelihood,
  ...extra,
});

describeE2E('risk criteria', (e2e) => {
  it('shows the default matrix, lets a site-admin adjust a cell and revert to the organization matrix', async () => {
    const page = await e2e.signedIn('siteadmin');
    await page.goto('/sites/emmen-packaging/risk');
    await page.getByText('built-in default').waitFor();
    const grid = page.getByRole('table', { name: 'Risk matrix' });
    expect(await grid.getByRole('button').count()).toBe(25);

    // Rare × Severe rated low would make risk fall as the consequence rises: the server refuses.
    await grid.getByRole('button', { name: 'Rare × Severe: High' }).click();
    await page.getByLabel(/^Risk of Rare × Severe/).selectOption('low');
    await page.getByRole('button', { name: "Save as this site's matrix" }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/cells\[0\]\[4\]|falls|decreas|lower/i);
    await page.getByRole('button', { name: 'Discard' }).click();

    // Rare × Moderate raised to medium is coherent: it becomes the site's own matrix.
    await grid.getByRole('button', { name: 'Rare × Moderate: Low' }).click();
    await page.getByLabel(/^Risk of Rare × Moderate/).selectOption('medium');
    await page.getByRole('button', { name: "Save as this site's matrix" }).click();
    await page.getByText("this site's own matrix").waitFor();
    await grid.getByRole('button', { name: 'Rare × Moderate: Medium' }).waitFor();
    const stored = await page.evaluate(
      async () =>
        (await (await fetch('/api/v1/sites/emmen-packaging/risk-matrix')).json()) as {
          source: string;
          matrix: { cells: string[][] };
        },
    );
    expect(stored.source).toBe('site');
    expect(stored.matrix.cells[0]?.[2]).toBe('medium');
    await screenshot(page, 'risk');

    await page.getByRole('button', { name: 'Use organization matrix' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove own matrix' }).click();
    await page.getByText('built-in default').waitFor();
  });

  it('shows a viewer the matrix without the editor', async () => {
    const page = await e2e.signedIn('viewer');
    await page.goto('/sites/basel/risk');
    await page.getByRole('table', { name: 'Risk matrix' }).waitFor();
    expect(await page.getByRole('table', { name: 'Risk matrix' }).getByRole('button').count()).toBe(0);
    expect(await page.getByText('Adjust for this site').count()).toBe(0);
    await page.getByRole('table', { name: 'Consequence scale' }).waitFor();
  });

  it('adds a threat scenario to the register and adopts the SL-T it calls for on the zone page', async () => {
    const page = await e2e.signedIn('siteadmin');
    await page.goto('/sites/emmen-packaging/risk');
    await page.getByText('No threat scenarios yet').waitFor();
    await page.getByRole('button', { name: 'Add scenario' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add threat scenario' });
    await dialog.getByLabel('Id').fill('r-ransomware-proc');
    await dialog.getByLabel('Title').fill('Ransomware stops mixing and CIP');
    await dialog.getByLabel('Zone or conduit').selectOption('zone:emm-ctl-proc');
    await dialog.getByLabel('Threat source').fill('Ransomware crew');
    await dialog.getByLabel('Kind of source').selectOption('criminal');
    await dialog.getByLabel('FR 1').check();
    await dialog.getByLabel('FR 3').check();
    await dialog.getByLabel('Consequence production-financial').selectOption('4');
    await dialog.getByLabel('Likelihood (unmitigated)').selectOption('4');
    await dialog.getByLabel('Likelihood after existing countermeasures').selectOption('2');
    await dialog.getByRole('button', { name: 'Add scenario' }).click();
    const register = page.getByRole('table', { name: 'Risk register' });
    const row = register.getByRole('row', { name: /r-ransomware-proc/ });
    await row.waitFor();
    // Likely × Major is critical on the default matrix; after treatment, unlikely × major is medium.
    expect(await row.textContent()).toMatch(/Critical ▲.*Medium/);
    expect(await page.getByRole('table', { name: 'Risk matrix' }).getByTitle('r-ransomware-proc').count()).toBe(1);
    await screenshot(page, 'risk-register');

    await page.goto('/sites/emmen-packaging/zones/emm-ctl-proc');
    const rec = page.getByRole('table', { name: 'SL-T recommendation' });
    await rec.waitFor();
    expect(await rec.getByRole('row', { name: /^FR 3/ }).textContent()).toContain('Ransomware crew');
    await page.getByRole('button', { name: 'Adopt recommended SL-T…' }).click();
    const adopt = page.getByRole('dialog', { name: 'Adopt the recommended SL-T' });
    await adopt
      .getByLabel('Rationale')
      .fill('Ransomware crew (SL 3) is intolerable on FR 1 and 3 (scenario r-ransomware-proc).');
    await adopt.getByRole('button', { name: 'Adopt' }).click();
    await page.getByRole('button', { name: 'Adopt recommended SL-T…' }).waitFor({ state: 'detached' });
    const zone = await page.evaluate(
      async () =>
        (await (await fetch('/api/v1/sites/emmen-packaging/zones/emm-ctl-proc')).json()) as {
          slTarget: number[];
          rationale: string;
        },
    );
    expect(zone.slTarget).toEqual([3, 1, 3, 1, 1, 1, 1]);
    expect(zone.rationale).toContain('r-ransomware-proc');
  });

  it('lets an approver accept an intolerable risk until a date, shown as a badge', async () => {
    const assessor = await e2e.signedIn('siteadmin');
    await assessor.goto('/sites/riverside-water/risk');
    await assessor.getByRole('button', { name: 'Add scenario' }).click();
    const dialog = assessor.getByRole('dialog', { name: 'Add threat scenario' });
    await dialog.getByLabel('Id').fill('r-remote-pumps');
    await dialog.getByLabel('Title').fill('Remote access abused to stop the pumps');
    await dialog.getByLabel('Zone or conduit').selectOption({ index: 1 });
    await dialog.getByLabel('Threat source').fill('Hacktivists');
    await dialog.getByLabel('Kind of source').selectOption('criminal');
    await dialog.getByLabel('FR 2').check();
    await dialog.getByLabel('Consequence production-financial').selectOption('4');
    await dialog.getByLabel('Likelihood (unmitigated)').selectOption('4');
    await dialog.getByRole('button', { name: 'Add scenario' }).click();
    await assessor
      .getByRole('table', { name: 'Risk register' })
      .getByRole('row', { name: /r-remote-pumps/ })
      .waitFor();

    // Separation of duties: another person, the approver, accepts it.
    const page = await e2e.signedIn('approver');
    await page.goto('/sites/riverside-water/risk');
    const row = page.getByRole('table', { name: 'Risk register' }).getByRole('row', { name: /r-remote-pumps/ });
    await row.getByRole('button', { name: 'Accept risk of r-remote-pumps' }).click();
    const accept = page.getByRole('dialog', { name: 'Accept the risk of r-remote-pumps' });
    await accept.getByLabel('Rationale').fill('Pump station is rebuilt next year; remote access is logged.');
    await accept.getByRole('button', { name: 'Accept risk' }).click();
    await row.getByText(/^Accepted until \d{4}-\d{2}-\d{2}$/).waitFor();
    expect(await row.getByRole('button', { name: /^Accept risk/ }).count()).toBe(0);
    await screenshot(page, 'risk-acceptance');
  });

  it('edits a scenario: a lower likelihood and a countermeasure, withdrawing its acceptance', async () => {
    await seed(e2e, 'emmen-packaging', [
      scenario('r-edit-filler', 'emm-ctl-fill', 4, 4, {
        description: 'The OEM remote session is hijacked to change filler recipes.',
        vulnerability: 'Shared OEM account',
        countermeasures: { compensatingControls: ['cc-emm-oem-ewon'] },
      }),
    ]);
    // An approver accepts the critical risk first, so the edit has an acceptance to withdraw.
    const approver = await e2e.signedIn('approver');
    await approver.goto('/sites/emmen-packaging/risk');
    await approver.getByRole('button', { name: 'Accept risk of r-edit-filler' }).click();
    const accept = approver.getByRole('dialog', { name: 'Accept the risk of r-edit-filler' });
    await accept.getByLabel('Rationale').fill('OEM sessions are switched on by key only.');
    await accept.getByRole('button', { name: 'Accept risk' }).click();
    await accept.waitFor({ state: 'detached' });

    const page = await e2e.signedIn('siteadmin');
    await page.goto('/sites/emmen-packaging/risk');
    const row = page.getByRole('table', { name: 'Risk register' }).getByRole('row', { name: /r-edit-filler/ });
    await row.getByText(/^Accepted until/).waitFor();
    expect(await row.textContent()).toContain('Critical ▲');
    await row.getByRole('button', { name: 'Edit r-edit-filler' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit threat scenario r-edit-filler' });
    const id = dialog.getByLabel('Id', { exact: true });
    expect(await id.inputValue()).toBe('r-edit-filler');
    expect(await id.getAttribute('readonly')).not.toBeNull();
    expect(await dialog.getByLabel('Description').inputValue()).toContain('OEM remote session');
    expect(await dialog.getByLabel('cc-emm-oem-ewon').isChecked()).toBe(true);
    await dialog.getByText('Saving a change withdraws the acceptance').waitFor();
    expect(await dialog.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);

    await dialog.getByLabel('Likelihood (unmitigated)').selectOption('2');
    await dialog.getByLabel('Requirements').fill('sr 1.13');
    await dialog.getByLabel('Vulnerability').fill('');
    await dialog.getByLabel('Assets').fill('fw-fill');
    await dialog.getByRole('button', { name: /^fw-fill-01/ }).click();
    await dialog.getByRole('button', { name: 'Remove asset fw-fill-01' }).waitFor();
    await dialog.getByLabel('Capability').selectOption('4');
    await screenshot(page, 'risk-scenario-edit');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });

    // Unlikely × Major is medium on the default matrix: tolerable, and no acceptance any more.
    await row.getByText('Medium').waitFor();
    expect(await row.textContent()).not.toMatch(/Accepted|Critical/);
    const stored = await page.evaluate(
      async () => (await (await fetch('/api/v1/sites/emmen-packaging/risks/r-edit-filler')).json()) as RiskAnswer,
    );
    expect(stored).toMatchObject({
      likelihood: 2,
      description: 'The OEM remote session is hijacked to change filler recipes.',
      threatSource: { name: 'Ransomware crew', kind: 'criminal', capability: 4 },
      countermeasures: { assets: ['fw-fill-01'], requirements: ['SR 1.13'], compensatingControls: ['cc-emm-oem-ewon'] },
      acceptance: null,
    });
    expect(stored.vulnerability).toBeUndefined();
  });

  it("keeps the register's filters in the URL, so a reload or a shared link shows the same rows", async () => {
    await seed(e2e, 'riverside-water', [
      scenario('r-url-low', 'rvw-ctl-wtw', 2, 2),
      scenario('r-url-high', 'rvw-ctl-wtw', 5, 4),
      scenario('r-url-other', 'rvw-ctl-sludge', 5, 5),
    ]);
    const page = await e2e.signedIn('viewer');
    await page.goto('/sites/riverside-water/risk');
    const register = page.getByRole('table', { name: 'Risk register' });
    const rowOf = (id: string) => register.getByRole('row', { name: new RegExp(id) });
    await rowOf('r-url-other').waitFor();
    expect(await rowOf('r-url-low').getByRole('button', { name: /^Edit/ }).count()).toBe(0);

    await page.getByLabel('Filter by zone or conduit').selectOption('rvw-ctl-wtw');
    await page.getByLabel('intolerable before treatment only').check();
    await page.getByLabel('Filter by acceptance').selectOption('needs-acceptance');
    await page.getByLabel('Sort the register').selectOption('id');
    await page.waitForURL((u) => u.searchParams.get('sort') === 'id');
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({
      target: 'rvw-ctl-wtw',
      intolerable: 'true',
      acceptance: 'needs-acceptance',
      sort: 'id',
    });
    await rowOf('r-url-other').waitFor({ state: 'detached' });
    expect(await rowOf('r-url-low').count()).toBe(0);
    expect(await rowOf('r-url-high').count()).toBe(1);

    await page.reload();
    await rowOf('r-url-high').waitFor();
    expect(await rowOf('r-url-other').count()).toBe(0);
    expect(await page.getByLabel('Filter by zone or conduit').inputValue()).toBe('rvw-ctl-wtw');
    expect(await page.getByLabel('Filter by acceptance').inputValue()).toBe('needs-acceptance');
    expect(await page.getByLabel('intolerable before treatment only').isChecked()).toBe(true);

    // A link with values the page does not know shows the register unfiltered by them.
    await page.goto('/sites/riverside-water/risk?acceptance=maybe&sort=title&target=rvw-ctl-sludge');
    await rowOf('r-url-other').waitFor();
    expect(await rowOf('r-url-high').count()).toBe(0);
    expect(await page.getByLabel('Filter by acceptance').inputValue()).toBe('');
  });
});

interface RiskAnswer {
  likelihood: number;
  vulnerability?: string;
  acceptance: unknown;
}
