// The site diagram's queries. Keys start ['site', site] so invalidateSite() refreshes them after
// any change (queries.ts convention); the last part names the whole list, so pages that read a
// filtered page of the same endpoint never share a cache entry with a different shape.
import { queryOptions } from '@tanstack/react-query';
import { api, apiAll } from '../../api/client.js';
import { sitePath } from '../../api/queries.js';
import type { Conduit, SiteEvaluation, Zone } from './types.js';

export const zonesQuery = (site: string) =>
  queryOptions({
    queryKey: ['site', site, 'zones', 'all'],
    queryFn: () => apiAll<Zone>(sitePath(site, 'zones')),
  });

export const conduitsQuery = (site: string) =>
  queryOptions({
    queryKey: ['site', site, 'conduits', 'all'],
    queryFn: () => apiAll<Conduit>(sitePath(site, 'conduits')),
  });

export const evaluationQuery = (site: string) =>
  queryOptions({
    queryKey: ['site', site, 'evaluation', 'site'],
    queryFn: () => api<SiteEvaluation>(sitePath(site, 'evaluation')),
  });
