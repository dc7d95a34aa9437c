// The compensating-controls register in a real browser, on the regulated `basel` site: an assessor
// documents a control, an approver signs its approval (password re-entered, meaning, reason), the
// register shows the e-signature, and nobody approves their own control.
import { expect, it } from 'vitest';
import { DEMO_PASSWORD, describeE2E, screenshot } from './harness.js';

const CONTROL = 'cc-e2e-vendor-vpn';

describeE2E('compensating controls', (e2e) => {
  it('lets an assessor create a control on a regulated site; it awaits approval', async () => {
    const page = await e2e.signedIn('assessor');
    await page.goto('/sites/basel/controls');
    await page.getByRole('cell', { name: 'cc-bsl-s7-300', exact: true }).waitFor();
    // The assessor documents controls but may not approve them.
    expect(await page.getByRole('button', { name: 'Approve' }).count()).toBe(0);

    await page.getByRole('button', { name: 'New control' }).click();
    const dialog = page.getByRole('dialog', { name: 'New compensating control' });
    await dialog.getByLabel('Id').fill(CONTROL);
    await dialog.getByLabel('Scope (zone or conduit)').selectOption('bsl-ctl-pur');
    await dialog.getByLabel('Kind').selectOption('jump-host');
    const requirements = dialog.getByLabel('Requirements');
    await requirements.fill('sr 1.13');
    await requirements.press('Enter');
    await requirements.fill('SR 2.6');
    await requirements.press('Enter');
    await dialog.getByRole('button', { name: 'Remove SR 2.6' }).click();
    await dialog.getByLabel('Description').fill('Vendor VPN terminates on the DMZ jump host; sessions recorded.');
    await dialog.getByLabel('Expires').fill('2030-06-30');
    await dialog.getByLabel('Reason for change').fill('Vendor support contract CC-2026-201');
    await dialog.getByRole('button', { name: 'Create control' }).click();
    await dialog.waitFor({ state: 'detached' });

    const row = page.getByRole('row', { name: new RegExp(CONTROL) });
    await row.waitFor();
    expect(await row.textContent()).toContain('SR 1.13');
    expect(await row.textContent()).not.toContain('SR 2.6');
    expect(await row.textContent()).toContain('awaiting approval');
    // The dialog left the new control open in the URL, shareable.
    expect(new URL(page.url()).searchParams.get('open')).toBe(CONTROL);

    const stored = await page.evaluate(
      async (id) =>
        (await fetch(`/api/v1/sites/basel/compensating-controls/${id}`)).json() as Promise<Record<string, unknown>>,
      CONTROL,
    );
    expect(stored).toMatchObject({ scope: 'bsl-ctl-pur', requirements: ['SR 1.13'], kind: 'jump-host' });
    expect(stored.approvedBy).toBeUndefined();

    // Editing: the id stays, cleared fields are removed, the detail row shows the new text.
    await row.getByRole('button', { name: `Edit ${CONTROL}` }).click();
    const edit = page.getByRole('dialog', { name: `Edit control ${CONTROL}` });
    await edit.getByLabel('Rationale').fill('DeltaV 15 has no per-session approval for vendor accounts.');
    await edit.getByLabel('Expires').fill('');
    await edit.getByLabel('Reason for change').fill('Rationale from the vendor meeting');
    await edit.getByRole('button', { name: 'Save control' }).click();
    await edit.waitFor({ state: 'detached' });
    await page.getByText('DeltaV 15 has no per-session approval for vendor accounts.').waitFor();
    expect(await row.textContent()).toContain('no expiry');
  });

  it('shows the server refusing a wrong password, then records the approver e-signature', async () => {
    const page = await e2e.signedIn('approver');
    await page.goto(`/sites/basel/controls?q=${CONTROL}`);
    const row = page.getByRole('row', { name: new RegExp(CONTROL) });
    await row.getByRole('button', { name: 'Approve' }).click();
    const dialog = page.getByRole('dialog', { name: `Sign approval of ${CONTROL}` });
    expect(await dialog.getByLabel('Printed name').inputValue()).toBe('Quentin Quality');
    await dialog.getByLabel('Meaning of signature').selectOption('approved');
    // The approval may set the expiry the approver accepts.
    await dialog.getByLabel('Expires').fill('2030-06-30');
    await dialog.getByLabel('Reason').fill('Reviewed with OT security; risk accepted until the 2030 migration');
    await dialog.getByLabel('Password').fill('not my password');
    await dialog.getByRole('button', { name: 'Sign and approve' }).click();
    await expect(dialog.getByRole('alert').textContent()).resolves.toMatch(/signature password is wrong/);
    // The wrong password is cleared, the rest kept.
    expect(await dialog.getByLabel('Password').inputValue()).toBe('');

    await dialog.getByLabel('Password').fill(DEMO_PASSWORD);
    await dialog.getByRole('button', { name: 'Sign and approve' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.getByText('e-signed: approved').waitFor();
    expect(await row.textContent()).toContain('Quentin Quality');
    expect(await row.textContent()).toContain('2030-06-30');

    await row.getByRole('button', { name: `Show details of ${CONTROL}` }).click();
    await page.getByText(/meaning “approved”/).waitFor();
    expect(new URL(page.url()).searchParams.get('open')).toBe(CONTROL);
    // The whole register, with the signed control opened from a shared link.
    await page.goto(`/sites/basel/controls?open=${CONTROL}`);
    await page.getByText(/meaning “approved”/).waitFor();
    await screenshot(page, 'controls');

    const record = await page.evaluate(async (id) => {
      const r = await fetch(`/api/v1/audit?site=basel&action=compensating-control.approve&entityId=${id}`);
      return ((await r.json()) as { items: { reason: string; detail: { signature: unknown } }[] }).items[0];
    }, CONTROL);
    expect(record?.reason).toMatch(/risk accepted/);
    expect(record?.detail.signature).toMatchObject({ printedName: 'Quentin Quality', meaning: 'approved' });
  });

  it('refuses an approval by the author of the control, with the server message', async () => {
    // The org-admin may both create and approve: the separation of duties is the server's rule.
    const page = await e2e.signedIn('admin');
    await page.goto('/sites/basel/controls');
    await page.getByRole('button', { name: 'New control' }).click();
    const form = page.getByRole('dialog', { name: 'New compensating control' });
    await form.getByLabel('Id').fill('cc-e2e-own');
    await form.getByLabel('Scope (zone or conduit)').selectOption('bsl-ctl-pur');
    await form.getByLabel('Requirements').fill('SR 2.1');
    await form.getByLabel('Requirements').press('Enter');
    await form.getByLabel('Reason for change').fill('Own control for the self-approval check');
    await form.getByRole('button', { name: 'Create control' }).click();
    await form.waitFor({ state: 'detached' });

    const row = page.getByRole('row', { name: /cc-e2e-own/ });
    await row.getByRole('button', { name: 'Approve' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign approval of cc-e2e-own' });
    await dialog.getByLabel('Reason').fill('Trying to approve my own work');
    await dialog.getByLabel('Password').fill(DEMO_PASSWORD);
    await dialog.getByRole('button', { name: 'Sign and approve' }).click();
    await expect(dialog.getByRole('alert').textContent()).resolves.toMatch(/someone else must approve it/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await row.textContent()).toContain('awaiting approval');
  });

  it('filters by status and text through the URL, and shows viewers no actions', async () => {
    const page = await e2e.signedIn('viewer');
    await page.goto('/sites/basel/controls?status=expired');
    await page.getByRole('cell', { name: 'cc-bsl-shared-panel', exact: true }).waitFor();
    expect(await page.getByRole('row').count()).toBe(2); // header + the one expired control
    expect(await page.getByRole('row', { name: /cc-bsl-shared-panel/ }).textContent()).toContain('expired 2025-12-31');
    for (const name of ['New control', 'Approve', 'Edit', 'Delete'])
      expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0);

    await page.getByLabel('Status').selectOption('');
    await page.getByLabel('Filter controls').fill('SR 3.2');
    await page.waitForURL((url) => url.searchParams.get('q') === 'SR 3.2');
    await page.getByRole('cell', { name: 'cc-bsl-xp-hmi', exact: true }).waitFor();
    expect(await page.getByRole('row').count()).toBe(2);
  });
});
