// Builds the principal (user, organization role, site roles, token limits) behind a request.
import type { Principal, SiteRole } from '../../../core/accounts/permissions.js';
import type { Queryable } from '../../db/batch.js';

export interface UserPrincipal {
  principal: Principal;
  user: { id: string; email: string; name: string; party: string; company: string | null };
}

export interface TokenLimits {
  readOnly: boolean;
  sites: string[] | null;
}

/** The principal of an enabled user, or null (unknown or disabled users are not authenticated). */
export async function loadPrincipal(db: Queryable, userId: string, token?: TokenLimits): Promise<UserPrincipal | null> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'party', 'company', 'org_role', 'disabled'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || user.disabled !== 0) return null;
  const members = await db
    .selectFrom('site_members')
    .select(['site_id', 'role'])
    .where('user_id', '=', userId)
    .execute();
  return {
    principal: {
      userId: user.id,
      orgRole: user.org_role === 'org-admin' ? 'org-admin' : null,
      siteRoles: new Map(members.map((m) => [m.site_id, m.role as SiteRole])),
      readOnly: token?.readOnly ?? false,
      tokenSites: token?.sites ?? null,
    },
    user: { id: user.id, email: user.email, name: user.name, party: user.party, company: user.company },
  };
}
