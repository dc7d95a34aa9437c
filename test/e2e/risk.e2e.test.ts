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
    const stored = await page.evaluate(async () => (await fetch('/api/v1/sites/emmen-packaging/risk-matrix')).json());
    expect(stored.source).toBe('site');
    expect(stored.matrix.cells[0][2]).toBe('medium');
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
});
