import type { OrgRole, Party, SiteMembershipDoc } from '../../../core/schemas/accounts.js';
import type { UserRow } from './users.repository.js';

/** A user as services answer it: never the password hash or the sign-in counters. */
export interface UserView {
  id: string;
  email: string;
  name: string;
  party: Party;
  company: string | null;
  orgRole: OrgRole | null;
  sites: SiteMembershipDoc[];
  disabled: boolean;
}

export function userFromRow(r: UserRow, sites: SiteMembershipDoc[]): UserView {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    party: r.party as Party,
    company: r.company,
    orgRole: r.org_role === 'org-admin' ? 'org-admin' : null,
    // Code-unit order, the same on both databases (PostgreSQL collations would differ).
    sites: [...sites].sort((a, b) => (a.site < b.site ? -1 : a.site > b.site ? 1 : 0)),
    disabled: r.disabled !== 0,
  };
}
