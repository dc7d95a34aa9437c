// Account administration (org-admins): users, their site roles, disabling.
import { queryOptions } from '@tanstack/react-query';
import type { OrgRole, Party, SiteRole } from '../../../core/schemas/accounts.js';
import { api, apiAll } from '../../api/client.js';

export interface User {
  id: string;
  email: string;
  name: string;
  party: Party;
  company: string | null;
  orgRole: OrgRole | null;
  sites: { site: string; role: SiteRole }[];
  disabled: boolean;
}

export interface UserCreateInput {
  email: string;
  name: string;
  password: string;
  party: Party;
  company?: string;
  orgRole?: OrgRole;
  sites?: { site: string; role: SiteRole }[];
}

export const usersQuery = queryOptions({
  queryKey: ['admin', 'users'],
  queryFn: () => apiAll<User>('/api/v1/users'),
});

export const createUser = (input: UserCreateInput) => api<User>('/api/v1/users', { method: 'POST', body: input });

export const setSiteRole = (userId: string, site: string, role: SiteRole | null) =>
  api<User>(`/api/v1/users/${encodeURIComponent(userId)}/sites/${encodeURIComponent(site)}`, {
    method: 'PATCH',
    body: { role },
  });

export const disableUser = (userId: string) =>
  api<User>(`/api/v1/users/${encodeURIComponent(userId)}/disable`, { method: 'POST' });

export const PARTY_LABELS: Record<Party, string> = {
  'asset-owner': 'Asset owner',
  'system-integrator': 'System integrator',
  'product-supplier': 'Product supplier',
  'service-provider': 'Service provider',
  auditor: 'Auditor',
};

export const ROLE_HINTS: Record<SiteRole, string> = {
  viewer: 'reads the site',
  assessor: 'assets, results, compensating controls',
  approver: 'approves controls (never their own)',
  'site-admin': 'zones, conduits, imports, members + assessor',
};
