// What the zone page reads: the zone, its evaluation, its 3-3 checklist, the site's compensating
// controls and the zone's assets. Keys start ['site', site] so invalidateSite refreshes them all
// after any change in the site; the 'zone' segment keeps them apart from other pages' keys.
import { queryOptions } from '@tanstack/react-query';
import type { Eval } from '../../../core/iec62443/evaluation.types.js';
import type { CompensatingControlDoc, ResultDoc, ResultInputDoc } from '../../../core/schemas/site-file.js';
import type { ResultStatus } from '../../../core/schemas/vocabulary.js';
import { api, apiAll, type Page } from '../../api/client.js';
import { sitePath } from '../../api/queries.js';
import type { Checklist } from '../../../core/api/zone-checklist.js';

export interface Zone {
  site: string;
  id: string;
  name: string;
  kind: string;
  slTarget?: number[];
  rationale?: string;
  description?: string;
  abilities: string[];
}

export type ZoneEval = Eval & { asOf: string };

export type { Checklist, ChecklistItem } from '../../../core/api/zone-checklist.js';

export type Control = CompensatingControlDoc & { site: string; abilities: string[] };

export interface ZoneAsset {
  site: string;
  id: string;
  name: string;
  type: string;
  componentClass?: string;
  vendor?: string;
  model?: string;
  firmware?: string;
  lifecycle?: string;
  legacy?: boolean;
  safety?: boolean;
  slCapability?: number[];
}

/** PUT …/results: one scope, the listed results upserted (null removes one). */
export interface ResultsPut {
  scope: string;
  results: Record<string, ResultInputDoc | null>;
}

export type { ResultDoc, ResultInputDoc, ResultStatus };

/** Assets shown on the page; the rest are one click away in the inventory. */
export const ASSET_PAGE = 100;

const zonePath = (site: string, zone: string, ...rest: string[]) => sitePath(site, 'zones', zone, ...rest);

export const zoneQuery = (site: string, zone: string) =>
  queryOptions({
    queryKey: ['site', site, 'zone', zone, 'info'],
    queryFn: () => api<Zone>(zonePath(site, zone)),
  });

export const zoneEvalQuery = (site: string, zone: string) =>
  queryOptions({
    queryKey: ['site', site, 'zone', zone, 'evaluation'],
    queryFn: () => api<ZoneEval>(zonePath(site, zone, 'evaluation')),
  });

export const checklistQuery = (site: string, zone: string) =>
  queryOptions({
    queryKey: ['site', site, 'zone', zone, 'requirements'],
    queryFn: () => api<Checklist>(zonePath(site, zone, 'requirements')),
  });

export const zoneControlsQuery = (site: string, zone: string) =>
  queryOptions({
    queryKey: ['site', site, 'zone', zone, 'controls'],
    queryFn: () => apiAll<Control>(sitePath(site, 'compensating-controls')),
  });

export const zoneAssetsQuery = (site: string, zone: string) =>
  queryOptions({
    queryKey: ['site', site, 'zone', zone, 'assets'],
    queryFn: () =>
      api<Page<ZoneAsset>>(`${sitePath(site, 'assets')}?zone=${encodeURIComponent(zone)}&limit=${ASSET_PAGE}`),
  });
