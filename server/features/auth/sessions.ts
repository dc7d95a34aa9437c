// Browser sessions, stored in the database. The cookie holds a random secret; the table holds
// only its SHA-256, so a copy of the database does not hand out live sessions.
import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../../db/batch.js';

export interface SessionLimits {
  /** Inactivity after which a session ends. */
  idleMinutes: number;
  /** Lifetime after which a session ends whatever the activity. */
  absoluteHours: number;
}

export function sessionLimits(env: NodeJS.ProcessEnv = process.env): SessionLimits {
  const num = (v: string | undefined, d: number) => (v !== undefined && Number(v) > 0 ? Number(v) : d);
  return { idleMinutes: num(env.C981_SESSION_IDLE_MINUTES, 30), absoluteHours: num(env.C981_SESSION_MAX_HOURS, 12) };
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

export interface NewSession {
  secret: string;
  csrfToken: string;
  expiresAt: string;
}

export async function createSession(
  db: Queryable,
  userId: string,
  sourceIp: string | null,
  limits: SessionLimits,
  now = new Date(),
): Promise<NewSession> {
  const secret = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + limits.absoluteHours * 3_600_000).toISOString();
  await db
    .insertInto('sessions')
    .values({
      id_hash: sha256(secret),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: expiresAt,
      source_ip: sourceIp,
    })
    .execute();
  return { secret, csrfToken, expiresAt };
}

export interface ActiveSession {
  userId: string;
  csrfToken: string;
}

/** The live session for a cookie secret, or null; ended sessions are removed on sight. */
export async function resolveSession(
  db: Queryable,
  secret: string,
  limits: SessionLimits,
  now = new Date(),
): Promise<ActiveSession | null> {
  if (secret.length < 20 || secret.length > 100) return null;
  const idHash = sha256(secret);
  const row = await db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
  if (!row) return null;
  const idleLimit = new Date(row.last_seen_at).getTime() + limits.idleMinutes * 60_000;
  if (row.expires_at <= now.toISOString() || idleLimit <= now.getTime()) {
    await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    return null;
  }
  // Record activity at most once a minute: a busy page should not write on every request.
  if (now.getTime() - new Date(row.last_seen_at).getTime() > 60_000)
    await db.updateTable('sessions').set({ last_seen_at: now.toISOString() }).where('id_hash', '=', idHash).execute();
  return { userId: row.user_id, csrfToken: row.csrf_token };
}

export async function endSession(db: Queryable, secret: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', sha256(secret)).execute();
}

export async function endUserSessions(db: Queryable, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
