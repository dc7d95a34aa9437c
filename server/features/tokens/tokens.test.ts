import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { forEachDialect } from '../../../test/dialects.js';
import { LOCAL_ACTOR } from '../../actor.js';
import { resolveToken } from './token-resolve.js';
import { requireOwnerByEmail } from './tokens.repository.js';
import { createToken, listTokens, revokeToken } from './tokens.service.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const DAY_MS = 86_400_000;

forEachDialect('API tokens', (ctx) => {
  const now = () => new Date().toISOString();

  // Users are inserted directly: the users feature is built separately.
  async function addUser(id: string, over: { orgRole?: string; disabled?: number } = {}) {
    await ctx.db.kysely
      .insertInto('users')
      .values({
        id,
        email: `${id}@example.com`,
        name: id,
        password_hash: 'not-a-real-hash',
        party: 'asset-owner',
        org_role: over.orgRole ?? null,
        disabled: over.disabled ?? 0,
        failed_logins: 0,
        created_at: now(),
        updated_at: now(),
      })
      .execute();
  }
  async function addSite(id: string, members: string[] = []) {
    await ctx.db.kysely
      .insertInto('sites')
      .values({ id, name: id, regulated: 0, created_at: now(), updated_at: now() })
      .execute();
    for (const user of members)
      await ctx.db.kysely.insertInto('site_members').values({ site_id: id, user_id: user, role: 'viewer' }).execute();
  }
  const tokenRow = (id: string) =>
    ctx.db.kysely.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const codeOf = (p: Promise<unknown>) =>
    p.then(
      () => 'resolved',
      (e: { code?: string }) => e.code,
    );

  it('creates a token that resolves, stored only as the SHA-256 of the secret', async () => {
    await addUser('ann');
    const before = Date.now();
    const created = await createToken(ctx.db, LOCAL_ACTOR, { userId: 'ann', readOnly: false });
    expect(created.token).toMatch(/^c981_[A-Za-z0-9_-]{43}$/);
    expect(created).toMatchObject({ readOnly: false, sites: null });
    // Default lifetime: 90 days.
    const lifetime = Date.parse(created.expiresAt) - before;
    expect(lifetime).toBeGreaterThanOrEqual(90 * DAY_MS);
    expect(lifetime).toBeLessThan(90 * DAY_MS + 60_000);

    const row = await tokenRow(created.id);
    expect(row.token_hash).not.toBe(created.token);
    expect(row.token_hash).toBe(sha256(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token.slice(5));

    expect(await resolveToken(ctx.db, created.token)).toEqual({
      tokenId: created.id,
      userId: 'ann',
      readOnly: false,
      sites: null,
    });
    const other = await createToken(ctx.db, LOCAL_ACTOR, { userId: 'ann', readOnly: false });
    expect(other.token).not.toBe(created.token);
  });

  it('carries read-only and site limits, and lists tokens without secrets', async () => {
    await addUser('bob');
    await addSite('plant', ['bob']);
    await addSite('mill', ['bob']);
    const created = await createToken(ctx.db, LOCAL_ACTOR, {
      userId: 'bob',
      name: 'nightly export',
      readOnly: true,
      sites: ['plant', 'mill', 'plant'],
      expiresInDays: 7,
    });
    expect(created).toMatchObject({ readOnly: true, sites: ['plant', 'mill'] });
    expect(await resolveToken(ctx.db, created.token)).toMatchObject({ readOnly: true, sites: ['plant', 'mill'] });
    const list = await listTokens(ctx.db, LOCAL_ACTOR, 'bob');
    expect(list).toEqual([
      {
        id: created.id,
        name: 'nightly export',
        readOnly: true,
        sites: ['plant', 'mill'],
        createdAt: expect.any(String),
        expiresAt: created.expiresAt,
        revokedAt: null,
        lastUsedAt: expect.any(String),
      },
    ]);
    expect(JSON.stringify(list)).not.toContain(created.token);
    expect(JSON.stringify(list)).not.toContain(sha256(created.token));
    expect(await codeOf(listTokens(ctx.db, LOCAL_ACTOR, 'nobody'))).toBe('C981_ERR_NOT_FOUND');
  });

  it('stops resolving revoked and expired tokens at once, and tokens of disabled users', async () => {
    await addUser('cid');
    const a = await createToken(ctx.db, LOCAL_ACTOR, { userId: 'cid', readOnly: false });
    const b = await createToken(ctx.db, LOCAL_ACTOR, { userId: 'cid', readOnly: false });
    const c = await createToken(ctx.db, LOCAL_ACTOR, { userId: 'cid', readOnly: false });
    expect(await resolveToken(ctx.db, a.token)).not.toBeNull();

    const revoked = await revokeToken(ctx.db, LOCAL_ACTOR, a.id);
    expect(revoked.revokedAt).toEqual(expect.any(String));
    expect(await resolveToken(ctx.db, a.token)).toBeNull();
    // Idempotent: the second revoke keeps the first time and records nothing.
    expect((await revokeToken(ctx.db, LOCAL_ACTOR, a.id)).revokedAt).toBe(revoked.revokedAt);
    const revokes = await ctx.db.kysely
      .selectFrom('audit_events')
      .select('entity_id')
      .where('action', '=', 'apiToken.revoke')
      .execute();
    expect(revokes).toEqual([{ entity_id: a.id }]);
    expect(await codeOf(revokeToken(ctx.db, LOCAL_ACTOR, 'no-such-token'))).toBe('C981_ERR_NOT_FOUND');

    await ctx.db.kysely
      .updateTable('api_tokens')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', b.id)
      .execute();
    expect(await resolveToken(ctx.db, b.token)).toBeNull();

    expect(await resolveToken(ctx.db, c.token)).not.toBeNull();
    await ctx.db.kysely.updateTable('users').set({ disabled: 1 }).where('id', '=', 'cid').execute();
    expect(await resolveToken(ctx.db, c.token)).toBeNull();
    expect(await codeOf(createToken(ctx.db, LOCAL_ACTOR, { userId: 'cid', readOnly: false }))).toBe(
      'C981_ERR_CONFLICT',
    );
  });

  it('resolves nothing for malformed or unknown tokens', async () => {
    await addUser('dee');
    const { token } = await createToken(ctx.db, LOCAL_ACTOR, { userId: 'dee', readOnly: false });
    const unknown = `c981_${'A'.repeat(43)}`;
    for (const presented of ['', 'c981_', token.slice(0, -1), `${token}x`, `Bearer ${token}`, unknown, sha256(token)])
      expect(await resolveToken(ctx.db, presented)).toBeNull();
  });

  it('validates input: sites must exist, lifetime 1–3650 days, the user must exist', async () => {
    await addUser('eve', { orgRole: 'org-admin' });
    await addSite('plant');
    const bad: [unknown, string][] = [
      [{ userId: 'eve', readOnly: false, sites: ['plant', 'nowhere'] }, 'C981_ERR_VALIDATION'],
      [{ userId: 'eve', readOnly: false, sites: [] }, 'C981_ERR_VALIDATION'],
      [{ userId: 'eve', readOnly: false, sites: ['Not An Id'] }, 'C981_ERR_VALIDATION'],
      [{ userId: 'eve', readOnly: false, expiresInDays: 0 }, 'C981_ERR_VALIDATION'],
      [{ userId: 'eve', readOnly: false, expiresInDays: 3651 }, 'C981_ERR_VALIDATION'],
      [{ userId: 'eve', readOnly: false, expiresInDays: 1.5 }, 'C981_ERR_VALIDATION'],
      [{ userId: 'eve' }, 'C981_ERR_VALIDATION'],
      [{ userId: 'eve', readOnly: false, admin: true }, 'C981_ERR_VALIDATION'],
      [{ userId: 'nobody', readOnly: false }, 'C981_ERR_NOT_FOUND'],
    ];
    for (const [body, code] of bad) expect(await codeOf(createToken(ctx.db, LOCAL_ACTOR, body))).toBe(code);
    const err = await createToken(ctx.db, LOCAL_ACTOR, {
      userId: 'eve',
      readOnly: false,
      sites: ['plant', 'nowhere'],
    }).then(
      () => undefined,
      (e: { details?: unknown }) => e,
    );
    expect(err?.details).toEqual([{ path: 'sites[1]', message: 'site "nowhere" does not exist' }]);
    expect(await ctx.db.kysely.selectFrom('api_tokens').select('id').execute()).toEqual([]);

    const longest = await createToken(ctx.db, LOCAL_ACTOR, { userId: 'eve', readOnly: false, expiresInDays: 3650 });
    expect(Date.parse(longest.expiresAt) - Date.now()).toBeGreaterThan(3649 * DAY_MS);
  });

  it('limits non-admins to sites they are members of; org-admins to any existing site', async () => {
    await addUser('fay');
    await addUser('gus', { orgRole: 'org-admin' });
    await addSite('plant', ['fay']);
    await addSite('mill');
    const refused = await createToken(ctx.db, LOCAL_ACTOR, {
      userId: 'fay',
      readOnly: true,
      sites: ['plant', 'mill'],
    }).then(
      () => undefined,
      (e: { code?: string; message?: string }) => e,
    );
    expect(refused).toMatchObject({
      code: 'C981_ERR_VALIDATION',
      message: expect.stringMatching(/not a member of site "mill"/),
    });
    expect(await createToken(ctx.db, LOCAL_ACTOR, { userId: 'fay', readOnly: true, sites: ['plant'] })).toMatchObject({
      sites: ['plant'],
    });
    expect(await createToken(ctx.db, LOCAL_ACTOR, { userId: 'gus', readOnly: false, sites: ['mill'] })).toMatchObject({
      sites: ['mill'],
    });
  });

  it('records last use at most once a minute', async () => {
    await addUser('hal');
    const created = await createToken(ctx.db, LOCAL_ACTOR, { userId: 'hal', readOnly: false });
    expect((await tokenRow(created.id)).last_used_at).toBeNull();
    await resolveToken(ctx.db, created.token);
    const first = (await tokenRow(created.id)).last_used_at;
    expect(first).toEqual(expect.any(String));
    await new Promise((r) => setTimeout(r, 5));
    await resolveToken(ctx.db, created.token);
    expect((await tokenRow(created.id)).last_used_at).toBe(first);

    const old = new Date(Date.now() - 61_000).toISOString();
    await ctx.db.kysely.updateTable('api_tokens').set({ last_used_at: old }).where('id', '=', created.id).execute();
    await resolveToken(ctx.db, created.token);
    const refreshed = (await tokenRow(created.id)).last_used_at;
    expect(refreshed).not.toBe(old);
    expect(Date.parse(refreshed ?? '')).toBeGreaterThan(Date.now() - 5_000);
  });

  it('audits create and revoke without the secret or its hash', async () => {
    await addUser('ivy');
    await addSite('plant', ['ivy']);
    const actor = { ...LOCAL_ACTOR, sourceIp: '10.0.0.7' };
    const created = await createToken(ctx.db, actor, { userId: 'ivy', readOnly: true, sites: ['plant'] });
    await revokeToken(ctx.db, actor, created.id);
    const events = await ctx.db.kysely
      .selectFrom('audit_events')
      .selectAll()
      .where('entity', '=', 'apiToken')
      .orderBy('seq')
      .execute();
    expect(events.map((e) => [e.action, e.entity_id, e.site_id, e.source_ip])).toEqual([
      ['apiToken.create', created.id, null, '10.0.0.7'],
      ['apiToken.revoke', created.id, null, '10.0.0.7'],
    ]);
    expect(JSON.parse(events[0]?.detail ?? 'null')).toEqual({
      userId: 'ivy',
      name: null,
      readOnly: true,
      sites: ['plant'],
      expiresAt: created.expiresAt,
    });
    const all = JSON.stringify(await ctx.db.kysely.selectFrom('audit_events').selectAll().execute());
    expect(all).not.toContain(created.token.slice(5));
    expect(all).not.toContain(sha256(created.token));
  });

  it('finds the token owner by e-mail address in any case', async () => {
    await addUser('jo');
    expect((await requireOwnerByEmail(ctx.db.kysely, 'JO@Example.com')).id).toBe('jo');
    expect(await codeOf(requireOwnerByEmail(ctx.db.kysely, 'nobody@example.com'))).toBe('C981_ERR_NOT_FOUND');
  });
});
