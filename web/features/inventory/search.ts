import { compact, oneOf, str, type Search } from '../../search.js';

/** Inventory: site, free-text filter, column filters and sort, the open asset. */
export interface InventorySearch {
  site?: string;
  q?: string;
  zone?: string;
  type?: string;
  sort?: string;
  dir?: 'asc' | 'desc';
  asset?: string;
}
export const validateInventorySearch = (s: Search): InventorySearch =>
  compact({
    site: str(s, 'site'),
    q: str(s, 'q'),
    zone: str(s, 'zone'),
    type: str(s, 'type'),
    sort: str(s, 'sort'),
    dir: oneOf(s, 'dir', ['asc', 'desc'] as const),
    asset: str(s, 'asset'),
  });
