import { Asset, AssetPatch, type AssetDoc } from '../../../core/schemas/site-file.js';
import { canonicalAsset } from '../../../core/sitefile/canonical.js';
import { checkAssetFields } from '../../../core/sitefile/field-rules.js';
import type { Issue } from '../../../core/sitefile/issue.js';
import type { Actor } from '../../actor.js';
import { indexNewAssets, lastAssetPk } from '../../db/asset-search.js';
import type { Queryable } from '../../db/batch.js';
import type { Dialect } from '../../db/dialect.js';
import type { Db } from '../../db/connection.js';
import { dropCountermeasure, riskList, scenariosNaming } from '../risks/risks.repository.js';
import { actionList, actionsNamingAsset, dropActionAsset } from '../roadmap/roadmap.repository.js';
import { AppError, notFound } from '../../errors.js';
import { validate } from '../../validation.js';
import { readableBy, requirePermission } from '../access.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { Page } from '../pagination.js';
import { existingZones, mergePatch, nowIso, requireSite, throwIfIssues } from '../site-refs.js';
import { assetFromRow, assetToRows } from './assets.mapper.js';
import { queryAssets, type AssetQuery, type AssetView } from './assets.query.js';

export async function listAssets(db: Db, _actor: Actor, siteId: string, query: AssetQuery): Promise<Page<AssetView>> {
  await requireSite(db.kysely, siteId);
  return queryAssets(db, { ...query, site: siteId });
}

/** Search across every site the actor may read (all sites until accounts arrive). */
export async function searchAssets(db: Db, actor: Actor, query: AssetQuery): Promise<Page<AssetView>> {
  return queryAssets(db, query, readableBy(actor) ?? undefined);
}

async function loadAsset(db: Queryable, siteId: string, id: string): Promise<AssetDoc> {
  await requireSite(db, siteId);
  const row = await db
    .selectFrom('assets')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('asset', id);
  const caps = await db
    .selectFrom('asset_capabilities')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('asset_id', '=', id)
    .execute();
  return assetFromRow(row, caps);
}

export async function getAsset(db: Db, _actor: Actor, siteId: string, id: string): Promise<AssetView> {
  return { site: siteId, ...(await loadAsset(db.kysely, siteId, id)) };
}

/** Checks the asset as given (before canonical form fills in defaults such as SIS safety). */
async function checkAsset(db: Queryable, siteId: string, a: AssetDoc): Promise<void> {
  const issues: Issue[] = [];
  checkAssetFields(a, [], issues);
  if (a.zone !== undefined && !(await existingZones(db, siteId, [a.zone])).has(a.zone))
    issues.push({ path: ['zone'], message: `zone "${a.zone}" does not exist in site "${siteId}"` });
  throwIfIssues(issues);
}

async function writeAsset(db: Queryable, dialect: Dialect, siteId: string, a: AssetDoc, isNew: boolean): Promise<void> {
  const now = nowIso();
  const { row, capabilities } = assetToRows(siteId, a, now);
  if (isNew) {
    const lastPk = await lastAssetPk(db);
    await db
      .insertInto('assets')
      .values({ ...row, created_at: now })
      .execute();
    await indexNewAssets(db, dialect, lastPk);
  } else {
    await db.updateTable('assets').set(row).where('site_id', '=', siteId).where('id', '=', a.id).execute();
    await db.deleteFrom('asset_capabilities').where('site_id', '=', siteId).where('asset_id', '=', a.id).execute();
  }
  if (capabilities.length > 0) await db.insertInto('asset_capabilities').values(capabilities).execute();
}

export async function createAsset(db: Db, actor: Actor, siteId: string, body: unknown): Promise<AssetView> {
  // Checked again here, not only on the route: the CLI and other services call this too.
  requirePermission(actor, 'asset.create', siteId);
  const input = await validate<AssetDoc>(Asset, body);
  const asset = canonicalAsset(input);
  return db.kysely.transaction().execute(async (trx) => {
    await requireSite(trx, siteId);
    const exists = await trx
      .selectFrom('assets')
      .select('id')
      .where('site_id', '=', siteId)
      .where('id', '=', asset.id)
      .executeTakeFirst();
    if (exists) throw new AppError('C981_ERR_CONFLICT', `asset "${asset.id}" already exists in site "${siteId}"`);
    await checkAsset(trx, siteId, input);
    await writeAsset(trx, db.dialect, siteId, asset, true);
    await recordAudit(trx, actor, {
      action: 'asset.create',
      siteId,
      entity: 'asset',
      entityId: asset.id,
      detail: asset,
    });
    return { site: siteId, ...asset };
  });
}

export async function updateAsset(db: Db, actor: Actor, siteId: string, id: string, body: unknown): Promise<AssetView> {
  // Checked again here, not only on the route: the CLI and other services call this too.
  requirePermission(actor, 'asset.update', siteId);
  const patch = await validate<Record<string, unknown>>(AssetPatch, body);
  return db.kysely.transaction().execute(async (trx) => {
    const before = await loadAsset(trx, siteId, id);
    const merged = await validate<AssetDoc>(Asset, mergePatch(before, patch));
    await checkAsset(trx, siteId, merged);
    const after = canonicalAsset(merged);
    await writeAsset(trx, db.dialect, siteId, after, false);
    await recordAudit(trx, actor, {
      action: 'asset.update',
      siteId,
      entity: 'asset',
      entityId: id,
      detail: { before, after },
    });
    return { site: siteId, ...after };
  });
}

/** An asset named by compensating controls answers 409 unless cascade, which drops it from them. */
export async function deleteAsset(db: Db, actor: Actor, siteId: string, id: string, cascade: boolean): Promise<void> {
  // Checked again here, not only on the route: the CLI and other services call this too.
  requirePermission(actor, 'asset.delete', siteId);
  await db.kysely.transaction().execute(async (trx) => {
    await loadAsset(trx, siteId, id);
    const controls = await trx
      .selectFrom('compensating_controls')
      .select(['id', 'assets'])
      .where('site_id', '=', siteId)
      .where('assets', 'is not', null)
      .execute();
    const naming = controls.filter((c) => (JSON.parse(c.assets ?? '[]') as string[]).includes(id));
    // IEC 62443-3-2 ZCR 5: a scenario's residual risk may rest on this asset as a countermeasure.
    const scenarios = await scenariosNaming(trx, siteId, 'assets', id);
    const actions = await actionsNamingAsset(trx, siteId, id);
    const users = [
      ...(naming.length > 0 ? [`compensating controls ${naming.map((c) => `"${c.id}"`).join(', ')}`] : []),
      ...(scenarios.length > 0 ? [riskList(scenarios.map((r) => r.id))] : []),
      ...(actions.length > 0 ? [actionList(actions.map((r) => r.id))] : []),
    ];
    if (users.length > 0 && !cascade)
      throw new AppError(
        'C981_ERR_IN_USE',
        `asset "${id}" is named by ${users.join(' and ')}; add ?cascade=true to remove it from them`,
      );
    await dropCountermeasure(trx, siteId, scenarios, 'assets', id, nowIso());
    await dropActionAsset(trx, siteId, actions, id, nowIso());
    for (const c of naming) {
      const rest = (JSON.parse(c.assets ?? '[]') as string[]).filter((a) => a !== id);
      await trx
        .updateTable('compensating_controls')
        .set({ assets: rest.length > 0 ? JSON.stringify(rest) : null, updated_at: nowIso() })
        .where('site_id', '=', siteId)
        .where('id', '=', c.id)
        .execute();
    }
    await trx.deleteFrom('assets').where('site_id', '=', siteId).where('id', '=', id).execute();
    await recordAudit(trx, actor, {
      action: 'asset.delete',
      siteId,
      entity: 'asset',
      entityId: id,
      detail: { cascade },
    });
  });
}
