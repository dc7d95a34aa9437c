import { compact, oneOf, str, type Search } from '../../search.js';

/** Columns the table sorts by (the `sort` URL parameter). */
export const SORT_KEYS = [
  'site',
  'id',
  'name',
  'zone',
  'type',
  'vendor',
  'model',
  'firmware',
  'ip',
  'mac',
  'lifecycle',
  'criticality',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** `zone` value for assets in no zone (zone ids start with a letter or digit, so it cannot clash). */
export const NO_ZONE = '-';

/**
 * Inventory: site, free-text filter, column filters and sort, the open asset. `asset` is
 * `site/id` (asset ids are unique only within their site; ids never contain "/"), or just the id
 * when `site` is set.
 */
export interface InventorySearch {
  site?: string;
  q?: string;
  zone?: string;
  type?: string;
  vendor?: string;
  sort?: SortKey;
  dir?: 'asc' | 'desc';
  asset?: string;
}
export const validateInventorySearch = (s: Search): InventorySearch =>
  compact({
    site: str(s, 'site'),
    q: str(s, 'q'),
    zone: str(s, 'zone'),
    type: str(s, 'type'),
    vendor: str(s, 'vendor'),
    sort: oneOf(s, 'sort', SORT_KEYS),
    dir: oneOf(s, 'dir', ['asc', 'desc'] as const),
    asset: str(s, 'asset'),
  });

/** The open asset's site and id, from `asset` and `site`. */
export function openAsset(search: InventorySearch): { site: string; id: string } | null {
  if (!search.asset) return null;
  const slash = search.asset.indexOf('/');
  if (slash > 0) return { site: search.asset.slice(0, slash), id: search.asset.slice(slash + 1) };
  return search.site ? { site: search.site, id: search.asset } : null;
}

/** The `asset` URL value for an asset: short when the page already shows only its site. */
export const assetParam = (search: InventorySearch, site: string, id: string): string =>
  search.site === site ? id : `${site}/${id}`;
