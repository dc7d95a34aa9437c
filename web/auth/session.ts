// Who is signed in, and what they may do. The server decides (GET /api/v1/auth/me answers the
// caller's permissions per site); the UI only asks, so it cannot drift from the server's rules.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Permission } from '../../core/accounts/permissions.js';
import { api, setCsrfToken } from '../api/client.js';
import type { Me } from '../api/types.js';

export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: async (): Promise<Me> => {
    const me = await api<Me>('/api/v1/auth/me');
    if (me.csrfToken) setCsrfToken(me.csrfToken);
    return me;
  },
  staleTime: 60_000,
  retry: false,
});

export async function signIn(email: string, password: string): Promise<void> {
  const answer = await api<{ csrfToken: string }>('/api/v1/auth/login', {
    method: 'POST',
    body: { email, password },
  });
  setCsrfToken(answer.csrfToken);
}

export async function signOut(): Promise<void> {
  try {
    await api('/api/v1/auth/logout', { method: 'POST' });
  } finally {
    setCsrfToken(null);
  }
}

/** The signed-in user (the app shell only renders once it is known). */
export function useMe(): Me {
  const { data } = useQuery(meQuery);
  if (!data) throw new Error('useMe outside the signed-in app');
  return data;
}

/** Whether the signed-in user holds `permission` on `site` (or organization-wide without one). */
export function hasPermission(me: Me, permission: Permission, site?: string): boolean {
  if (site === undefined) return me.permissions.includes(permission);
  return me.sitePermissions[site]?.includes(permission) ?? false;
}

export function useCan(permission: Permission, site?: string): boolean {
  return hasPermission(useMe(), permission, site);
}
