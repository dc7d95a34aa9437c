// The site's risk criteria page: the matrix with its tolerable line, a site-admin's adjustment
// (checked by the server for coherence), reverting to the organization's matrix, a viewer's view.
import { expect, it } from 'vitest';
import { describeE2E, screenshot } from './harness.js';

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
});
