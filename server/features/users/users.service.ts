// Local user accounts (issue #4): created by an administrator or the CLI, with a party, an
// optional organization role and roles per site. Who may call these is the auth layer's
// business; every change is recorded in the audit trail without the password or its hash.
import { randomBytes } from 'node:crypto';
import {
  PasswordSet,
  SiteRoleSet,
  UserCreate,
  type SiteRole,
  type UserCreateBody,
} from '../../../core/schemas/accounts.js';
import type { Issue } from '../../../core/sitefile/issue.js';
import type { Actor } from '../../actor.js';
import type { Queryable } from '../../db/batch.js';
import type { Db } from '../../db/connection.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import { AppError, notFound } from '../../errors.js';
import { validate } from '../../validation.js';
import { recordAudit } from '../audit/audit.repository.js';
import { decodeCursor, pageLimit, toPage, type Page, type PageQuery } from '../pagination.js';
import { nowIso, requireSite, throwIfIssues } from '../site-refs.js';
import { passwordProblems, type PasswordOwner } from './password-policy.js';
import { hashPassword } from './passwords.js';
import { userFromRow, type UserView } from './users.mapper.js';
import { endUserSessions } from '../auth/sessions.js';
import * as repo from './users.repository.js';

/** `u_` and 80 random bits: not guessable from the address, and never reused. */
const newUserId = (): string => `u_${randomBytes(10).toString('hex')}`;

async function view(db: Queryable, row: repo.UserRow): Promise<UserView> {
  return userFromRow(row, (await repo.membershipsOf(db, [row.id])).get(row.id) ?? []);
}

async function requireUser(db: Queryable, userId: string): Promise<repo.UserRow> {
  const row = await repo.findUserRowById(db, userId);
  if (!row) throw notFound('user', userId);
  return row;
}

/** Throws C981_ERR_VALIDATION naming every password rule broken (never the password). */
function checkPassword(password: string, owner: PasswordOwner): void {
  throwIfIssues(passwordProblems(password, owner).map((message) => ({ path: ['password'], message })));
}

const conflictOnDuplicate =
  (email: string) =>
  (err: unknown): never => {
    if (isUniqueViolation(err)) throw new AppError('C981_ERR_CONFLICT', `a user with email "${email}" already exists`);
    throw err;
  };

export async function createUser(db: Db, actor: Actor, body: unknown): Promise<UserView> {
  const input = await validate<UserCreateBody>(UserCreate, body);
  const email = repo.normaliseEmail(input.email);
  const sites = input.sites ?? [];
  const issues: Issue[] = passwordProblems(input.password, { email, name: input.name }).map((message) => ({
    path: ['password'],
    message,
  }));
  const seen = new Set<string>();
  sites.forEach((s, i) => {
    if (seen.has(s.site)) issues.push({ path: ['sites', i, 'site'], message: `site "${s.site}" is listed twice` });
    seen.add(s.site);
  });
  throwIfIssues(issues);
  // Hashing takes tens of milliseconds on purpose: do it before the transaction holds locks.
  const passwordHash = await hashPassword(input.password);
  const id = newUserId();
  const now = nowIso();
  return db.kysely
    .transaction()
    .execute(async (trx) => {
      if (await repo.findUserRowByEmail(trx, email))
        throw new AppError('C981_ERR_CONFLICT', `a user with email "${email}" already exists`);
      const existing = await repo.existingSites(trx, [...seen]);
      throwIfIssues(
        sites.flatMap((s, i) =>
          existing.has(s.site) ? [] : [{ path: ['sites', i, 'site'], message: `site "${s.site}" does not exist` }],
        ),
      );
      const row: repo.UserRow = {
        id,
        email,
        name: input.name,
        password_hash: passwordHash,
        party: input.party,
        company: input.company ?? null,
        org_role: input.orgRole ?? null,
        disabled: 0,
        failed_logins: 0,
        locked_until: null,
        created_at: now,
        updated_at: now,
      };
      await repo.insertUser(trx, row);
      await repo.insertMemberships(trx, id, sites);
      const created = {
        email,
        name: input.name,
        party: input.party,
        company: input.company ?? null,
        orgRole: input.orgRole ?? null,
      };
      await recordAudit(trx, actor, { action: 'user.create', entity: 'user', entityId: id, detail: created });
      // One record per site as well, so each site's own trail shows who was given access.
      for (const s of sites)
        await recordAudit(trx, actor, {
          action: 'user.set-site-role',
          siteId: s.site,
          entity: 'user',
          entityId: id,
          detail: { email, before: null, after: s.role },
        });
      return userFromRow(row, sites);
    })
    .catch(conflictOnDuplicate(email));
}

export async function getUser(db: Db, _actor: Actor, userId: string): Promise<UserView> {
  return view(db.kysely, await requireUser(db.kysely, userId));
}

/** The user with this address (any case); C981_ERR_NOT_FOUND when there is none. */
export async function getUserByEmail(db: Db, _actor: Actor, email: string): Promise<UserView> {
  const row = await repo.findUserRowByEmail(db.kysely, email);
  if (!row) throw notFound('user', email);
  return view(db.kysely, row);
}

/** Users in address order, with their site roles. */
export async function listUsers(db: Db, _actor: Actor, q: PageQuery): Promise<Page<UserView>> {
  const limit = pageLimit(q.limit);
  const after = decodeCursor(q.cursor, 1);
  const rows = await repo.listUserRows(db.kysely, limit + 1, after ? String(after[0]) : undefined);
  const sites = await repo.membershipsOf(
    db.kysely,
    rows.slice(0, limit).map((r) => r.id),
  );
  return toPage(
    rows,
    limit,
    (r) => userFromRow(r, sites.get(r.id) ?? []),
    (r) => [r.email],
  );
}

/** Gives the user a role on the site, changes it, or (role null) removes the user from the site. */
export async function setSiteRole(
  db: Db,
  actor: Actor,
  userId: string,
  siteId: string,
  role: SiteRole | null,
): Promise<UserView> {
  const { role: wanted } = await validate<{ role: SiteRole | null }>(SiteRoleSet, { role });
  return db.kysely.transaction().execute(async (trx) => {
    const row = await requireUser(trx, userId);
    await requireSite(trx, siteId);
    const before = await repo.siteRoleOf(trx, userId, siteId);
    if (before === wanted) return view(trx, row);
    if (wanted === null) await repo.deleteMembership(trx, userId, siteId);
    else await repo.upsertMembership(trx, userId, siteId, wanted);
    await repo.updateUser(trx, userId, { updated_at: nowIso() });
    await recordAudit(trx, actor, {
      action: 'user.set-site-role',
      siteId,
      entity: 'user',
      entityId: userId,
      detail: { email: row.email, before, after: wanted },
    });
    return view(trx, row);
  });
}

/**
 * Replaces the password. Also clears a sign-in lockout and ends the user's sessions: whoever
 * held the old password must not stay signed in (OWASP session management).
 */
export async function setPassword(db: Db, actor: Actor, userId: string, password: string): Promise<void> {
  await validate(PasswordSet, { password });
  const row = await requireUser(db.kysely, userId);
  checkPassword(password, { email: row.email, name: row.name });
  const passwordHash = await hashPassword(password);
  await db.kysely.transaction().execute(async (trx) => {
    await requireUser(trx, userId);
    await repo.updateUser(trx, userId, {
      password_hash: passwordHash,
      failed_logins: 0,
      locked_until: null,
      updated_at: nowIso(),
    });
    await endUserSessions(trx, userId);
    await recordAudit(trx, actor, {
      action: 'user.set-password',
      entity: 'user',
      entityId: userId,
      detail: { email: row.email },
    });
  });
}

/**
 * Disables the account and ends its sessions; the row stays, so the audit trail keeps naming
 * a real user. The last active org-admin cannot be disabled: nobody could administer the
 * organization afterwards.
 */
export async function disableUser(db: Db, actor: Actor, userId: string): Promise<UserView> {
  return db.kysely.transaction().execute(async (trx) => {
    const row = await requireUser(trx, userId);
    if (row.disabled !== 0) return view(trx, row);
    if (row.org_role === 'org-admin' && (await repo.countActiveOrgAdmins(trx)) <= 1)
      throw new AppError('C981_ERR_CONFLICT', `"${row.email}" is the last active org-admin and cannot be disabled`);
    await repo.updateUser(trx, userId, { disabled: 1, updated_at: nowIso() });
    await endUserSessions(trx, userId);
    await recordAudit(trx, actor, {
      action: 'user.disable',
      entity: 'user',
      entityId: userId,
      detail: { email: row.email },
    });
    return view(trx, { ...row, disabled: 1 });
  });
}
