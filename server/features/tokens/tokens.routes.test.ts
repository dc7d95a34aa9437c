import { expect, it } from 'vitest';
import { buildUser } from '../../../test/accounts.js';
import { useApp, type Call } from '../../../test/app.js';
import { forEachDialect } from '../../../test/dialects.js';
import { LOCAL_ACTOR } from '../../actor.js';
import { AppError } from '../../errors.js';
import { createOwnToken } from './own-tokens.service.js';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

forEachDialect('tokens API', (ctx) => {
  const { call, seed } = useApp(ctx);

  /** No response may carry a stored token hash (or a column that would hold one). */
  async function expectNoHashes(res: Call): Promise<void> {
    const hashes = await ctx.db.kysely.selectFrom('api_tokens').select('token_hash').execute();
    for (const { token_hash } of hashes) expect(res.text).not.toContain(token_hash);
    expect(res.text).not.toMatch(/token_?hash|tokenHash/i);
  }

  it('creates a token for the caller that works as a Bearer token, and lists it without its secret', async () => {
    await seed();
    const ann = await buildUser(ctx.db, { plant: 'assessor' });
    const created = await call(
      'POST',
      '/api/v1/tokens',
      { name: 'CI', readOnly: true, sites: ['plant'], expiresInDays: 7 },
      bearer(ann.token),
    );
    expect(created.status, created.text).toBe(201);
    expect(Object.keys(created.body).sort()).toEqual(['expiresAt', 'id', 'readOnly', 'sites', 'token']);
    expect(created.body).toMatchObject({ readOnly: true, sites: ['plant'] });
    await expectNoHashes(created);
    const secret = created.body.token as string;

    const me = await call('GET', '/api/v1/auth/me', undefined, bearer(secret));
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: ann.id, readOnly: true });
    // It acts for Ann, read-only: her assessor rights are not its rights.
    const write = await call(
      'POST',
      '/api/v1/sites/plant/assets',
      { id: 'x-1', name: 'X', type: 'plc' },
      bearer(secret),
    );
    expect(write.status).toBe(403);

    const list = await call('GET', '/api/v1/tokens', undefined, bearer(ann.token));
    expect(list.status).toBe(200);
    expect(list.body.nextCursor).toBeNull();
    expect(list.body.items).toHaveLength(2); // the test helper's token and the new one
    expect(list.body.items[0]).toMatchObject({ id: created.body.id, name: 'CI', readOnly: true, revokedAt: null });
    expect(list.text).not.toContain(secret);
    await expectNoHashes(list);
    // Tokens of other users are not listed.
    const bob = await buildUser(ctx.db, { plant: 'viewer' });
    expect((await call('GET', '/api/v1/tokens', undefined, bearer(bob.token))).body.items).toHaveLength(1);
  });

  it('never creates a token for someone else, or beyond the limits of the calling token', async () => {
    await seed();
    await call('POST', '/api/v1/sites', { id: 'other', name: 'Other' });
    const ann = await buildUser(ctx.db, { plant: 'site-admin', other: 'site-admin' }, { sites: ['plant'] });
    const bob = await buildUser(ctx.db, { plant: 'viewer' });
    const forBob = await call('POST', '/api/v1/tokens', { userId: bob.id, readOnly: false }, bearer(ann.token));
    expect(forBob.status).toBe(400);
    expect(forBob.body.error.code).toBe('C981_ERR_VALIDATION');

    // Ann's token reaches "plant" only: what it creates reaches no further.
    const wider = await call('POST', '/api/v1/tokens', { readOnly: false, sites: ['other'] }, bearer(ann.token));
    expect(wider.status).toBe(403);
    const inherited = await call('POST', '/api/v1/tokens', { readOnly: false }, bearer(ann.token));
    expect(inherited.status).toBe(201);
    expect(inherited.body.sites).toEqual(['plant']);

    // Sites the user is not a member of are refused by the service (a token narrows, never widens).
    const notMember = await call('POST', '/api/v1/tokens', { readOnly: false, sites: ['other'] }, bearer(bob.token));
    expect(notMember.status).toBe(400);
  });

  it('refuses read-only tokens minting or revoking tokens (403)', async () => {
    await seed();
    const ro = await buildUser(ctx.db, 'org-admin', { readOnly: true });
    const res = await call('POST', '/api/v1/tokens', { readOnly: true }, bearer(ro.token));
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('C981_ERR_FORBIDDEN');
    const list = await call('GET', '/api/v1/tokens', undefined, bearer(ro.token));
    expect(list.status).toBe(200);
    const own = list.body.items[0].id as string;
    expect((await call('DELETE', `/api/v1/tokens/${own}`, undefined, bearer(ro.token))).status).toBe(403);
  });

  it('revokes the caller’s token, which stops working at once', async () => {
    await seed();
    const ann = await buildUser(ctx.db, { plant: 'viewer' });
    const created = await call('POST', '/api/v1/tokens', { readOnly: false }, bearer(ann.token));
    const secret = created.body.token as string;
    expect((await call('GET', '/api/v1/sites/plant', undefined, bearer(secret))).status).toBe(200);

    const revoked = await call('DELETE', `/api/v1/tokens/${created.body.id as string}`, undefined, bearer(ann.token));
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ id: created.body.id, revokedAt: expect.any(String) });
    await expectNoHashes(revoked);
    const after = await call('GET', '/api/v1/sites/plant', undefined, bearer(secret));
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('C981_ERR_UNAUTHENTICATED');
    // Idempotent, and a token may revoke itself.
    expect(
      (await call('DELETE', `/api/v1/tokens/${created.body.id as string}`, undefined, bearer(ann.token))).status,
    ).toBe(200);
  });

  it('answers 404 for another user’s token, which org-admins may still revoke', async () => {
    await seed();
    const ann = await buildUser(ctx.db, { plant: 'site-admin' });
    const bob = await buildUser(ctx.db, { plant: 'viewer' });
    const bobs = await call('POST', '/api/v1/tokens', { readOnly: false }, bearer(bob.token));
    const url = `/api/v1/tokens/${bobs.body.id as string}`;

    const byAnn = await call('DELETE', url, undefined, bearer(ann.token));
    expect(byAnn.status).toBe(404);
    expect(byAnn.body.error.code).toBe('C981_ERR_NOT_FOUND');
    expect((await call('DELETE', '/api/v1/tokens/no-such-token', undefined, bearer(ann.token))).status).toBe(404);
    expect((await call('GET', '/api/v1/sites/plant', undefined, bearer(bobs.body.token as string))).status).toBe(200);

    const byOrgAdmin = await call('DELETE', url);
    expect(byOrgAdmin.status).toBe(200);
    expect((await call('GET', '/api/v1/sites/plant', undefined, bearer(bobs.body.token as string))).status).toBe(401);
  });

  it('tells the local operator, who has no account, to create tokens for a user', async () => {
    const err = await createOwnToken(ctx.db, LOCAL_ACTOR, { readOnly: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'C981_ERR_VALIDATION', status: 400 });
  });
});
