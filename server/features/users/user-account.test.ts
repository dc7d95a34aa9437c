import { expect, it } from 'vitest';
import { LOCAL_ACTOR } from '../../actor.js';
import { forEachDialect } from '../../../test/dialects.js';
import { AppError } from '../../errors.js';
import { verifyPassword } from './passwords.js';
import * as users from './users.service.js';

const user = (email: string, over: Record<string, unknown> = {}) => ({
  email,
  name: 'Test Person',
  password: 'violet-kettle-harbour-42',
  party: 'system-integrator',
  ...over,
});

async function failure(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

forEachDialect('user passwords and disabling', (ctx) => {
  const row = (id: string) =>
    ctx.db.kysely.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const addSession = (userId: string) =>
    ctx.db.kysely
      .insertInto('sessions')
      .values({
        id_hash: `h-${userId}`,
        user_id: userId,
        csrf_token: 'c',
        created_at: '2026-01-01T00:00:00Z',
        last_seen_at: '2026-01-01T00:00:00Z',
        expires_at: '2099-01-01T00:00:00Z',
        source_ip: null,
      })
      .execute();
  const sessions = () => ctx.db.kysely.selectFrom('sessions').selectAll().execute();

  it('sets a new password, clears a lockout and ends the sessions, auditing without secrets', async () => {
    const { id } = await users.createUser(ctx.db, LOCAL_ACTOR, user('ops@example.com'));
    await ctx.db.kysely.updateTable('users').set({ failed_logins: 5, locked_until: '2099-01-01T00:00:00Z' }).execute();
    await addSession(id);
    await users.setPassword(ctx.db, LOCAL_ACTOR, id, 'amber-lantern-quarry-7');
    const after = await row(id);
    expect(await verifyPassword(after.password_hash, 'amber-lantern-quarry-7')).toBe(true);
    expect(await verifyPassword(after.password_hash, 'violet-kettle-harbour-42')).toBe(false);
    expect(after).toMatchObject({ failed_logins: 0, locked_until: null });
    expect(await sessions()).toEqual([]);
    const audit = await ctx.db.kysely
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'user.set-password')
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toMatch(/amber-lantern|argon2/);

    const weak = await failure(users.setPassword(ctx.db, LOCAL_ACTOR, id, 'ops-example-1'));
    expect(weak.details?.map((d) => d.message)).toEqual([expect.stringMatching(/your email address/)]);
    expect((await failure(users.setPassword(ctx.db, LOCAL_ACTOR, 'u_nobody', 'amber-lantern-quarry-7'))).code).toBe(
      'C981_ERR_NOT_FOUND',
    );
  });

  it('disables a user once, ends its sessions, and keeps the last active org-admin', async () => {
    const admin = await users.createUser(ctx.db, LOCAL_ACTOR, user('admin@example.com', { orgRole: 'org-admin' }));
    const other = await users.createUser(ctx.db, LOCAL_ACTOR, user('other@example.com'));
    await addSession(other.id);
    expect((await users.disableUser(ctx.db, LOCAL_ACTOR, other.id)).disabled).toBe(true);
    expect((await users.disableUser(ctx.db, LOCAL_ACTOR, other.id)).disabled).toBe(true);
    expect(await sessions()).toEqual([]);
    const disables = await ctx.db.kysely
      .selectFrom('audit_events')
      .select('entity_id')
      .where('action', '=', 'user.disable')
      .execute();
    expect(disables).toEqual([{ entity_id: other.id }]);

    const last = await failure(users.disableUser(ctx.db, LOCAL_ACTOR, admin.id));
    expect(last.code).toBe('C981_ERR_CONFLICT');
    const second = await users.createUser(ctx.db, LOCAL_ACTOR, user('admin2@example.com', { orgRole: 'org-admin' }));
    expect((await users.disableUser(ctx.db, LOCAL_ACTOR, admin.id)).disabled).toBe(true);
    expect((await failure(users.disableUser(ctx.db, LOCAL_ACTOR, second.id))).code).toBe('C981_ERR_CONFLICT');
  });
});
