// Sign-in with email and password: lockout after repeated failures, every attempt audited,
// never the password itself.
import { verifyPassword } from '../users/passwords.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../errors.js';
import { recordAudit } from '../audit/audit.repository.js';
import { createSession, sessionLimits, type NewSession } from './sessions.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

// Verifying against a real hash when the email is unknown keeps the response time the same,
// so timing does not tell which addresses have accounts.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$eljoGSwi5VrcUvumx+uYOw$Q8ZyZAb29eA39Zj3KXVIFa1w4f0cKfnH6ZxYIfQyQTw';

const denied = () => new AppError('C981_ERR_UNAUTHENTICATED', 'email or password is wrong');

export async function login(
  db: Db,
  email: string,
  password: string,
  sourceIp: string | null,
): Promise<NewSession & { userId: string }> {
  const user = await db.kysely
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  const anonymous: Actor = {
    id: `anonymous:${email.slice(0, 100)}`,
    kind: 'user',
    name: 'anonymous',
    ...(sourceIp ? { sourceIp } : {}),
  };
  if (!user || user.disabled !== 0) {
    await verifyPassword(DUMMY_HASH, password);
    await db.kysely.transaction().execute((trx) =>
      recordAudit(trx, anonymous, {
        action: 'user.login-failed',
        entity: 'user',
        detail: { email, reason: user ? 'disabled' : 'unknown email' },
      }),
    );
    throw denied();
  }
  const actor: Actor = { id: user.id, kind: 'user', name: user.name, ...(sourceIp ? { sourceIp } : {}) };
  const now = new Date();
  if (user.locked_until !== null && user.locked_until > now.toISOString())
    throw new AppError('C981_ERR_LOCKED', `too many failed sign-ins: the account is locked until ${user.locked_until}`);
  if (!(await verifyPassword(user.password_hash, password))) {
    const failures = user.failed_logins + 1;
    const lock =
      failures >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString() : null;
    await db.kysely.transaction().execute(async (trx) => {
      await trx
        .updateTable('users')
        .set({ failed_logins: lock ? 0 : failures, locked_until: lock })
        .where('id', '=', user.id)
        .execute();
      await recordAudit(trx, actor, {
        action: 'user.login-failed',
        entity: 'user',
        entityId: user.id,
        detail: { failures },
      });
      if (lock)
        await recordAudit(trx, actor, {
          action: 'user.locked',
          entity: 'user',
          entityId: user.id,
          detail: { until: lock },
        });
    });
    throw lock
      ? new AppError('C981_ERR_LOCKED', `too many failed sign-ins: the account is locked until ${lock}`)
      : denied();
  }
  return db.kysely.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', user.id).execute();
    const session = await createSession(trx, user.id, sourceIp, sessionLimits(), now);
    await recordAudit(trx, actor, { action: 'user.login', entity: 'user', entityId: user.id });
    return { ...session, userId: user.id };
  });
}
