// Test principals: users with a role, each with an API token the test can send.
import type { SiteRole } from '../core/accounts/permissions.js';
import { LOCAL_ACTOR } from '../server/actor.js';
import type { Db } from '../server/db/connection.js';
import { createToken } from '../server/features/tokens/tokens.service.js';

let counter = 0;

export interface TestUser {
  id: string;
  email: string;
  token: string;
}

/** A user (org-admin, or with roles on sites) and a bearer token for it. */
export async function buildUser(
  db: Db,
  roles: 'org-admin' | Record<string, SiteRole>,
  opts: { readOnly?: boolean; sites?: string[] } = {},
): Promise<TestUser> {
  const id = `u_test_${++counter}_${Math.random().toString(36).slice(2, 8)}`;
  const email = `${id}@example.com`;
  const now = new Date().toISOString();
  await db.kysely
    .insertInto('users')
    .values({
      id,
      email,
      name: id,
      password_hash: 'not-a-hash',
      party: 'asset-owner',
      company: null,
      org_role: roles === 'org-admin' ? 'org-admin' : null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  if (roles !== 'org-admin') {
    for (const [site, role] of Object.entries(roles))
      await db.kysely.insertInto('site_members').values({ site_id: site, user_id: id, role }).execute();
  }
  const { token } = await createToken(db, LOCAL_ACTOR, {
    userId: id,
    readOnly: opts.readOnly ?? false,
    ...(opts.sites ? { sites: opts.sites } : {}),
  });
  return { id, email, token };
}
