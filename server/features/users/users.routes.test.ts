import { expect, it } from 'vitest';
import { buildUser } from '../../../test/accounts.js';
import { useApp, type Call } from '../../../test/app.js';
import { forEachDialect } from '../../../test/dialects.js';
import { LOCAL_ACTOR } from '../../actor.js';
import { createToken } from '../tokens/tokens.service.js';

const PASSWORD = 'violet-kettle-harbour-42';
const NEW_PASSWORD = 'amber-lantern-meadow-77';
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Nothing secret may leave the server: no Argon2 hash, no column or field naming one. */
function expectNoSecrets(res: Call): void {
  expect(res.text).not.toMatch(/\$argon2|password_?hash|passwordHash|not-a-hash/i);
  expect(res.text).not.toContain(PASSWORD);
}

forEachDialect('users API', (ctx) => {
  const { call, seed } = useApp(ctx);

  /** Creates a user through the API (as org-admin) with a real password, and a token for them. */
  async function person(email: string, sites: { site: string; role: string }[] = []) {
    const res = await call('POST', '/api/v1/users', {
      email,
      name: 'Test Person',
      password: PASSWORD,
      party: 'system-integrator',
      sites,
    });
    expect(res.status, res.text).toBe(201);
    const { token } = await createToken(ctx.db, LOCAL_ACTOR, { userId: res.body.id as string, readOnly: false });
    return { id: res.body.id as string, token };
  }

  it('lets an org-admin create, list and read users, never showing a password hash', async () => {
    await seed();
    const created = await call('POST', '/api/v1/users', {
      email: 'Ada@Example.com',
      name: 'Ada',
      password: PASSWORD,
      party: 'asset-owner',
      sites: [{ site: 'plant', role: 'assessor' }],
    });
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({
      email: 'ada@example.com',
      orgRole: null,
      disabled: false,
      sites: [{ site: 'plant', role: 'assessor' }],
    });
    expectNoSecrets(created);

    const list = await call('GET', '/api/v1/users?limit=500');
    expect(list.status).toBe(200);
    expect(list.body.items.map((u: { email: string }) => u.email)).toContain('ada@example.com');
    expect(list.body.nextCursor).toBeNull();
    expectNoSecrets(list);

    const one = await call('GET', `/api/v1/users/${created.body.id as string}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(created.body);
    expectNoSecrets(one);

    expect((await call('POST', '/api/v1/users', { email: 'ada@example.com' })).status).toBe(400);
    const dup = await call('POST', '/api/v1/users', {
      email: 'ADA@example.com',
      name: 'Ada',
      password: PASSWORD,
      party: 'asset-owner',
    });
    expect(dup.body.error.code).toBe('C981_ERR_CONFLICT');
  });

  it('refuses user administration to everyone but org-admins (403)', async () => {
    await seed();
    const target = await person('target@example.com');
    for (const roles of [{ plant: 'site-admin' as const }, { plant: 'viewer' as const }]) {
      const h = bearer((await buildUser(ctx.db, roles)).token);
      const attempts: [Call, string][] = [
        [await call('GET', '/api/v1/users', undefined, h), 'list'],
        [
          await call(
            'POST',
            '/api/v1/users',
            { email: 'x@example.com', name: 'X', password: PASSWORD, party: 'auditor' },
            h,
          ),
          'create',
        ],
        [await call('POST', `/api/v1/users/${target.id}/disable`, undefined, h), 'disable'],
      ];
      for (const [res, what] of attempts) {
        expect(res.status, what).toBe(403);
        expect(res.body.error.code).toBe('C981_ERR_FORBIDDEN');
      }
    }
    // A read-only org-admin token reads, but user administration is a write.
    const ro = await buildUser(ctx.db, 'org-admin', { readOnly: true });
    expect((await call('GET', '/api/v1/users', undefined, bearer(ro.token))).status).toBe(403);
  });

  it('lets users read themselves but not others (404)', async () => {
    await seed();
    const ann = await person('ann@example.com', [{ site: 'plant', role: 'viewer' }]);
    const bob = await person('bob@example.com');
    const self = await call('GET', `/api/v1/users/${ann.id}`, undefined, bearer(ann.token));
    expect(self.status).toBe(200);
    expect(self.body).toMatchObject({ email: 'ann@example.com', sites: [{ site: 'plant', role: 'viewer' }] });
    expectNoSecrets(self);
    const other = await call('GET', `/api/v1/users/${bob.id}`, undefined, bearer(ann.token));
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('C981_ERR_NOT_FOUND');
  });

  it('lets a site-admin manage members of their own site only', async () => {
    await seed();
    await call('POST', '/api/v1/sites', { id: 'other', name: 'Other' });
    await call('POST', '/api/v1/sites', { id: 'third', name: 'Third' });
    const admin = bearer((await buildUser(ctx.db, { plant: 'site-admin', third: 'viewer' })).token);
    const member = await person('member@example.com', [{ site: 'other', role: 'assessor' }]);

    const granted = await call('PATCH', `/api/v1/users/${member.id}/sites/plant`, { role: 'approver' }, admin);
    expect(granted.status, granted.text).toBe(200);
    // The membership in "other", a site this site-admin cannot read, is not theirs to see.
    expect(granted.body.sites).toEqual([{ site: 'plant', role: 'approver' }]);
    expectNoSecrets(granted);
    const full = await call('GET', `/api/v1/users/${member.id}`);
    expect(full.body.sites).toEqual([
      { site: 'other', role: 'assessor' },
      { site: 'plant', role: 'approver' },
    ]);

    const hidden = await call('PATCH', `/api/v1/users/${member.id}/sites/other`, { role: null }, admin);
    expect(hidden.status).toBe(404);
    const readOnlySite = await call('PATCH', `/api/v1/users/${member.id}/sites/third`, { role: 'viewer' }, admin);
    expect(readOnlySite.status).toBe(403);
    expect(readOnlySite.body.error.code).toBe('C981_ERR_FORBIDDEN');

    const removed = await call('PATCH', `/api/v1/users/${member.id}/sites/plant`, { role: null }, admin);
    expect(removed.body.sites).toEqual([]);
    expect((await call('PATCH', `/api/v1/users/${member.id}/sites/plant`, { role: 'owner' }, admin)).status).toBe(400);
    expect((await call('PATCH', `/api/v1/users/${member.id}/sites/plant`, {}, admin)).status).toBe(400);
    expect((await call('PATCH', `/api/v1/users/u_nobody/sites/plant`, { role: 'viewer' }, admin)).status).toBe(404);

    // Org-admins manage any site.
    const byOrg = await call('PATCH', `/api/v1/users/${member.id}/sites/other`, { role: 'site-admin' });
    expect(byOrg.body.sites).toEqual([{ site: 'other', role: 'site-admin' }]);
  });

  it('disables a user, whose tokens stop working at once', async () => {
    await seed();
    const ann = await person('ann@example.com');
    expect((await call('GET', '/api/v1/auth/me', undefined, bearer(ann.token))).status).toBe(200);
    const res = await call('POST', `/api/v1/users/${ann.id}/disable`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: ann.id, disabled: true });
    expectNoSecrets(res);
    expect((await call('GET', '/api/v1/auth/me', undefined, bearer(ann.token))).status).toBe(401);
    expect((await call('POST', '/api/v1/users/u_nobody/disable')).status).toBe(404);
  });

  it('makes users give their current password to change their own', async () => {
    await seed();
    const ann = await person('ann@example.com');
    const url = `/api/v1/users/${ann.id}/password`;
    const h = bearer(ann.token);

    const missing = await call('PUT', url, { password: NEW_PASSWORD }, h);
    expect(missing.status).toBe(400);
    expect(missing.body.error.details).toEqual([{ path: 'currentPassword', message: expect.any(String) }]);
    const wrong = await call('PUT', url, { currentPassword: 'not-my-password-1', password: NEW_PASSWORD }, h);
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe('C981_ERR_FORBIDDEN');
    const weak = await call('PUT', url, { currentPassword: PASSWORD, password: 'short' }, h);
    expect(weak.status).toBe(400);

    const ok = await call('PUT', url, { currentPassword: PASSWORD, password: NEW_PASSWORD }, h);
    expect(ok.status, ok.text).toBe(204);
    const login = (password: string) =>
      call('POST', '/api/v1/auth/login', { email: 'ann@example.com', password }, { authorization: '' });
    expect((await login(PASSWORD)).status).toBe(401);
    expect((await login(NEW_PASSWORD)).status).toBe(200);

    const failures = await ctx.db.kysely
      .selectFrom('audit_events')
      .select(['action', 'detail'])
      .where('action', 'in', ['user.set-password-failed', 'user.set-password'])
      .orderBy('seq')
      .execute();
    expect(failures.map((f) => f.action)).toEqual(['user.set-password-failed', 'user.set-password']);
    expect(JSON.stringify(failures)).not.toMatch(/not-my-password|amber-lantern/);
  });

  it('lets an org-admin set anyone’s password without the current one, and nobody else', async () => {
    await seed();
    const ann = await person('ann@example.com');
    const bob = await person('bob@example.com', [{ site: 'plant', role: 'site-admin' }]);
    const byAdmin = await call('PUT', `/api/v1/users/${ann.id}/password`, { password: NEW_PASSWORD });
    expect(byAdmin.status).toBe(204);
    const byBob = await call(
      'PUT',
      `/api/v1/users/${ann.id}/password`,
      { currentPassword: NEW_PASSWORD, password: 'pebble-orchard-window-9' },
      bearer(bob.token),
    );
    expect(byBob.status).toBe(404);
    const ro = await createToken(ctx.db, LOCAL_ACTOR, { userId: ann.id, readOnly: true });
    const readOnly = await call(
      'PUT',
      `/api/v1/users/${ann.id}/password`,
      { currentPassword: NEW_PASSWORD, password: 'pebble-orchard-window-9' },
      bearer(ro.token),
    );
    expect(readOnly.status).toBe(403);
    expect((await call('PUT', `/api/v1/users/${ann.id}/password`, { password: NEW_PASSWORD, extra: 1 })).status).toBe(
      400,
    );
    // An org-admin changing their own is a user changing their own: the current one is needed.
    const self = await buildUser(ctx.db, 'org-admin');
    const own = await call('PUT', `/api/v1/users/${self.id}/password`, { password: NEW_PASSWORD }, bearer(self.token));
    expect(own.status).toBe(400);
  });
});
