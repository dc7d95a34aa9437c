// Change control in the browser (issue #7): an assessor proposes an SL-T change, the approver signs
// it, the assessor applies it, the baseline it produces diffs against the one taken before; a
// site-admin turns change control on, takes a baseline on demand, applies an emergency change and
// sees it flagged until approved; a viewer reads without the controls.
import { expect, it } from 'vitest';
import { LOCAL_ACTOR } from '../../server/actor.js';
import { createChangeRequest } from '../../server/features/change-requests/change-requests.service.js';
import { updateZone } from '../../server/features/zones/zones.service.js';
import { DEMO_PASSWORD, describeE2E, screenshot } from './harness.js';

const SITE = '/sites/riverside-water/changes';

describeE2E('change requests and baselines', (e2e) => {
  it('proposes, signs, applies an SL-T change and shows the FR move in the baseline diff', async () => {
    const assessor = await e2e.signedIn('assessor');
    // A baseline on demand first: the state the change is compared with.
    await assessor.goto(`${SITE}?tab=baselines`);
    await assessor.getByText('No baselines yet').waitFor();
    await assessor.getByRole('button', { name: 'Take baseline' }).click();
    const take = assessor.getByRole('dialog', { name: 'Take a baseline' });
    await take.getByLabel('Name').fill('Before DMZ review');
    await take.getByRole('button', { name: 'Take baseline' }).click();
    await assessor
      .getByRole('table', { name: 'Baselines' })
      .getByRole('row', { name: /Before DMZ review/ })
      .waitFor();
    await assessor.getByText('No differences.').waitFor();

    // The proposal: FR 3 of the SCADA DMZ from 2 to 3.
    await assessor.getByRole('tab', { name: 'Change requests' }).click();
    await assessor.getByText('change control off').waitFor();
    await assessor.getByRole('button', { name: 'Propose change' }).click();
    const dialog = assessor.getByRole('dialog', { name: 'Propose a change' });
    await dialog.getByLabel('Title').fill('Raise DMZ integrity target');
    await dialog.getByLabel('Zone or conduit', { exact: true }).selectOption('zone:rvw-dmz');
    await dialog.getByLabel('SL-T FR 3 SI').selectOption('3');
    await dialog.getByLabel('Rationale').fill('Historian now also receives dosing set-points: integrity raised.');
    await screenshot(assessor, 'changes-propose');
    await dialog.getByRole('button', { name: 'Add to proposal' }).click();
    const draft = dialog.getByRole('list', { name: 'Operations in this proposal' });
    expect(await draft.textContent()).toContain('SL-T [2,2,2,2,2,2,2] → [2,2,3,2,2,2,2] (FR 3 2→3)');
    await dialog.getByRole('button', { name: 'Propose change' }).click();
    await dialog.waitFor({ state: 'detached' });
    const detail = assessor.locator('.request-detail');
    await detail.getByRole('heading', { name: /Raise DMZ integrity target/ }).waitFor();
    expect(new URL(assessor.url()).searchParams.get('cr')).toBe('1');
    expect(await detail.getByRole('listitem', { name: 'update zone rvw-dmz' }).textContent()).toContain('FR 3 2→3');
    // Separation of duties: the author may not approve.
    expect(await detail.getByRole('button', { name: 'Approve…' }).count()).toBe(0);

    // The approver signs it with their password.
    const approver = await e2e.signedIn('approver');
    await approver.goto(`${SITE}?cr=1`);
    await approver.getByRole('button', { name: 'Approve…' }).click();
    const sign = approver.getByRole('dialog', { name: 'Sign approval of change request 1' });
    await sign.getByLabel('Password').fill(DEMO_PASSWORD);
    await sign.getByRole('button', { name: 'Sign and approve' }).click();
    await sign.waitFor({ state: 'detached' });
    await approver.getByText('Approved', { exact: true }).waitFor();
    await approver.getByText('Quentin Quality').first().waitFor();
    await screenshot(approver, 'changes-approved');

    // The author applies it: the zone changes and a baseline is taken.
    await assessor.reload();
    await detail.getByRole('button', { name: 'Apply' }).click();
    await assessor
      .getByRole('dialog', { name: 'Apply change request 1?' })
      .getByRole('button', { name: 'Apply' })
      .click();
    await detail.getByText('applied', { exact: true }).waitFor();
    const zone = await assessor.evaluate(
      async () => (await (await fetch('/api/v1/sites/riverside-water/zones/rvw-dmz')).json()) as { slTarget: number[] },
    );
    expect(zone.slTarget).toEqual([2, 2, 3, 2, 2, 2, 2]);
    await screenshot(assessor, 'changes-requests');

    // Its baseline, compared with the one before: FR 3 of rvw-dmz moved.
    await detail.getByRole('link', { name: 'baseline #2' }).click();
    await assessor
      .getByRole('table', { name: 'Baselines' })
      .getByRole('row', { name: /change request 1 applied/ })
      .waitFor();
    const zones = assessor.getByRole('region', { name: 'Zones' });
    const change = zones.getByRole('listitem', { name: 'zone rvw-dmz changed' });
    expect(await change.textContent()).toContain('FR 3 2→3');
    expect(await change.getByRole('group', { name: 'SL-T: FR 3 2→3' }).count()).toBe(1);
    expect(await assessor.getByRole('table', { name: 'Changes per kind' }).textContent()).toMatch(/Zones\s*1/);
    await screenshot(assessor, 'changes-diff');

    // The same change against now, and the documents to keep.
    await assessor.getByLabel('To', { exact: true }).selectOption('now');
    await zones.getByRole('listitem', { name: 'zone rvw-dmz changed' }).waitFor();
    const csvHref = await assessor.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    expect(csvHref).toBe('/api/v1/sites/riverside-water/baselines/1/diff?to=now&format=csv');
    const csv = await assessor.evaluate(async (href) => (await fetch(href)).text(), csvHref ?? '');
    expect(csv).toContain('zone,rvw-dmz,changed,slTarget,3,2,3');
    const htmlHref = await assessor.getByRole('link', { name: 'Download HTML' }).getAttribute('href');
    const html = await assessor.evaluate(async (href) => (await fetch(href)).text(), htmlHref ?? '');
    expect(html).toContain('rvw-dmz');
  });

  it('turns change control on, applies an emergency change and flags it until approved', async () => {
    const admin = await e2e.signedIn('siteadmin');
    await admin.goto('/sites/emmen-packaging/changes');
    await admin.getByRole('button', { name: 'Settings…' }).click();
    const settings = admin.getByRole('dialog', { name: 'Change control' });
    await settings.getByLabel('Change the model only through approved change requests').check();
    await settings.getByLabel('Emergency approval within (days)').fill('5');
    await settings.getByRole('button', { name: 'Save' }).click();
    await admin.getByText('change control on').waitFor();
    await admin.getByText(/approved within 5 days/).waitFor();

    // A baseline on demand, then an emergency rename applied at once.
    await admin.getByRole('tab', { name: 'Baselines' }).click();
    await admin.getByRole('button', { name: 'Take baseline' }).click();
    const take = admin.getByRole('dialog', { name: 'Take a baseline' });
    await take.getByLabel('Name').fill('Before line 1 rework');
    await take.getByRole('button', { name: 'Take baseline' }).click();
    await admin.getByText('No differences.').waitFor();
    await admin.getByRole('tab', { name: 'Change requests' }).click();
    await admin.getByRole('button', { name: 'Propose change' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Propose a change' });
    await dialog.getByLabel('Zone or conduit', { exact: true }).selectOption('zone:emm-ctl-fill');
    await dialog.getByLabel('Name').fill('Filling line 1 (OEM, reworked)');
    await dialog.getByRole('button', { name: 'Add to proposal' }).click();
    await dialog.getByLabel('Title').fill('Rename filling line after rework');
    await dialog.getByLabel(/^Emergency/).check();
    await dialog.getByRole('button', { name: 'Apply now as emergency' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = admin.getByRole('table', { name: 'Change requests' }).getByRole('row', { name: /Rename filling line/ });
    await row.getByText(/emergency · due/).waitFor();
    expect(await row.textContent()).toContain('applied');
    await screenshot(admin, 'changes-emergency');

    // The baseline on demand against now shows the rename.
    await admin.getByRole('tab', { name: 'Baselines' }).click();
    const change = admin
      .getByRole('region', { name: 'Zones' })
      .getByRole('listitem', { name: 'zone emm-ctl-fill changed' });
    expect(await change.textContent()).toMatch(/name“Filling line 1 \(OEM\)”\s*→\s*“Filling line 1 \(OEM, reworked\)”/);
    await screenshot(admin, 'changes-baselines');

    // The approver approves it after the fact: the flag turns into "approved".
    const approver = await e2e.signedIn('approver');
    await approver.goto('/sites/emmen-packaging/changes?cr=1');
    await approver.getByRole('button', { name: 'Approve after the fact…' }).click();
    const sign = approver.getByRole('dialog', { name: 'Sign approval of change request 1' });
    await sign.getByLabel('Password').fill(DEMO_PASSWORD);
    await sign.getByRole('button', { name: 'Sign and approve' }).click();
    await approver.locator('.request-detail').getByText('emergency · approved').waitFor();
  });

  it('flags a proposal whose zone was edited meanwhile as stale until it is rebased', async () => {
    // Written straight to the database: this test needs a proposal and an edit under it, not the way they came.
    const made = await createChangeRequest(e2e.db, LOCAL_ACTOR, 'riverside-water', {
      title: 'Tighten remote access FR 1',
      ops: [{ op: 'update', kind: 'zone', id: 'rvw-ra', patch: { slTarget: [4, 3, 2, 2, 2, 2, 2] } }],
    });
    await updateZone(e2e.db, LOCAL_ACTOR, 'riverside-water', 'rvw-ra', {
      rationale: 'Vendor VPN replaced by a jump host.',
    });
    const assessor = await e2e.signedIn('assessor');
    await assessor.goto(SITE);
    const row = assessor
      .getByRole('table', { name: 'Change requests' })
      .getByRole('row', { name: /Tighten remote access/ });
    await row.getByText('stale').waitFor();
    await row.getByRole('button', { name: 'Tighten remote access FR 1' }).click();
    const detail = assessor.locator('.request-detail');
    await detail.getByText(/Changed by someone else since this was proposed/).waitFor();
    expect(await detail.getByRole('button', { name: 'Rebase' }).count()).toBe(1);
    await detail.getByRole('button', { name: 'Rebase' }).click();
    await detail.getByText(/Changed by someone else/).waitFor({ state: 'detached' });
    expect(await row.getByText('stale').count()).toBe(0);
    expect(new URL(assessor.url()).searchParams.get('cr')).toBe(String(made.id));
  });

  it('shows a viewer the requests and baselines without the controls to change them', async () => {
    const viewer = await e2e.signedIn('viewer');
    await viewer.goto(`${SITE}?cr=1`);
    await viewer
      .locator('.request-detail')
      .getByRole('heading', { name: /Raise DMZ integrity target/ })
      .waitFor();
    expect(await viewer.getByRole('button', { name: 'Propose change' }).count()).toBe(0);
    expect(await viewer.getByRole('button', { name: 'Settings…' }).count()).toBe(0);
    expect(await viewer.locator('.request-actions button').count()).toBe(0);
    await viewer.getByRole('tab', { name: 'Baselines' }).click();
    await viewer.getByRole('table', { name: 'Baselines' }).waitFor();
    expect(await viewer.getByRole('button', { name: 'Take baseline' }).count()).toBe(0);
  });
});
