// DESIGN §5: when `serve` starts with an empty user table, C981_ADMIN_EMAIL and
// C981_ADMIN_PASSWORD create the first org-admin, so a fresh installation can be administered
// without shell access to the database.
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../errors.js';
import { countUsers } from './users.repository.js';
import { createUser } from './users.service.js';
import type { UserView } from './users.mapper.js';

/** Recorded as the author of the first account in the audit trail. */
export const FIRST_ADMIN_ACTOR: Actor = { id: 'system:first-admin', kind: 'local', name: 'First-admin bootstrap' };

export type AdminEnv = Partial<Record<'C981_ADMIN_EMAIL' | 'C981_ADMIN_PASSWORD' | 'C981_ADMIN_NAME', string>>;

/**
 * Creates the first org-admin from the environment when there are no users yet; returns it, or
 * null when nothing was done. Throws (naming the variable, never its value) when the variables
 * are half set or the password breaks the policy, so a server does not start without its admin.
 */
export async function ensureFirstAdmin(db: Db, env: AdminEnv = process.env): Promise<UserView | null> {
  const email = env.C981_ADMIN_EMAIL || undefined;
  const password = env.C981_ADMIN_PASSWORD || undefined;
  if (email === undefined && password === undefined) return null;
  if ((await countUsers(db.kysely)) > 0) return null;
  if (email === undefined || password === undefined)
    throw new AppError(
      'C981_ERR_VALIDATION',
      `${email === undefined ? 'C981_ADMIN_EMAIL' : 'C981_ADMIN_PASSWORD'} is not set; set both C981_ADMIN_EMAIL and C981_ADMIN_PASSWORD to create the first org-admin`,
    );
  try {
    return await createUser(db, FIRST_ADMIN_ACTOR, {
      email,
      name: env.C981_ADMIN_NAME || 'Administrator',
      password,
      party: 'asset-owner',
      orgRole: 'org-admin',
    });
  } catch (err) {
    // Another server process sharing the database created it first.
    if (err instanceof AppError && err.code === 'C981_ERR_CONFLICT') return null;
    if (err instanceof AppError && err.code === 'C981_ERR_VALIDATION')
      throw new AppError(
        'C981_ERR_VALIDATION',
        `cannot create the first org-admin from C981_ADMIN_EMAIL/C981_ADMIN_PASSWORD: ${err.message}`,
        err.details,
      );
    throw err;
  }
}
