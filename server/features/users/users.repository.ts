// Plain reads and writes of `users` and `site_members`; services own the transactions.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { SiteMembershipDoc, SiteRole } from '../../../core/schemas/accounts.js';
import { chunks, insertMany, type Queryable } from '../../db/batch.js';
import type { UsersTable } from '../../db/schema.js';

export type UserRow = Selectable<UsersTable>;

/** Addresses are stored lowercased and compared case-insensitively: people type them in any case. */
export const normaliseEmail = (email: string): string => email.toLowerCase();

/** The row (with the password hash, for sign-in) of the user with this address. */
export async function findUserRowByEmail(db: Queryable, email: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['email']), '=', normaliseEmail(email)))
    .executeTakeFirst();
}

export async function findUserRowById(db: Queryable, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listUserRows(db: Queryable, limit: number, afterEmail?: string): Promise<UserRow[]> {
  let q = db.selectFrom('users').selectAll().orderBy('email').limit(limit);
  if (afterEmail !== undefined) q = q.where('email', '>', afterEmail);
  return q.execute();
}

export async function countUsers(db: Queryable): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countActiveOrgAdmins(db: Queryable): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('org_role', '=', 'org-admin')
    .where('disabled', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertUser(db: Queryable, row: Insertable<UsersTable>): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

export async function updateUser(db: Queryable, id: string, set: Updateable<UsersTable>): Promise<void> {
  await db.updateTable('users').set(set).where('id', '=', id).execute();
}

/** Site roles per user id (unordered: the mapper sorts them). */
export async function membershipsOf(
  db: Queryable,
  userIds: readonly string[],
): Promise<Map<string, SiteMembershipDoc[]>> {
  const out = new Map<string, SiteMembershipDoc[]>(userIds.map((id) => [id, []]));
  for (const ids of chunks(userIds)) {
    if (ids.length === 0) continue;
    const rows = await db.selectFrom('site_members').selectAll().where('user_id', 'in', ids).execute();
    for (const r of rows) out.get(r.user_id)?.push({ site: r.site_id, role: r.role as SiteRole });
  }
  return out;
}

export async function siteRoleOf(db: Queryable, userId: string, siteId: string): Promise<SiteRole | null> {
  const row = await db
    .selectFrom('site_members')
    .select('role')
    .where('user_id', '=', userId)
    .where('site_id', '=', siteId)
    .executeTakeFirst();
  return row ? (row.role as SiteRole) : null;
}

export async function insertMemberships(
  db: Queryable,
  userId: string,
  sites: readonly SiteMembershipDoc[],
): Promise<void> {
  await insertMany(
    db,
    'site_members',
    sites.map((s) => ({ site_id: s.site, user_id: userId, role: s.role })),
  );
}

export async function upsertMembership(db: Queryable, userId: string, siteId: string, role: SiteRole): Promise<void> {
  await db
    .insertInto('site_members')
    .values({ site_id: siteId, user_id: userId, role })
    .onConflict((oc) => oc.columns(['site_id', 'user_id']).doUpdateSet({ role }))
    .execute();
}

export async function deleteMembership(db: Queryable, userId: string, siteId: string): Promise<void> {
  await db.deleteFrom('site_members').where('user_id', '=', userId).where('site_id', '=', siteId).execute();
}

/** Which of these site ids exist. */
export async function existingSites(db: Queryable, ids: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const part of chunks(ids)) {
    if (part.length === 0) continue;
    const rows = await db.selectFrom('sites').select('id').where('id', 'in', part).execute();
    for (const r of rows) out.add(r.id);
  }
  return out;
}
