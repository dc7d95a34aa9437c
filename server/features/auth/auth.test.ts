import { expect, it } from 'vitest';
import { LOCAL_ACTOR } from '../../actor.js';
import { useApp } from '../../../test/app.js';
import { forEachDialect } from '../../../test/dialects.js';
import { createUser } from '../users/users.service.js';
import { MAX_FAILED_LOGINS } from './login.service.js';

const PASSWORD = 'Valve-Sequence-4711';

forEachDialect('sign-in, sessions and CSRF', (ctx) => {
  const { call, seed } = useApp(ctx);
  const anon = { authorization: '' };

  async function engineer() {
    await seed();
    await createUser(ctx.db, LOCAL_ACTOR, {
      email: 'eng@example.com',
      name: 'Eva Engineer',
      password: PASSWORD,
      party: 'system-integrator',
      company: 'Integrator AG',
      sites: [{ site: 'plant', role: 'assessor' }],
    });
  }

  async function signIn() {
    const res = await call('POST', '/api/v1/auth/login', { email: 'eng@example.com', password: PASSWORD }, anon);
    expect(res.status).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/c981_session=[^;]+; .*HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const cookie = setCookie.split(';')[0] ?? '';
    return { cookie, csrf: res.body.csrfToken as string };
  }

  it('refuses anonymous API calls but serves health and the docs', async () => {
    expect((await call('GET', '/api/v1/sites', undefined, anon)).body.error.code).toBe('C981_ERR_UNAUTHENTICATED');
    expect((await call('GET', '/api/health', undefined, anon)).status).toBe(200);
    expect((await call('GET', '/api/openapi.json', undefined, anon)).status).toBe(200);
  });

  it('signs in with a session cookie, answers who is signed in, and signs out', async () => {
    await engineer();
    const { cookie, csrf: first } = await signIn();
    const me = await call('GET', '/api/v1/auth/me', undefined, { ...anon, cookie });
    expect(me.body).toMatchObject({
      email: 'eng@example.com',
      party: 'system-integrator',
      company: 'Integrator AG',
      orgRole: null,
      sites: [{ site: 'plant', role: 'assessor' }],
      csrfToken: first,
      permissions: [],
    });
    // An assessor records results and assets but does not change the zone model.
    expect(me.body.sitePermissions.plant).toContain('result.update');
    expect(me.body.sitePermissions.plant).not.toContain('zone.update');
    expect(Object.keys(me.body.sitePermissions)).toEqual(['plant']);
    expect((await call('GET', '/api/v1/sites/plant/zones', undefined, { ...anon, cookie })).status).toBe(200);
    const { csrf } = await signIn();
    const second = (await call('POST', '/api/v1/auth/login', { email: 'eng@example.com', password: PASSWORD }, anon))
      .headers['set-cookie'];
    const cookie2 = String(second).split(';')[0] ?? '';
    expect(
      (await call('POST', '/api/v1/auth/logout', undefined, { ...anon, cookie: cookie2, 'x-csrf-token': csrf })).status,
    ).toBe(403);
    void csrf;
    expect((await call('GET', '/api/v1/sites', undefined, { ...anon, cookie })).status).toBe(200);
  });

  it('requires the CSRF token on cookie-authenticated writes', async () => {
    await engineer();
    const { cookie, csrf } = await signIn();
    const body = { id: 'plc-9', name: 'PLC 9', type: 'plc' };
    const without = await call('POST', '/api/v1/sites/plant/assets', body, { ...anon, cookie });
    expect(without.body.error.code).toBe('C981_ERR_CSRF');
    expect(
      (await call('POST', '/api/v1/sites/plant/assets', body, { ...anon, cookie, 'x-csrf-token': csrf })).status,
    ).toBe(201);
    expect(
      (await call('POST', '/api/v1/auth/logout', undefined, { ...anon, cookie, 'x-csrf-token': csrf })).status,
    ).toBe(204);
    expect((await call('GET', '/api/v1/sites', undefined, { ...anon, cookie })).status).toBe(401);
  });

  it('locks an account after repeated failures, and audits every attempt without the password', async () => {
    await engineer();
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++)
      expect(
        (await call('POST', '/api/v1/auth/login', { email: 'eng@example.com', password: `wrong-${i}-password` }, anon))
          .body.error.code,
      ).toBe('C981_ERR_UNAUTHENTICATED');
    const locked = await call(
      'POST',
      '/api/v1/auth/login',
      { email: 'eng@example.com', password: 'wrong-again-password' },
      anon,
    );
    expect(locked.status).toBe(423);
    expect(
      (await call('POST', '/api/v1/auth/login', { email: 'eng@example.com', password: PASSWORD }, anon)).body.error
        .code,
    ).toBe('C981_ERR_LOCKED');
    const audit = await ctx.db.kysely
      .selectFrom('audit_events')
      .select(['action', 'detail'])
      .where('action', 'like', 'user.%')
      .execute();
    expect(audit.filter((a) => a.action === 'user.login-failed')).toHaveLength(MAX_FAILED_LOGINS);
    expect(audit.map((a) => a.action)).toContain('user.locked');
    expect(JSON.stringify(audit)).not.toMatch(/wrong-|Valve-Sequence/);
    expect(
      (await call('POST', '/api/v1/auth/login', { email: 'nobody@example.com', password: PASSWORD }, anon)).status,
    ).toBe(401);
  });

  it('stops a revoked or read-only token at once', async () => {
    await engineer();
    const { createToken, revokeToken } = await import('../tokens/tokens.service.js');
    const user = await ctx.db.kysely
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'eng@example.com')
      .executeTakeFirstOrThrow();
    const ro = await createToken(ctx.db, LOCAL_ACTOR, { userId: user.id, readOnly: true });
    const h = { authorization: `Bearer ${ro.token}` };
    expect((await call('GET', '/api/v1/sites/plant/assets', undefined, h)).status).toBe(200);
    expect((await call('POST', '/api/v1/sites/plant/assets', { id: 'x1', name: 'X', type: 'plc' }, h)).status).toBe(
      403,
    );
    await revokeToken(ctx.db, LOCAL_ACTOR, ro.id);
    expect((await call('GET', '/api/v1/sites/plant/assets', undefined, h)).status).toBe(401);
  });

  it('refuses self-approval of a compensating control', async () => {
    await seed();
    const { buildUser } = await import('../../../test/accounts.js');
    const approver = await buildUser(ctx.db, { plant: 'approver' });
    const author = await buildUser(ctx.db, { plant: 'site-admin' });
    const ha = { authorization: `Bearer ${author.token}` };
    expect(
      (
        await call(
          'POST',
          '/api/v1/sites/plant/compensating-controls',
          { id: 'cc-x', scope: 'z-control', requirements: ['SR 1.1'], kind: 'procedural' },
          ha,
        )
      ).status,
    ).toBe(201);
    // The author may not approve (no approver role); give them one, still refused as their own.
    await ctx.db.kysely
      .updateTable('site_members')
      .set({ role: 'approver' })
      .where('user_id', '=', author.id)
      .execute();
    expect(
      (await call('POST', '/api/v1/sites/plant/compensating-controls/cc-x/approve', {}, ha)).body.error.message,
    ).toMatch(/someone else must approve/);
    const ok = await call(
      'POST',
      '/api/v1/sites/plant/compensating-controls/cc-x/approve',
      {},
      { authorization: `Bearer ${approver.token}` },
    );
    expect(ok.body.approvedBy).toBe(approver.id);
  });
});
