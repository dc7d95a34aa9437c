// Asset list filters, sorting and keyset pagination shared by the site list and the
// cross-site search (DESIGN §6).
import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import { assetTextMatch } from '../../db/asset-search.js';
import { AppError } from '../../errors.js';
import { decodeCursor, pageLimit, toPage, type Page } from '../pagination.js';
import { assetFromRow } from './assets.mapper.js';
import type { AssetDoc } from '../../../core/schemas/site-file.js';

export const ASSET_SORTS = {
  site: { column: 'site_id', blank: '' },
  id: { column: 'id', blank: '' },
  name: { column: 'name', blank: '' },
  type: { column: 'type', blank: '' },
  vendor: { column: 'vendor', blank: '' },
  model: { column: 'model', blank: '' },
  firmware: { column: 'firmware', blank: '' },
  zone: { column: 'zone_id', blank: '' },
  lifecycle: { column: 'lifecycle', blank: '' },
  criticality: { column: 'criticality', blank: 0 },
  lastSeen: { column: 'last_seen', blank: '' },
} as const;
export type AssetSort = keyof typeof ASSET_SORTS;

export interface AssetQuery {
  site?: string;
  zone?: string;
  type?: string;
  vendor?: string;
  lifecycle?: string;
  componentClass?: string;
  legacy?: boolean;
  q?: string;
  /** A field of ASSET_SORTS, with a leading "-" for descending. */
  sort?: string;
  limit?: number;
  cursor?: string;
}

export type AssetView = AssetDoc & { site: string };

export async function queryAssets(
  db: Db,
  query: AssetQuery,
  readableSites?: readonly string[],
): Promise<Page<AssetView>> {
  const limit = pageLimit(query.limit);
  const desc = query.sort?.startsWith('-') ?? false;
  const sortName = (query.sort ?? 'site').replace(/^-/, '');
  if (!(sortName in ASSET_SORTS))
    throw new AppError(
      'C981_ERR_VALIDATION',
      `sort must be one of ${Object.keys(ASSET_SORTS).join(', ')} (prefix "-" for descending)`,
      [{ path: 'sort', message: `unknown sort field "${sortName}"` }],
    );
  const sort = ASSET_SORTS[sortName as AssetSort];
  // Nulls sort as a blank so keyset comparisons stay total on both databases.
  const key = sql`coalesce(${sql.ref(`assets.${sort.column}`)}, ${sort.blank})`;
  const after = decodeCursor(query.cursor, 3);

  let q = db.kysely.selectFrom('assets').selectAll('assets').select(key.as('sort_key'));
  if (query.site !== undefined) q = q.where('site_id', '=', query.site);
  if (readableSites) q = q.where('site_id', 'in', readableSites.length > 0 ? [...readableSites] : ['']);
  if (query.zone !== undefined) q = q.where('zone_id', '=', query.zone);
  if (query.type !== undefined) q = q.where('type', '=', query.type);
  if (query.vendor !== undefined) q = q.where('vendor', '=', query.vendor);
  if (query.lifecycle !== undefined) q = q.where('lifecycle', '=', query.lifecycle);
  if (query.componentClass !== undefined) q = q.where('component_class', '=', query.componentClass);
  if (query.legacy !== undefined) q = q.where('legacy', '=', query.legacy ? 1 : 0);
  if (query.q !== undefined && query.q.trim() !== '') q = q.where(assetTextMatch(db.dialect, query.q));
  if (after) {
    const [v, site, id] = after;
    const cmp = desc ? sql`<` : sql`>`;
    q = q.where(
      sql<boolean>`(${key}, ${sql.ref('assets.site_id')}, ${sql.ref('assets.id')}) ${cmp} (${v}, ${site}, ${id})`,
    );
  }
  const dir = desc ? 'desc' : 'asc';
  const rows = await q
    .orderBy(key, dir)
    .orderBy('site_id', dir)
    .orderBy('id', dir)
    .limit(limit + 1)
    .execute();
  return toPage(
    rows,
    limit,
    (r) => ({ site: r.site_id, ...assetFromRow(r) }),
    (r) => [r.sort_key, r.site_id, r.id],
  );
}
