import { expect, it } from 'vitest';
import { LOCAL_ACTOR } from '../../actor.js';
import { forEachDialect } from '../../../test/dialects.js';
import { AppError } from '../../errors.js';
import { createSite } from '../sites/sites.service.js';
import { verifyPassword } from './passwords.js';
import * as users from './users.service.js';

const PASSWORD = 'violet-kettle-harbour-42';

const alice = (over: Record<string, unknown> = {}) => ({
  email: 'Alice.Meier@Example.com',
  name: 'Alice Meier',
  password: PASSWORD,
  party: 'asset-owner',
  ...over,
});

/** The AppError a promise rejects with. */
async function failure(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

forEachDialect('users service', (ctx) => {
  const sites = async (...ids: string[]) => {
    for (const id of ids) await createSite(ctx.db, LOCAL_ACTOR, { id, name: id });
  };
  const auditRows = () => ctx.db.kysely.selectFrom('audit_events').selectAll().orderBy('seq').execute();

  it('creates a user with a lowercased address, site roles and an argon2id hash', async () => {
    await sites('basel', 'zug');
    const created = await users.createUser(
      ctx.db,
      LOCAL_ACTOR,
      alice({
        company: 'Acme Pharma',
        sites: [
          { site: 'zug', role: 'viewer' },
          { site: 'basel', role: 'approver' },
        ],
      }),
    );
    expect(created).toEqual({
      id: expect.stringMatching(/^u_[0-9a-f]{20}$/),
      email: 'alice.meier@example.com',
      name: 'Alice Meier',
      party: 'asset-owner',
      company: 'Acme Pharma',
      orgRole: null,
      sites: [
        { site: 'basel', role: 'approver' },
        { site: 'zug', role: 'viewer' },
      ],
      disabled: false,
    });
    expect(await users.getUserByEmail(ctx.db, LOCAL_ACTOR, 'ALICE.MEIER@example.COM')).toEqual(created);
    expect(await users.getUser(ctx.db, LOCAL_ACTOR, created.id)).toEqual(created);
    const row = await ctx.db.kysely.selectFrom('users').selectAll().executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
    expect(await verifyPassword(row.password_hash, PASSWORD)).toBe(true);
    expect(await verifyPassword(row.password_hash, `${PASSWORD}x`)).toBe(false);
  });

  it('records the creation and each site grant in the audit trail, without the password or its hash', async () => {
    await sites('basel');
    const created = await users.createUser(
      ctx.db,
      LOCAL_ACTOR,
      alice({ orgRole: 'org-admin', sites: [{ site: 'basel', role: 'site-admin' }] }),
    );
    const rows = (await auditRows()).filter((r) => r.entity === 'user');
    expect(rows.map((r) => [r.action, r.site_id, r.entity_id])).toEqual([
      ['user.create', null, created.id],
      ['user.set-site-role', 'basel', created.id],
    ]);
    expect(JSON.parse(rows[0]?.detail ?? 'null')).toEqual({
      email: 'alice.meier@example.com',
      name: 'Alice Meier',
      party: 'asset-owner',
      company: null,
      orgRole: 'org-admin',
    });
    const hash = (await ctx.db.kysely.selectFrom('users').select('password_hash').executeTakeFirstOrThrow())
      .password_hash;
    const everything = JSON.stringify(await auditRows());
    expect(everything).not.toContain(PASSWORD);
    expect(everything).not.toContain(hash);
    expect(everything).not.toContain('argon2');
  });

  it('answers 409 for an address already taken, in any case', async () => {
    await users.createUser(ctx.db, LOCAL_ACTOR, alice());
    const err = await failure(users.createUser(ctx.db, LOCAL_ACTOR, alice({ email: 'alice.meier@EXAMPLE.com' })));
    expect(err.code).toBe('C981_ERR_CONFLICT');
    expect(err.status).toBe(409);
    expect(await ctx.db.kysely.selectFrom('users').selectAll().execute()).toHaveLength(1);
  });

  it('answers 409, not 500, when two requests create the same address at once', async () => {
    const results = await Promise.allSettled([
      users.createUser(ctx.db, LOCAL_ACTOR, alice({ email: 'same@example.com' })),
      users.createUser(ctx.db, LOCAL_ACTOR, alice({ email: 'same@example.com' })),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r) => r.status === 'rejected');
    expect((rejected as PromiseRejectedResult).reason).toMatchObject({ code: 'C981_ERR_CONFLICT' });
  });

  it('answers 400 for a bad address, party, role or site and writes nothing', async () => {
    await sites('basel');
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ email: 'alice' }, 'email', /email address/],
      [{ party: 'vendor' }, 'party', /party must be one of asset-owner, system-integrator/],
      [{ orgRole: 'admin' }, 'orgRole', /must be one of org-admin/],
      [{ sites: [{ site: 'basel', role: 'owner' }] }, 'sites[0].role', /site role must be one of viewer/],
      [{ sites: [{ site: 'nowhere', role: 'viewer' }] }, 'sites[0].site', /site "nowhere" does not exist/],
      [
        {
          sites: [
            { site: 'basel', role: 'viewer' },
            { site: 'basel', role: 'approver' },
          ],
        },
        'sites[1].site',
        /listed twice/,
      ],
      [{ token: 'x' }, 'token', /unknown key "token"/],
    ];
    for (const [over, path, message] of cases) {
      const err = await failure(users.createUser(ctx.db, LOCAL_ACTOR, alice(over)));
      expect(err.code).toBe('C981_ERR_VALIDATION');
      expect(err.status).toBe(400);
      expect(err.details?.[0]).toMatchObject({ path, message: expect.stringMatching(message) });
    }
    expect(await ctx.db.kysely.selectFrom('users').selectAll().execute()).toEqual([]);
    expect(await ctx.db.kysely.selectFrom('site_members').selectAll().execute()).toEqual([]);
  });

  it('refuses weak passwords naming every rule broken, never the password', async () => {
    for (const [password, messages] of [
      ['short-1', [/at least 12 characters; got 7/]],
      ['Password-1234', [/commonly used/]],
      ['alice.meier-2026', [/your email address/, /your name/]],
      ['meier-and-the-sea', [/your name/]],
    ] as const) {
      const err = await failure(users.createUser(ctx.db, LOCAL_ACTOR, alice({ password })));
      expect(err.code).toBe('C981_ERR_VALIDATION');
      expect(err.details?.map((d) => d.path)).toEqual(messages.map(() => 'password'));
      messages.forEach((m, i) => expect(err.details?.[i]?.message).toMatch(m));
      expect(JSON.stringify(err.toJSON())).not.toContain(password);
    }
    expect(await ctx.db.kysely.selectFrom('users').selectAll().execute()).toEqual([]);
  });

  it('sets, changes and removes a site role, recording each change once', async () => {
    await sites('basel');
    const { id } = await users.createUser(ctx.db, LOCAL_ACTOR, alice());
    expect((await users.setSiteRole(ctx.db, LOCAL_ACTOR, id, 'basel', 'viewer')).sites).toEqual([
      { site: 'basel', role: 'viewer' },
    ]);
    expect((await users.setSiteRole(ctx.db, LOCAL_ACTOR, id, 'basel', 'assessor')).sites).toEqual([
      { site: 'basel', role: 'assessor' },
    ]);
    await users.setSiteRole(ctx.db, LOCAL_ACTOR, id, 'basel', 'assessor'); // unchanged: no record
    expect((await users.setSiteRole(ctx.db, LOCAL_ACTOR, id, 'basel', null)).sites).toEqual([]);
    const changes = (await auditRows()).filter((r) => r.action === 'user.set-site-role');
    expect(changes.map((r) => JSON.parse(r.detail ?? 'null'))).toEqual([
      { email: 'alice.meier@example.com', before: null, after: 'viewer' },
      { email: 'alice.meier@example.com', before: 'viewer', after: 'assessor' },
      { email: 'alice.meier@example.com', before: 'assessor', after: null },
    ]);
    expect(changes.every((r) => r.site_id === 'basel')).toBe(true);

    expect((await failure(users.setSiteRole(ctx.db, LOCAL_ACTOR, id, 'basel', 'boss' as never))).code).toBe(
      'C981_ERR_VALIDATION',
    );
    expect((await failure(users.setSiteRole(ctx.db, LOCAL_ACTOR, id, 'nowhere', 'viewer'))).code).toBe(
      'C981_ERR_NOT_FOUND',
    );
    expect((await failure(users.setSiteRole(ctx.db, LOCAL_ACTOR, 'u_nobody', 'basel', 'viewer'))).code).toBe(
      'C981_ERR_NOT_FOUND',
    );
  });

  it('lists users in address order with a cursor', async () => {
    for (const [email, name] of [
      ['carol@example.com', 'Carol Zeller'],
      ['alice@example.com', 'Alice Meier'],
      ['bob@example.com', 'Bob Roth'],
    ])
      await users.createUser(ctx.db, LOCAL_ACTOR, alice({ email, name }));
    const first = await users.listUsers(ctx.db, LOCAL_ACTOR, { limit: 2 });
    expect(first.items.map((u) => u.email)).toEqual(['alice@example.com', 'bob@example.com']);
    const rest = await users.listUsers(ctx.db, LOCAL_ACTOR, { limit: 2, cursor: first.nextCursor ?? '' });
    expect(rest).toMatchObject({ items: [{ email: 'carol@example.com', sites: [] }], nextCursor: null });
    expect((await failure(users.getUserByEmail(ctx.db, LOCAL_ACTOR, 'dave@example.com'))).code).toBe(
      'C981_ERR_NOT_FOUND',
    );
  });
});
