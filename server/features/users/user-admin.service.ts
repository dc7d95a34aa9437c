// Account administration as the API exposes it (issue #4). The route table cannot say "or the
// user themself", nor hide another site's memberships from a site-admin, so those checks live
// here; the plain operations stay in users.service.ts, which the CLI calls with full access.
import { can } from '../../../core/accounts/permissions.js';
import { PasswordChange, SiteRoleSet, type PasswordChangeBody, type SiteRole } from '../../../core/schemas/accounts.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { AppError, notFound } from '../../errors.js';
import { validate } from '../../validation.js';
import { recordAudit } from '../audit/audit.repository.js';
import { verifyPassword } from './passwords.js';
import type { UserView } from './users.mapper.js';
import { findUserRowById } from './users.repository.js';
import { getUser, setPassword, setSiteRole } from './users.service.js';

const isSelf = (actor: Actor, userId: string): boolean => actor.principal?.userId === userId;

/** Org-admins and the local operator. Read-only tokens are not: managing users is a write. */
const managesUsers = (actor: Actor): boolean => !actor.principal || can(actor.principal, 'user.manage');

/** A site-admin sees only the memberships of sites they can read: the others are not theirs to know. */
function visibleTo(actor: Actor, user: UserView): UserView {
  const p = actor.principal;
  if (!p || can(p, 'user.manage')) return user;
  return { ...user, sites: user.sites.filter((s) => can(p, 'site.read', s.site)) };
}

/**
 * 404 rather than 403 for someone else's account, as for objects of unreadable sites: whether an
 * id names an account is the user list's business, and that list is for org-admins.
 */
function requireSelfOrManager(actor: Actor, userId: string): void {
  if (!isSelf(actor, userId) && !managesUsers(actor)) throw notFound('user', userId);
}

/** One account: org-admins may read any, everyone else only their own. */
export async function readUser(db: Db, actor: Actor, userId: string): Promise<UserView> {
  requireSelfOrManager(actor, userId);
  return visibleTo(actor, await getUser(db, actor, userId));
}

/**
 * `{ role }` of PATCH /users/:id/sites/:site. Who may call it (org-admins, a site-admin of that
 * site) is the route table's 'member.manage' on `:site`.
 */
export async function setMemberRole(
  db: Db,
  actor: Actor,
  userId: string,
  siteId: string,
  body: unknown,
): Promise<UserView> {
  const { role } = await validate<{ role: SiteRole | null }>(SiteRoleSet, body);
  return visibleTo(actor, await setSiteRole(db, actor, userId, siteId, role));
}

/**
 * Users changing their own password must prove they know the current one, so a session left
 * open or a stolen token cannot take the account over (IEC 62443-4-2 CR 1.5, OWASP ASVS V2.1.6).
 * That holds for org-admins too; setting someone else's password is what needs the org-admin.
 */
export async function changePassword(db: Db, actor: Actor, userId: string, body: unknown): Promise<void> {
  if (actor.principal?.readOnly)
    throw new AppError('C981_ERR_FORBIDDEN', 'a read-only API token may not change passwords');
  requireSelfOrManager(actor, userId);
  const input = await validate<PasswordChangeBody>(PasswordChange, body);
  if (isSelf(actor, userId)) {
    if (input.currentPassword === undefined) {
      const message = 'give your current password to change it';
      throw new AppError('C981_ERR_VALIDATION', `currentPassword: ${message}`, [{ path: 'currentPassword', message }]);
    }
    const row = await findUserRowById(db.kysely, userId);
    if (!row) throw notFound('user', userId);
    if (!(await verifyPassword(row.password_hash, input.currentPassword))) {
      // A wrong guess is an access-control failure worth a trace (IEC 62443-3-3 SR 2.8).
      await db.kysely.transaction().execute((trx) =>
        recordAudit(trx, actor, {
          action: 'user.set-password-failed',
          entity: 'user',
          entityId: userId,
          detail: { email: row.email, reason: 'wrong current password' },
        }),
      );
      throw new AppError('C981_ERR_FORBIDDEN', 'the current password is wrong');
    }
  }
  await setPassword(db, actor, userId, input.password);
}
