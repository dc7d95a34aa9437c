import { expect, it } from 'vitest';
import type { SiteRole } from '../../../core/accounts/permissions.js';
import { buildUser } from '../../../test/accounts.js';
import { useApp } from '../../../test/app.js';
import { forEachDialect, type DialectContext } from '../../../test/dialects.js';
import { hashPassword } from '../users/passwords.js';
import { latestExpiry, todayUtc } from './risk-acceptance.js';

const PASSWORD = 'Accept-Residual-9921';

/** A user with a real password (to sign) and a bearer token. */
async function user(ctx: DialectContext, roles: 'org-admin' | Record<string, SiteRole>) {
  const u = await buildUser(ctx.db, roles);
  await ctx.db.kysely
    .updateTable('users')
    .set({ password_hash: await hashPassword(PASSWORD), name: `Approver ${u.id.slice(-4)}` })
    .where('id', '=', u.id)
    .execute();
  return { ...u, h: { authorization: `Bearer ${u.token}` } };
}

/** Likelihood 4 × production 4 = critical (intolerable) on the default matrix. */
const scenario = (over: Record<string, unknown> = {}) => ({
  id: 's-1',
  title: 'Ransomware encrypts the control servers',
  target: { kind: 'zone', id: 'z-control' },
  threatSource: { name: 'Ransomware crew', kind: 'criminal' },
  vector: 'remote-access',
  affectedFrs: [1, 3],
  consequence: { 'production-financial': 4 },
  likelihood: 4,
  ...over,
});

const inDays = (n: number) => todayUtc(new Date(Date.now() + n * 86_400_000));

forEachDialect('risk acceptance API', (ctx) => {
  const { call, seed } = useApp(ctx);
  const base = '/api/v1/sites/plant/risks';
  const accept = { expires: inDays(90), rationale: 'Line 4 is replaced in Q3; until then the VPN is off.' };

  it('accepts an intolerable risk until a date, and withdraws it', async () => {
    await seed();
    expect((await call('POST', base, scenario())).status).toBe(201);
    expect((await call('GET', `${base}/s-1`)).body.acceptance).toBeNull();
    const approver = await user(ctx, { plant: 'approver' });
    const res = await call('POST', `${base}/s-1/accept`, accept, approver.h);
    expect(res.status, res.text).toBe(200);
    expect(res.body.acceptance).toEqual({
      by: approver.id,
      byName: expect.stringMatching(/^Approver /),
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
      expires: accept.expires,
      rationale: accept.rationale,
      expired: false,
    });
    expect((await call('GET', base)).body.items[0].acceptance).toEqual(res.body.acceptance);
    const events = await ctx.db.kysely
      .selectFrom('audit_events')
      .select(['action', 'actor'])
      .where('action', 'like', 'risk.accept%')
      .execute();
    expect(events).toEqual([{ action: 'risk.accept', actor: approver.id }]);

    const withdrawn = await call('DELETE', `${base}/s-1/accept`, undefined, approver.h);
    expect(withdrawn.status, withdrawn.text).toBe(200);
    expect(withdrawn.body.acceptance).toBeNull();
    expect((await call('DELETE', `${base}/s-1/accept`, undefined, approver.h)).status).toBe(409);
  });

  it('checks the expiry date', async () => {
    await seed();
    await call('POST', base, scenario());
    const approver = await user(ctx, { plant: 'approver' });
    const cases: [Record<string, unknown>, string][] = [
      [{ expires: todayUtc() }, 'after today'],
      [{ expires: '2020-01-01' }, 'after today'],
      [{ expires: inDays(3 * 366 + 2) }, 'more than 3 years'],
      [{ expires: '2027-02-30' }, 'not a calendar date'],
      [{ expires: '31.12.2027' }, ''],
      [{ rationale: '' }, ''],
      [{ expires: undefined }, ''],
    ];
    for (const [over, message] of cases) {
      const res = await call('POST', `${base}/s-1/accept`, { ...accept, ...over }, approver.h);
      expect(res.status, res.text).toBe(400);
      expect(res.body.error.code).toBe('C981_ERR_VALIDATION');
      expect(res.text).toContain(message);
    }
    expect((await call('POST', `${base}/s-1/accept`, { ...accept, expires: latestExpiry() }, approver.h)).status).toBe(
      200,
    );
  });

  it('refuses the last editor of the scenario (separation of duties)', async () => {
    await seed();
    const assessorApprover = await user(ctx, 'org-admin');
    expect((await call('POST', base, scenario(), assessorApprover.h)).status).toBe(201);
    const own = await call('POST', `${base}/s-1/accept`, accept, assessorApprover.h);
    expect(own.status).toBe(403);
    expect(own.body.error.message).toContain('someone else must accept');
    // Once someone else changed it last, the creator may accept it.
    await call('PATCH', `${base}/s-1`, { title: 'Ransomware on the control servers' });
    expect((await call('POST', `${base}/s-1/accept`, accept, assessorApprover.h)).status).toBe(200);
  });

  it('refuses to accept a tolerable risk (residual, else unmitigated)', async () => {
    await seed();
    const approver = await user(ctx, { plant: 'approver' });
    await call('POST', base, scenario({ id: 'low', likelihood: 1, consequence: { reputation: 1 } }));
    await call('POST', base, scenario({ id: 'treated', residualLikelihood: 2 }));
    for (const id of ['low', 'treated']) {
      const res = await call('POST', `${base}/${id}/accept`, accept, approver.h);
      expect(res.status, res.text).toBe(409);
      expect(res.body.error.message).toContain('is tolerable: there is nothing to accept');
    }
  });

  it('flags an acceptance whose date has passed as expired', async () => {
    await seed();
    await call('POST', base, scenario());
    const approver = await user(ctx, { plant: 'approver' });
    const res = await call('POST', `${base}/s-1/accept`, accept, approver.h);
    const lapsed = { ...res.body.acceptance, expires: inDays(-1) };
    delete lapsed.expired;
    await ctx.db.kysely
      .updateTable('risk_scenarios')
      .set({ acceptance: JSON.stringify(lapsed) })
      .where('id', '=', 's-1')
      .execute();
    expect((await call('GET', `${base}/s-1`)).body.acceptance).toMatchObject({ expires: inDays(-1), expired: true });
  });

  it('drops the acceptance when the scenario content changes', async () => {
    await seed();
    await call('POST', base, scenario());
    const approver = await user(ctx, { plant: 'approver' });
    await call('POST', `${base}/s-1/accept`, accept, approver.h);
    // An unchanged PATCH keeps it; a real change removes it.
    expect((await call('PATCH', `${base}/s-1`, { likelihood: 4 })).body.acceptance).not.toBeNull();
    const changed = await call('PATCH', `${base}/s-1`, { likelihood: 5 });
    expect(changed.status).toBe(200);
    expect(changed.body.acceptance).toBeNull();
    expect((await call('GET', `${base}/s-1`)).body.acceptance).toBeNull();
  });

  it('lets only approvers accept or withdraw', async () => {
    await seed();
    await call('POST', base, scenario());
    for (const role of ['viewer', 'assessor'] as const) {
      const u = await user(ctx, { plant: role });
      expect((await call('POST', `${base}/s-1/accept`, accept, u.h)).status).toBe(403);
      expect((await call('DELETE', `${base}/s-1/accept`, undefined, u.h)).status).toBe(403);
    }
    const outsider = await user(ctx, {});
    expect((await call('POST', `${base}/s-1/accept`, accept, outsider.h)).status).toBe(404);
    const approver = await user(ctx, { plant: 'approver' });
    expect((await call('POST', `${base}/s-9/accept`, accept, approver.h)).status).toBe(404);
  });

  it('needs a reason and an e-signature on regulated sites', async () => {
    const why = { 'x-c981-reason': 'CR-2026-311 accept residual risk of line 4' };
    await call('POST', '/api/v1/sites', { id: 'gxp', name: 'GxP plant', regulated: true });
    await call('POST', '/api/v1/sites/gxp/zones', { id: 'z-1', name: 'Reactors', kind: 'control' }, why);
    await call('POST', '/api/v1/sites/gxp/risks', scenario({ target: { kind: 'zone', id: 'z-1' } }), why);
    const approver = await user(ctx, { gxp: 'approver' });
    const url = '/api/v1/sites/gxp/risks/s-1/accept';
    const h = { ...approver.h, ...why };
    expect((await call('POST', url, accept, approver.h)).body.error.code).toBe('C981_ERR_REASON_REQUIRED');
    expect((await call('POST', url, accept, h)).body.error.code).toBe('C981_ERR_SIGNATURE_REQUIRED');
    const wrong = { ...accept, signature: { password: 'nope', meaning: 'approved' } };
    expect((await call('POST', url, wrong, h)).body.error.code).toBe('C981_ERR_SIGNATURE_INVALID');
    const signed = await call('POST', url, { ...accept, signature: { password: PASSWORD, meaning: 'approved' } }, h);
    expect(signed.status, signed.text).toBe(200);
    expect(signed.body.acceptance).toMatchObject({
      byName: expect.stringMatching(/^Approver /),
      signature: { signedBy: approver.id, meaning: 'approved', contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(JSON.stringify(signed.body)).not.toContain(PASSWORD);
    expect((await call('DELETE', url, undefined, approver.h)).body.error.code).toBe('C981_ERR_REASON_REQUIRED');
    expect((await call('DELETE', url, undefined, h)).status).toBe(200);
  });
});
