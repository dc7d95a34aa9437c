// The remediation roadmap page: a site-admin adds an action (the server refuses an unknown
// requirement id first), sees when the safety zone is projected to reach its SL-T, and ticks
// actions in the what-if mode; the ticked set lives in the URL.
import { expect, it } from 'vitest';
import { LOCAL_ACTOR } from '../../server/actor.js';
import { createAction } from '../../server/features/roadmap/roadmap.service.js';
import { describeE2E, screenshot } from './harness.js';

const SITE = 'emmen-packaging';

describeE2E('remediation roadmap', (e2e) => {
  it('adds an action, shows the projection and a what-if of the ticked actions', async () => {
    // emm-sis (ammonia refrigeration safety) misses SR 5.1 and SR 7.6 RE 1 besides its FR 1 gaps.
    await createAction(e2e.db, LOCAL_ACTOR, SITE, {
      id: 'a-sis-segment',
      title: 'Segment the SIS network',
      owner: 'Controls engineering',
      status: 'planned',
      due: '2027-06-30',
      scope: 'emm-sis',
      satisfies: ['SR 5.1', 'SR 7.6 RE 1'],
    });
    const page = await e2e.signedIn('siteadmin');
    await page.goto(`/sites/${SITE}`);
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Roadmap' }).click();
    await page.waitForURL((u) => u.pathname === `/sites/${SITE}/roadmap`);
    const projection = page.getByRole('table', { name: 'Projected SL-A' });
    const sis = projection.getByRole('row', { name: /^emm-sis\b/ });
    await sis.getByText('not with the planned actions').waitFor();
    // A zone with a gap and nothing planned says so.
    await projection
      .getByRole('row', { name: /^emm-ctl-fill\b/ })
      .getByText('no actions planned')
      .waitFor();

    await page.getByRole('button', { name: 'Add action' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add roadmap action' });
    await dialog.getByLabel('Id').fill('a-sis-accounts');
    await dialog.getByLabel('Title').fill('Individual accounts on the SIS engineering station');
    await dialog.getByLabel('Zone or conduit').selectOption('emm-sis');
    await dialog.getByLabel('Due').fill('2027-02-15');
    await dialog.getByLabel('Owner').fill('OT security');
    await dialog.getByLabel('Requirements it satisfies').fill('sr 1.2 re 1, SR 1.3, SR 1.3 RE 1, SR 1.6, SR 99.9');
    await dialog.getByRole('button', { name: 'Add action' }).click();
    // The server knows the catalog: the unknown id is named, nothing is stored, the input is kept.
    await expect(dialog.getByRole('alert').textContent()).resolves.toContain('"SR 99.9" is not an IEC 62443-3-3');
    await dialog.getByLabel('Requirements it satisfies').fill('sr 1.2 re 1, SR 1.3, SR 1.3 RE 1, SR 1.6, SR 1.8');
    await dialog.getByRole('button', { name: 'Add action' }).click();
    await dialog.waitFor({ state: 'detached' });

    const list = page.getByRole('table', { name: 'Roadmap actions' });
    // The list refetches after the dialog closes: wait for the new row, then check it sorts first (earlier due).
    await list.getByRole('row', { name: /a-sis-accounts/ }).waitFor();
    expect(await list.getByRole('row').nth(1).textContent()).toContain('a-sis-accounts');
    // Both actions together close emm-sis's gaps: SL-T in the quarter of the later one.
    await sis.getByText('reaches SL-T in 2027-Q2').waitFor();
    expect(
      await sis
        .getByLabel('emm-sis SL-A 2027-Q1')
        .getByTitle(/^FR 1 .*: 3$/)
        .count(),
    ).toBe(1);
    expect(
      await sis
        .getByLabel('emm-sis SL-A now')
        .getByTitle(/^FR 1 [^:]*: 0, below SL-T 3$/)
        .count(),
    ).toBe(1);
    await screenshot(page, 'roadmap');

    await page.getByRole('button', { name: 'What-if…' }).click();
    await page.getByRole('heading', { name: 'What-if projection' }).waitFor();
    await list.getByLabel('Include a-sis-segment in the what-if').uncheck();
    await page.waitForURL((u) => u.searchParams.get('whatIf') === '["a-sis-accounts"]');
    await sis.getByText('not with the ticked actions').waitFor();
    // Without the segmentation, FR 5 stays at 0 while FR 1 still reaches 3.
    const last = sis.getByLabel('emm-sis SL-A 2027-Q1');
    expect(await last.getByTitle(/^FR 5 [^:]*: 0, below SL-T 3$/).count()).toBe(1);
    expect(await last.getByTitle(/^FR 1 .*: 3$/).count()).toBe(1);
    await screenshot(page, 'roadmap-what-if');

    // The what-if is a link: reloading shows the same ticks; back to the plan drops it.
    await page.reload();
    await sis.getByText('not with the ticked actions').waitFor();
    expect(await list.getByLabel('Include a-sis-segment in the what-if').isChecked()).toBe(false);
    expect(await list.getByLabel('Include a-sis-accounts in the what-if').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Back to the plan' }).click();
    await sis.getByText('reaches SL-T in 2027-Q2').waitFor();
    expect(new URL(page.url()).searchParams.has('whatIf')).toBe(false);
  });
});
