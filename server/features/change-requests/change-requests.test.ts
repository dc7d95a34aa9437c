// Change requests (issue #7) through the real API on both dialects: the lifecycle with a signed
// approval by someone other than the author, stale bases refused until rebased, the emergency
// path, bad input that stores nothing, and the change-control switch refusing direct edits.
import { expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { SiteRole } from '../../../core/accounts/permissions.js';
import { buildUser } from '../../../test/accounts.js';
import { useApp } from '../../../test/app.js';
import { forEachDialect, type DialectContext } from '../../../test/dialects.js';
import { buildFile, buildSite } from '../../../test/factories.js';
import { hashPassword } from '../users/passwords.js';

const PASSWORD = 'Change-Approve-7734';
const base = '/api/v1/sites/plant/change-requests';

async function person(ctx: DialectContext, role: SiteRole) {
  const u = await buildUser(ctx.db, { plant: role });
  await ctx.db.kysely
    .updateTable('users')
    .set({ password_hash: await hashPassword(PASSWORD), name: `${role} ${u.id.slice(-4)}` })
    .where('id', '=', u.id)
    .execute();
  return { ...u, h: { authorization: `Bearer ${u.token}` } };
}

const raiseDmz = {
  title: 'Raise the DMZ SL-T for FR 3 and add a second PLC',
  ops: [
    {
      op: 'update',
      kind: 'zone',
      id: 'z-dmz',
      patch: { slTarget: [1, 2, 3, 1, 2, 1, 1], rationale: 'IT/OT review 2026' },
    },
    { op: 'create', kind: 'asset', entity: { id: 'plc-2', name: 'PLC 2', type: 'plc', zone: 'z-control' } },
  ],
};
const sign = { signature: { password: PASSWORD, meaning: 'approved' } };

forEachDialect('change requests API', (ctx) => {
  const { call, seed } = useApp(ctx);

  it('is proposed, approved with a signature by someone else, and applied atomically with a baseline', async () => {
    await seed();
    const author = await person(ctx, 'assessor');
    const approver = await person(ctx, 'approver');
    const made = await call('POST', base, raiseDmz, author.h);
    expect(made.status, made.text).toBe(201);
    expect(made.body).toMatchObject({ id: 1, status: 'open', emergency: false, author: author.id, stale: [] });
    expect(made.body.abilities).toEqual(['read', 'update', 'withdraw', 'rebase']);
    expect(made.body.authorName).toBe(`assessor ${author.id.slice(-4)}`);
    // Nothing applied yet.
    expect((await call('GET', '/api/v1/sites/plant/assets/plc-2')).status).toBe(404);

    // Never one's own: the author (even holding approve rights through another role) is refused.
    const selfApprove = await call('POST', `${base}/1/approve`, sign, author.h);
    expect(selfApprove.status).toBe(403);
    expect((await call('POST', `${base}/1/apply`, {}, author.h)).status).toBe(409);
    expect((await call('POST', `${base}/1/approve`, {}, approver.h)).body.error.code).toBe(
      'C981_ERR_SIGNATURE_REQUIRED',
    );
    const wrong = await call(
      'POST',
      `${base}/1/approve`,
      { signature: { password: 'nope', meaning: 'approved' } },
      approver.h,
    );
    expect(wrong.body.error.code).toBe('C981_ERR_SIGNATURE_INVALID');

    const approved = await call('POST', `${base}/1/approve`, sign, approver.h);
    expect(approved.status, approved.text).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      decision: { kind: 'approved', by: approver.id, signature: { meaning: 'approved', signedBy: approver.id } },
    });

    const applied = await call('POST', `${base}/1/apply`, {}, author.h);
    expect(applied.status, applied.text).toBe(200);
    expect(applied.body).toMatchObject({
      status: 'applied',
      appliedBy: author.id,
      appliedByName: `assessor ${author.id.slice(-4)}`,
      appliedBaseline: 1,
    });
    expect((await call('GET', '/api/v1/sites/plant/baselines')).body.items[0].takenByName).toBe(
      `assessor ${author.id.slice(-4)}`,
    );
    expect((await call('GET', '/api/v1/sites/plant/zones/z-dmz')).body.slTarget).toEqual([1, 2, 3, 1, 2, 1, 1]);
    expect((await call('GET', '/api/v1/sites/plant/assets/plc-2')).status).toBe(200);
    const baseline = (await call('GET', '/api/v1/sites/plant/baselines/1')).body;
    expect(baseline).toMatchObject({ trigger: 'change-request', ref: '1' });
    const actions = await ctx.db.kysely
      .selectFrom('audit_events')
      .select('action')
      .where('entity', '=', 'changeRequest')
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'change-request.create',
      'change-request.approve',
      'change-request.apply',
    ]);
    expect((await call('POST', `${base}/1/apply`, {}, author.h)).status).toBe(409);
  });

  it('refuses a stale proposal until it is rebased and approved again', async () => {
    await seed();
    const author = await person(ctx, 'assessor');
    const approver = await person(ctx, 'approver');
    await call('POST', base, raiseDmz, author.h);
    // Someone edits the DMZ directly meanwhile (the site is not under change control).
    await call('PATCH', '/api/v1/sites/plant/zones/z-dmz', { name: 'DMZ (renamed)' });
    expect((await call('GET', `${base}/1`)).body.stale).toEqual(['zone:z-dmz']);
    expect((await call('GET', base)).body.items[0].stale).toEqual(['zone:z-dmz']);
    const refused = await call('POST', `${base}/1/approve`, sign, approver.h);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('C981_ERR_STALE');

    const rebased = await call('POST', `${base}/1/rebase`, {}, author.h);
    expect(rebased.body).toMatchObject({ status: 'open', stale: [] });
    expect((await call('POST', `${base}/1/approve`, sign, approver.h)).status).toBe(200);
    // A change to an entity the proposal does not touch leaves it current.
    await call('PATCH', '/api/v1/sites/plant/assets/plc-1', { notes: 'unrelated' });
    expect((await call('POST', `${base}/1/apply`, {}, author.h)).status).toBe(200);

    await call(
      'POST',
      base,
      { title: 'Rename DMZ', ops: [{ op: 'update', kind: 'zone', id: 'z-dmz', patch: { name: 'DMZ 2' } }] },
      author.h,
    );
    await call('POST', `${base}/2/approve`, sign, approver.h);
    await call('PATCH', '/api/v1/sites/plant/zones/z-dmz', { description: 'touched' });
    const stale = await call('POST', `${base}/2/apply`, {}, author.h);
    expect(stale.status).toBe(409);
    expect(stale.body.error.details).toEqual([{ path: 'zone:z-dmz', message: 'changed since the proposal' }]);
    const rebased2 = await call('POST', `${base}/2/rebase`, {}, author.h);
    expect(rebased2.body).toMatchObject({ status: 'open', decision: null });
  });

  it('applies an emergency change at once and flags it until approved', async () => {
    await seed();
    const assessor = await person(ctx, 'assessor');
    expect((await call('POST', base, { ...raiseDmz, emergency: true }, assessor.h)).status).toBe(403);
    const admin = await person(ctx, 'site-admin');
    const made = await call('POST', base, { ...raiseDmz, emergency: true }, admin.h);
    expect(made.status, made.text).toBe(201);
    const due = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    expect(made.body).toMatchObject({ status: 'applied', emergencyState: 'awaiting-approval', approvalDue: due });
    expect((await call('GET', '/api/v1/sites/plant/assets/plc-2')).status).toBe(200);

    await ctx.db.kysely.updateTable('change_requests').set({ approval_due: '2020-01-01' }).execute();
    expect((await call('GET', `${base}/1`)).body.emergencyState).toBe('overdue');
    const approver = await person(ctx, 'approver');
    const approved = await call('POST', `${base}/1/approve`, sign, approver.h);
    expect(approved.status, approved.text).toBe(200);
    expect(approved.body).toMatchObject({ status: 'applied', emergencyState: 'approved' });
  });

  it('refuses operations on another site’s objects or missing ones, storing nothing', async () => {
    await seed();
    const other = buildSite({
      id: 'other',
      name: 'Other',
      zones: [{ id: 'o-ctl', name: 'Ctl', kind: 'control' }],
      conduits: [],
      assets: [],
      assessments: [],
      compensatingControls: [],
    });
    await call('POST', '/api/v1/site-files', stringify(buildFile([other])), { 'content-type': 'text/plain' });
    const foreign = await call('POST', base, {
      title: 'Touch the other site',
      ops: [
        { op: 'update', kind: 'zone', id: 'o-ctl', patch: { slTarget: 3 } },
        { op: 'create', kind: 'asset', entity: { id: 'x-1', name: 'X', type: 'plc', zone: 'o-ctl' } },
      ],
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.details).toEqual([
      { path: 'ops[0].id', message: 'zone "o-ctl" does not exist in site "plant"' },
      {
        path: 'site.assets[2].zone',
        message: 'zone "o-ctl" does not exist in site "plant"',
      },
    ]);
    const schema = await call('POST', base, { title: 'x', ops: [{ op: 'update', kind: 'plc', id: 'a' }] });
    expect(schema.status).toBe(400);
    expect((await call('POST', base, { title: 'x', ops: [] })).status).toBe(400);
    expect((await call('GET', base)).body.items).toEqual([]);
    expect((await call('GET', `${base}/7`)).status).toBe(404);
    expect((await call('GET', `${base}?status=done`)).status).toBe(400);
  });

  it('under change control refuses direct model edits and imports, but not layout or change requests', async () => {
    await seed();
    const res = await call('PUT', '/api/v1/sites/plant/change-control', { enabled: true, emergencyDays: 5 });
    expect(res.body).toMatchObject({ enabled: true, emergencyDays: 5 });
    const direct = await call('PATCH', '/api/v1/sites/plant/zones/z-dmz', { slTarget: 3 });
    expect(direct.status).toBe(409);
    expect(direct.body.error.code).toBe('C981_ERR_CHANGE_CONTROL');
    expect((await call('DELETE', '/api/v1/sites/plant/assets/plc-1')).status).toBe(409);
    expect((await call('PATCH', '/api/v1/sites/plant/zones/z-dmz', { position: { x: 10, y: 20 } })).status).toBe(200);
    const changed = buildSite({ name: 'Plant renamed' });
    const imported = await call('POST', '/api/v1/site-files', stringify(buildFile([changed])), {
      'content-type': 'text/plain',
    });
    expect(imported.status).toBe(409);
    expect(imported.body.error.code).toBe('C981_ERR_CHANGE_CONTROL');
    expect((await call('POST', base, raiseDmz)).status).toBe(201);
    const viewer = await person(ctx, 'viewer');
    expect((await call('GET', '/api/v1/sites/plant/change-control', undefined, viewer.h)).body.abilities).toEqual([
      'read',
    ]);
    expect((await call('PUT', '/api/v1/sites/plant/change-control', { enabled: false }, viewer.h)).status).toBe(403);
  });
});
