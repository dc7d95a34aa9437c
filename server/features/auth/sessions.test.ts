import { expect, it } from 'vitest';
import { forEachDialect } from '../../../test/dialects.js';
import { createSession, endSession, endUserSessions, resolveSession } from './sessions.js';

const LIMITS = { idleMinutes: 30, absoluteHours: 12 };
const at = (iso: string) => new Date(iso);

forEachDialect('sessions', (ctx) => {
  async function user(id = 'u_1') {
    const now = new Date().toISOString();
    await ctx.db.kysely
      .insertInto('users')
      .values({
        id,
        email: `${id}@example.com`,
        name: id,
        password_hash: 'x',
        party: 'asset-owner',
        company: null,
        org_role: null,
        disabled: 0,
        failed_logins: 0,
        locked_until: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return id;
  }

  it('resolves a live session and stores only the hash of its secret', async () => {
    const s = await createSession(ctx.db.kysely, await user(), '127.0.0.1', LIMITS, at('2026-11-25T08:00:00Z'));
    expect(await resolveSession(ctx.db.kysely, s.secret, LIMITS, at('2026-11-25T08:10:00Z'))).toEqual({
      userId: 'u_1',
      csrfToken: s.csrfToken,
    });
    const rows = await ctx.db.kysely.selectFrom('sessions').selectAll().execute();
    expect(rows[0]?.id_hash).not.toContain(s.secret);
    expect(await resolveSession(ctx.db.kysely, `${s.secret}x`, LIMITS, at('2026-11-25T08:10:00Z'))).toBeNull();
  });

  it('ends a session after the idle timeout, even within its lifetime', async () => {
    const s = await createSession(ctx.db.kysely, await user(), null, LIMITS, at('2026-11-25T08:00:00Z'));
    expect(await resolveSession(ctx.db.kysely, s.secret, LIMITS, at('2026-11-25T08:25:00Z'))).not.toBeNull();
    // Activity at 08:25 moved the idle deadline to 08:55.
    expect(await resolveSession(ctx.db.kysely, s.secret, LIMITS, at('2026-11-25T08:50:00Z'))).not.toBeNull();
    expect(await resolveSession(ctx.db.kysely, s.secret, LIMITS, at('2026-11-25T09:30:00Z'))).toBeNull();
    expect(await ctx.db.kysely.selectFrom('sessions').selectAll().execute()).toEqual([]);
  });

  it('ends a session at its absolute lifetime however active it is', async () => {
    const s = await createSession(ctx.db.kysely, await user(), null, LIMITS, at('2026-11-25T08:00:00Z'));
    // Active every 20 minutes, so the idle timeout never fires.
    for (let m = 20; m < 12 * 60; m += 20) {
      const t = new Date(Date.parse('2026-11-25T08:00:00Z') + m * 60_000);
      expect(await resolveSession(ctx.db.kysely, s.secret, LIMITS, t)).not.toBeNull();
    }
    expect(await resolveSession(ctx.db.kysely, s.secret, LIMITS, at('2026-11-25T20:00:01Z'))).toBeNull();
  });

  it('ends one session, or all of a user', async () => {
    const id = await user();
    const a = await createSession(ctx.db.kysely, id, null, LIMITS);
    const b = await createSession(ctx.db.kysely, id, null, LIMITS);
    await endSession(ctx.db.kysely, a.secret);
    expect(await resolveSession(ctx.db.kysely, a.secret, LIMITS)).toBeNull();
    expect(await resolveSession(ctx.db.kysely, b.secret, LIMITS)).not.toBeNull();
    await endUserSessions(ctx.db.kysely, id);
    expect(await resolveSession(ctx.db.kysely, b.secret, LIMITS)).toBeNull();
  });
});
