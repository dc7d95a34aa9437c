// Shared queries. Convention: every query about one site has a key starting ['site', siteId], so
// after any change in a site `invalidateSite(queryClient, siteId)` refreshes all of its views
// (and the portfolio, whose figures depend on every site).
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, apiAll } from './client.js';
import type { Portfolio, Site } from './types.js';

export const sitesQuery = queryOptions({
  queryKey: ['sites'],
  queryFn: () => apiAll<Site>('/api/v1/sites'),
});

export const siteQuery = (site: string) =>
  queryOptions({
    queryKey: ['site', site, 'info'],
    queryFn: () => api<Site>(`/api/v1/sites/${encodeURIComponent(site)}`),
  });

export const portfolioQuery = queryOptions({
  queryKey: ['portfolio'],
  queryFn: () => api<Portfolio>('/api/v1/portfolio'),
});

export async function invalidateSite(queryClient: QueryClient, site: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['site', site] }),
    queryClient.invalidateQueries({ queryKey: ['portfolio'] }),
    queryClient.invalidateQueries({ queryKey: ['inventory'] }),
  ]);
}

/** Path of a site resource, with ids encoded. */
export const sitePath = (site: string, ...rest: string[]): string =>
  ['/api/v1/sites', site, ...rest].map((p, i) => (i === 0 ? p : encodeURIComponent(p))).join('/');
