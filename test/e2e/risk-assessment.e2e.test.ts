// The risk assessment workflow (IEC 62443-3-2 ZCR 1–7) in a real browser: the assessor scopes the
// SUC and rates a zone's initial risk (intolerable on ZCR 4), decides a finding; the approver signs
// ZCR 7 and the CRS downloads; a later SL-T change makes the approved assessment due for re-assessment.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { DEMO_PASSWORD, describeE2E, screenshot } from './harness.js';

const SITE = 'emmen-packaging';

describeE2E('risk assessment', (e2e) => {
  it('runs ZCR 1–7 from scoping to the signed approval, then flags a material change', async () => {
    const page = await e2e.signedIn('assessor');
    await page.goto(`/sites/${SITE}/risk-assessment`);
    await page.getByRole('heading', { name: /ZCR 1 · System under consideration/ }).waitFor();
    await page.getByLabel('Status draft').waitFor();

    // ZCR 1: scope and two zones.
    await page.getByLabel('Scope', { exact: true }).fill('Filling and packaging lines 1–3 with their supervision');
    await page.getByRole('checkbox', { name: /emm-sup/ }).check();
    await page.getByRole('checkbox', { name: /emm-ctl-proc/ }).check();
    await page.getByLabel('Status', { exact: true }).selectOption('in-progress');
    await page.getByLabel('Owner').fill('Ines Integrator');
    await page.getByRole('button', { name: 'Save ZCR 1' }).click();
    await page.getByText('Version 1').waitFor();

    // ZCR 2: only the SUC's zones are rated; likely × major is above the default tolerable line.
    await page.getByRole('navigation', { name: 'Assessment steps' }).getByRole('link', { name: /ZCR 2/ }).click();
    await page.waitForURL((url) => url.searchParams.get('step') === 'zcr2');
    const ratings = page.getByRole('table', { name: 'Initial risk per zone' });
    await ratings.getByRole('row', { name: /emm-ctl-proc/ }).waitFor();
    expect(await ratings.getByRole('row').count()).toBe(3);
    await page.getByLabel('Likelihood of emm-sup').selectOption('4');
    await page.getByLabel('Consequence production-financial of emm-sup').selectOption('4');
    await page.getByRole('button', { name: 'Save ZCR 2' }).click();
    await page.getByText('Version 2').waitFor();
    await screenshot(page, 'risk-assessment-zcr2');

    // ZCR 4 compares it with the tolerable risk.
    await page.getByRole('link', { name: /ZCR 4/ }).click();
    const comparison = page.getByRole('table', { name: 'Initial risk against tolerable risk' });
    const row = comparison.getByRole('row', { name: /emm-sup/ });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Critical.*intolerable/);

    // ZCR 3: a decision on the first finding.
    await page.getByRole('link', { name: /ZCR 3/ }).click();
    const findings = page.getByRole('table', { name: 'Partitioning findings' });
    const decision = findings.getByRole('combobox', { name: /^Decision on / }).first();
    const key = ((await decision.getAttribute('aria-label')) ?? '').replace('Decision on ', '');
    await decision.selectOption('accept');
    await findings.getByLabel(`Note on ${key}`).fill('Accepted until the line 3 upgrade');
    await page.getByRole('button', { name: 'Save ZCR 3' }).click();
    await page.getByText('Version 3').waitFor();
    const stored = await page.evaluate(
      async (site) =>
        (await (await fetch(`/api/v1/sites/${site}/risk-assessment`)).json()) as {
          decisions: Record<string, { decision: string }>;
        },
      SITE,
    );
    expect(stored.decisions[key]?.decision).toBe('accept');
    // ZCR 5 counts the register's scenarios; ZCR 6 links the CRS document.
    await page.getByRole('link', { name: /ZCR 5/ }).click();
    await page.getByText(/0 threat scenarios in the/).waitFor();
    await page.getByRole('link', { name: /ZCR 6/ }).click();
    expect(await page.getByRole('link', { name: 'Download CRS' }).getAttribute('href')).toBe(
      `/api/v1/sites/${SITE}/crs?format=html`,
    );
    // The assessor may not approve: no Approve button for them.
    await page.getByRole('link', { name: /ZCR 7/ }).click();
    await page.getByText('Never approved.').first().waitFor();
    expect(await page.getByRole('button', { name: 'Approve' }).count()).toBe(0);

    // ZCR 7: the approver signs; a wrong password is refused inside the dialog.
    const approver = await e2e.signedIn('approver');
    await approver.goto(`/sites/${SITE}/risk-assessment?step=zcr7`);
    await approver.getByRole('button', { name: 'Approve' }).click();
    const dialog = approver.getByRole('dialog', { name: 'Sign risk assessment version 3' });
    await dialog.getByLabel('Password').fill('not the password');
    await dialog.getByRole('button', { name: 'Sign and approve' }).click();
    await expect(dialog.getByRole('alert').textContent()).resolves.toMatch(/password/i);
    await dialog.getByLabel('Meaning of signature').selectOption('approved');
    await dialog.getByLabel('Password').fill(DEMO_PASSWORD);
    await dialog.getByRole('button', { name: 'Sign and approve' }).click();
    await approver.getByLabel('Status approved').waitFor();
    await approver
      .getByText(/Version 3 approved by Quentin Quality/)
      .first()
      .waitFor();

    // ZCR 6: the CRS downloads as a document carrying the signed version and the zones in scope.
    await approver.goto(`/sites/${SITE}/risk-assessment?step=zcr6`);
    const [download] = await Promise.all([
      approver.waitForEvent('download'),
      approver.getByRole('link', { name: 'Download CRS' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^crs-${SITE}-\\d{4}-\\d{2}-\\d{2}\\.html$`));
    const crs = readFileSync(await download.path(), 'utf8');
    expect(crs).toContain('Cybersecurity Requirements Specification');
    expect(crs).toContain('emm-sup');
    expect(crs).toContain('Quentin Quality');
    expect(crs).not.toContain('DRAFT');

    // A material change afterwards (the zone's SL-T) calls for a re-assessment.
    const admin = await e2e.signedIn('admin');
    const { csrfToken } = (await (await admin.request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
    const changed = await admin.request.patch(`/api/v1/sites/${SITE}/zones/emm-sup`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { slTarget: 3 },
    });
    expect(changed.status()).toBe(200);
    await approver.reload();
    await approver.getByLabel('Status needs-reassessment').waitFor();
    const changes = approver.getByRole('table', { name: 'Changes since the last approval' });
    expect(await changes.getByRole('row', { name: /emm-sup/ }).textContent()).toMatch(/slTarget/);
    expect(await approver.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    await screenshot(approver, 'risk-assessment');
  });
});
