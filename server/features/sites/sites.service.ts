import { SiteCreate, SitePatch } from '../../../core/schemas/site-file.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { AppError, notFound } from '../../errors.js';
import { validate } from '../../validation.js';
import { readableBy, requirePermission } from '../access.js';
import { recordAudit } from '../audit/audit.repository.js';
import { decodeCursor, pageLimit, toPage, type Page, type PageQuery } from '../pagination.js';
import { mergePatch, nowIso, requireSite } from '../site-refs.js';
import { siteFromRow, siteToRow, type SiteHead } from './sites.mapper.js';

export interface SiteSummary extends SiteHead {
  counts: { zones: number; conduits: number; assets: number; compensatingControls: number };
}

export async function listSites(db: Db, actor: Actor, q: PageQuery): Promise<Page<SiteHead>> {
  const limit = pageLimit(q.limit);
  const after = decodeCursor(q.cursor, 1);
  let query = db.kysely
    .selectFrom('sites')
    .selectAll()
    .orderBy('id')
    .limit(limit + 1);
  const readable = readableBy(actor);
  if (readable) query = query.where('id', 'in', readable.length > 0 ? readable : ['']);
  if (after) query = query.where('id', '>', String(after[0]));
  return toPage(await query.execute(), limit, siteFromRow, (r) => [r.id]);
}

export async function getSite(db: Db, _actor: Actor, siteId: string): Promise<SiteSummary> {
  const row = await db.kysely.selectFrom('sites').selectAll().where('id', '=', siteId).executeTakeFirst();
  if (!row) throw notFound('site', siteId);
  const count = (table: 'zones' | 'conduits' | 'assets' | 'compensating_controls') =>
    db.kysely
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('site_id', '=', siteId)
      .executeTakeFirstOrThrow();
  const [zones, conduits, assets, controls] = await Promise.all([
    count('zones'),
    count('conduits'),
    count('assets'),
    count('compensating_controls'),
  ]);
  return {
    ...siteFromRow(row),
    counts: {
      zones: Number(zones.n),
      conduits: Number(conduits.n),
      assets: Number(assets.n),
      compensatingControls: Number(controls.n),
    },
  };
}

export async function createSite(db: Db, actor: Actor, body: unknown): Promise<SiteHead> {
  // Checked again here, not only on the route: the CLI and other services call this too.
  requirePermission(actor, 'site.create');
  const site = await validate<SiteHead>(SiteCreate, body);
  const now = nowIso();
  return db.kysely.transaction().execute(async (trx) => {
    const exists = await trx.selectFrom('sites').select('id').where('id', '=', site.id).executeTakeFirst();
    if (exists) throw new AppError('C981_ERR_CONFLICT', `site "${site.id}" already exists`);
    await trx
      .insertInto('sites')
      .values({ ...siteToRow(site, now), created_at: now })
      .execute();
    await recordAudit(trx, actor, {
      action: 'site.create',
      siteId: site.id,
      entity: 'site',
      entityId: site.id,
      detail: site,
    });
    return { ...site, regulated: site.regulated ?? false };
  });
}

export async function updateSite(db: Db, actor: Actor, siteId: string, body: unknown): Promise<SiteHead> {
  // Checked again here, not only on the route: the CLI and other services call this too.
  requirePermission(actor, 'site.update', siteId);
  const patch = await validate<Record<string, unknown>>(SitePatch, body);
  return db.kysely.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('sites').selectAll().where('id', '=', siteId).executeTakeFirst();
    if (!row) throw notFound('site', siteId);
    const before = siteFromRow(row);
    const after = mergePatch(before, patch);
    await trx.updateTable('sites').set(siteToRow(after, nowIso())).where('id', '=', siteId).execute();
    await recordAudit(trx, actor, {
      action: 'site.update',
      siteId,
      entity: 'site',
      entityId: siteId,
      detail: { before, after },
    });
    return after;
  });
}

export async function deleteSite(db: Db, actor: Actor, siteId: string, cascade: boolean): Promise<void> {
  // Checked again here, not only on the route: the CLI and other services call this too.
  requirePermission(actor, 'site.delete', siteId);
  await db.kysely.transaction().execute(async (trx) => {
    await requireSite(trx, siteId);
    const used = await Promise.all(
      (['zones', 'assets'] as const).map((t) =>
        trx.selectFrom(t).select('id').where('site_id', '=', siteId).limit(1).executeTakeFirst(),
      ),
    );
    if (!cascade && used.some(Boolean))
      throw new AppError(
        'C981_ERR_IN_USE',
        `site "${siteId}" still has zones or assets; add ?cascade=true to delete it with everything in it`,
      );
    // Children go first: the composite foreign keys between them do not cascade from the site.
    for (const t of [
      'compensating_controls',
      'results',
      'asset_capabilities',
      'channels',
      'conduit_zones',
      'conduits',
      'assets',
      'zones',
    ] as const)
      await trx.deleteFrom(t).where('site_id', '=', siteId).execute();
    await trx.deleteFrom('sites').where('id', '=', siteId).execute();
    await recordAudit(trx, actor, { action: 'site.delete', siteId, entity: 'site', entityId: siteId });
  });
}
