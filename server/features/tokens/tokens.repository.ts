// Account lookups the token feature needs. They read `users` and `site_members` directly so
// that tokens do not depend on the users feature.
import type { Queryable } from '../../db/batch.js';
import { notFound } from '../../errors.js';

export interface TokenOwner {
  id: string;
  email: string;
  orgAdmin: boolean;
  disabled: boolean;
}

async function ownerWhere(db: Queryable, column: 'id' | 'email', value: string): Promise<TokenOwner | undefined> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'email', 'org_role', 'disabled'])
    // People type addresses in any case; an exact match wins should two rows differ only in case.
    .where((eb) =>
      column === 'email' ? eb(eb.fn('lower', ['email']), '=', value.toLowerCase()) : eb('id', '=', value),
    )
    .limit(2)
    .execute();
  const row = rows.length > 1 ? rows.find((r) => r[column] === value) : rows[0];
  return row && { id: row.id, email: row.email, orgAdmin: row.org_role === 'org-admin', disabled: row.disabled !== 0 };
}

export async function requireOwner(db: Queryable, userId: string): Promise<TokenOwner> {
  const owner = await ownerWhere(db, 'id', userId);
  if (!owner) throw notFound('user', userId);
  return owner;
}

/** The CLI names users by e-mail address (DESIGN §5 `c981 token create --email`). */
export async function requireOwnerByEmail(db: Queryable, email: string): Promise<TokenOwner> {
  const owner = await ownerWhere(db, 'email', email);
  if (!owner) throw notFound('user', email);
  return owner;
}

/** Of the given sites, those that exist and those the user is a member of. */
export async function siteAccess(
  db: Queryable,
  userId: string,
  siteIds: readonly string[],
): Promise<{ existing: Set<string>; member: Set<string> }> {
  const [sites, members] = await Promise.all([
    db.selectFrom('sites').select('id').where('id', 'in', siteIds).execute(),
    db
      .selectFrom('site_members')
      .select('site_id')
      .where('user_id', '=', userId)
      .where('site_id', 'in', siteIds)
      .execute(),
  ]);
  return { existing: new Set(sites.map((s) => s.id)), member: new Set(members.map((m) => m.site_id)) };
}

/** Whose token this is; undefined when there is no such token. */
export async function tokenOwnerId(db: Queryable, tokenId: string): Promise<string | undefined> {
  const row = await db.selectFrom('api_tokens').select('user_id').where('id', '=', tokenId).executeTakeFirst();
  return row?.user_id;
}
