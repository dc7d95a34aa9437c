// Reads and writes of the spreadsheet import, through the asset mapper the asset service uses, so
// an imported asset is stored exactly as one created through the API.
import type { AssetDoc } from '../../../core/schemas/site-file.js';
import { indexNewAssets, lastAssetPk } from '../../db/asset-search.js';
import { insertMany, type Queryable } from '../../db/batch.js';
import type { Dialect } from '../../db/dialect.js';
import { ASSET_COLUMNS, assetFromRow, assetToRows } from '../assets/assets.mapper.js';

/** The site's assets in canonical form, by id, with their 4-2 capabilities (an update keeps them). */
export async function siteAssets(db: Queryable, siteId: string): Promise<AssetDoc[]> {
  const [rows, caps] = await Promise.all([
    db.selectFrom('assets').select(ASSET_COLUMNS).where('site_id', '=', siteId).orderBy('id').execute(),
    db.selectFrom('asset_capabilities').selectAll().where('site_id', '=', siteId).execute(),
  ]);
  const capsOf = new Map<string, (typeof caps)[number][]>();
  for (const c of caps) capsOf.set(c.asset_id, [...(capsOf.get(c.asset_id) ?? []), c]);
  return rows.map((r) => assetFromRow(r, capsOf.get(r.id)));
}

export async function siteZones(db: Queryable, siteId: string): Promise<{ id: string; name: string }[]> {
  return db.selectFrom('zones').select(['id', 'name']).where('site_id', '=', siteId).orderBy('id').execute();
}

/** Rows per statement batch, and per progress step. */
const BATCH = 2000;

/**
 * Inserts new assets (they have no capabilities: a cell cannot hold them) and indexes them for
 * search; `onBatch` reports each batch written.
 */
export async function insertAssets(
  db: Queryable,
  dialect: Dialect,
  siteId: string,
  assets: readonly AssetDoc[],
  now: string,
  onBatch: (written: number) => void,
): Promise<void> {
  if (assets.length === 0) return;
  const lastPk = await lastAssetPk(db);
  for (let i = 0; i < assets.length; i += BATCH) {
    const batch = assets.slice(i, i + BATCH);
    await insertMany(
      db,
      'assets',
      batch.map((a) => ({ ...assetToRows(siteId, a, now).row, created_at: now })),
    );
    onBatch(batch.length);
  }
  await indexNewAssets(db, dialect, lastPk);
}

/** Updates the asset rows; capabilities stay as stored, since an import never changes them. */
export async function updateAssets(
  db: Queryable,
  siteId: string,
  assets: readonly AssetDoc[],
  now: string,
  onBatch: (written: number) => void,
): Promise<void> {
  for (let i = 0; i < assets.length; i++) {
    const a = assets[i] as AssetDoc;
    await db
      .updateTable('assets')
      .set(assetToRows(siteId, a, now).row)
      .where('site_id', '=', siteId)
      .where('id', '=', a.id)
      .execute();
    if ((i + 1) % BATCH === 0 || i === assets.length - 1) onBatch((i % BATCH) + 1);
  }
}
