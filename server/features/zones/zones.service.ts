import { Zone, ZonePatch, type ZoneDoc } from '../../../core/schemas/site-file.js';
import { canonicalZone } from '../../../core/sitefile/canonical.js';
import type { Issue } from '../../../core/sitefile/issue.js';
import { subnetIssues } from '../../../core/sitefile/subnet-rules.js';
import type { Actor } from '../../actor.js';
import type { Queryable } from '../../db/batch.js';
import type { Db } from '../../db/connection.js';
import { AppError, notFound } from '../../errors.js';
import { validate } from '../../validation.js';
import { recordAudit } from '../audit/audit.repository.js';
import { decodeCursor, pageLimit, toPage, type Page, type PageQuery } from '../pagination.js';
import {
  deleteScopeDependents,
  mergePatch,
  nowIso,
  requireSite,
  scopeDependents,
  scopeKind,
  throwIfIssues,
} from '../site-refs.js';
import { requireReason, requirePermission } from '../access.js';
import { zoneFromRow, zoneToRow } from './zones.mapper.js';
import { deleteScenariosTargeting, riskList, scenariosTargeting } from '../risks/risks.repository.js';
import { actionList, actionsTargeting, deleteActionsTargeting } from '../roadmap/roadmap.repository.js';

export type ZoneView = ZoneDoc & { site: string };
const view = (site: string, z: ZoneDoc): ZoneView => ({ site, ...z });

export async function listZones(
  db: Db,
  _actor: Actor,
  siteId: string,
  q: PageQuery & { kind?: string },
): Promise<Page<ZoneView>> {
  await requireSite(db.kysely, siteId);
  const limit = pageLimit(q.limit);
  const after = decodeCursor(q.cursor, 1);
  let query = db.kysely
    .selectFrom('zones')
    .selectAll()
    .where('site_id', '=', siteId)
    .orderBy('id')
    .limit(limit + 1);
  if (after) query = query.where('id', '>', String(after[0]));
  if (q.kind) query = query.where('kind', '=', q.kind);
  return toPage(
    await query.execute(),
    limit,
    (r) => view(siteId, zoneFromRow(r)),
    (r) => [r.id],
  );
}

/** The zone as a canonical document; 404 for an unknown site or zone. */
export async function loadZone(db: Queryable, siteId: string, zoneId: string): Promise<ZoneDoc> {
  await requireSite(db, siteId);
  const row = await db
    .selectFrom('zones')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('id', '=', zoneId)
    .executeTakeFirst();
  if (!row) throw notFound('zone', zoneId);
  return zoneFromRow(row);
}

export async function getZone(db: Db, _actor: Actor, siteId: string, zoneId: string): Promise<ZoneView> {
  return view(siteId, await loadZone(db.kysely, siteId, zoneId));
}

/** Parent must be another zone of the site, without making a cycle. */
async function checkZoneRefs(db: Queryable, siteId: string, z: ZoneDoc): Promise<void> {
  const issues: Issue[] = [];
  let parent = z.parent;
  const seen = new Set([z.id]);
  while (parent !== undefined) {
    if (seen.has(parent)) {
      issues.push({ path: ['parent'], message: `zone "${z.parent}" as parent would make a cycle` });
      break;
    }
    seen.add(parent);
    const row = await db
      .selectFrom('zones')
      .select('parent_id')
      .where('site_id', '=', siteId)
      .where('id', '=', parent)
      .executeTakeFirst();
    if (!row) {
      if (parent === z.parent)
        issues.push({ path: ['parent'], message: `parent zone "${parent}" does not exist in site "${siteId}"` });
      break;
    }
    parent = row.parent_id ?? undefined;
  }
  if ((z.subnets ?? []).length > 0) {
    const others = await db
      .selectFrom('zones')
      .select(['id', 'subnets'])
      .where('site_id', '=', siteId)
      .where('id', '!=', z.id)
      .where('subnets', 'is not', null)
      .execute();
    const docs = others.map((o) => ({ id: o.id, subnets: JSON.parse(o.subnets!) as string[] }) as ZoneDoc);
    issues.push(...subnetIssues(z, docs));
  }
  throwIfIssues(issues);
}

export async function createZone(db: Db, actor: Actor, siteId: string, body: unknown): Promise<ZoneView> {
  // Checked again here, not only on the route: the CLI and other services call this too.
  requirePermission(actor, 'zone.create', siteId);
  const zone = canonicalZone(await validate<ZoneDoc>(Zone, body));
  return db.kysely.transaction().execute(async (trx) => {
    requireReason(actor, await requireSite(trx, siteId));
    if (await scopeKind(trx, siteId, zone.id))
      throw new AppError(
        'C981_ERR_CONFLICT',
        `id "${zone.id}" is already used by a zone or conduit of site "${siteId}"`,
      );
    await checkZoneRefs(trx, siteId, zone);
    const now = nowIso();
    await trx
      .insertInto('zones')
      .values({ ...zoneToRow(siteId, zone, now), created_at: now })
      .execute();
    await recordAudit(trx, actor, { action: 'zone.create', siteId, entity: 'zone', entityId: zone.id, detail: zone });
    return view(siteId, zone);
  });
}

/** A patch that only moves the zone on the diagram. */
const isLayoutOnly = (patch: Record<string, unknown>): boolean => {
  const keys = Object.keys(patch);
  return keys.length === 1 && keys[0] === 'position';
};

export async function updateZone(
  db: Db,
  actor: Actor,
  siteId: string,
  zoneId: string,
  body: unknown,
): Promise<ZoneView> {
  // Checked again here, not only on the route: the CLI and other services call this too.
  requirePermission(actor, 'zone.update', siteId);
  const patch = await validate<Record<string, unknown>>(ZonePatch, body);
  return db.kysely.transaction().execute(async (trx) => {
    const before = await loadZone(trx, siteId, zoneId);
    const site = await requireSite(trx, siteId);
    // Moving a zone on the diagram is layout, not part of the security model (SL-T, partitioning):
    // it needs no reason on a regulated site, though it is still recorded in the audit trail.
    if (!isLayoutOnly(patch)) requireReason(actor, site);
    const after = canonicalZone(await validate<ZoneDoc>(Zone, mergePatch(before, patch)));
    await checkZoneRefs(trx, siteId, after);
    await trx
      .updateTable('zones')
      .set(zoneToRow(siteId, after, nowIso()))
      .where('site_id', '=', siteId)
      .where('id', '=', zoneId)
      .execute();
    await recordAudit(trx, actor, {
      action: 'zone.update',
      siteId,
      entity: 'zone',
      entityId: zoneId,
      detail: { before, after },
    });
    return view(siteId, after);
  });
}

/** DESIGN §6: a zone still referenced answers 409 unless cascade, which removes its conduits, results and controls and unassigns its assets. */
export async function deleteZone(
  db: Db,
  actor: Actor,
  siteId: string,
  zoneId: string,
  cascade: boolean,
): Promise<void> {
  // Checked again here, not only on the route: the CLI and other services call this too.
  requirePermission(actor, 'zone.delete', siteId);
  await db.kysely.transaction().execute(async (trx) => {
    await loadZone(trx, siteId, zoneId);
    requireReason(actor, await requireSite(trx, siteId));
    const conduits = (
      await trx
        .selectFrom('conduit_zones')
        .select('conduit_id')
        .where('site_id', '=', siteId)
        .where('zone_id', '=', zoneId)
        .execute()
    ).map((r) => r.conduit_id);
    const [asset, child, dependents, risks, actions] = await Promise.all([
      trx
        .selectFrom('assets')
        .select('id')
        .where('site_id', '=', siteId)
        .where('zone_id', '=', zoneId)
        .limit(1)
        .executeTakeFirst(),
      trx
        .selectFrom('zones')
        .select('id')
        .where('site_id', '=', siteId)
        .where('parent_id', '=', zoneId)
        .limit(1)
        .executeTakeFirst(),
      scopeDependents(trx, siteId, zoneId),
      scenariosTargeting(trx, siteId, [zoneId]),
      actionsTargeting(trx, siteId, [zoneId]),
    ]);
    const what = [
      conduits.length > 0 && 'conduits',
      asset && 'assets',
      child && 'child zones',
      ...dependents,
      risks.length > 0 && riskList(risks),
      actions.length > 0 && actionList(actions),
    ].filter((x): x is string => typeof x === 'string');
    if (!cascade && what.length > 0)
      throw new AppError(
        'C981_ERR_IN_USE',
        `zone "${zoneId}" is still referenced by ${what.join(', ')}; add ?cascade=true to remove those references`,
      );
    await deleteScopeDependents(trx, siteId, [zoneId, ...conduits]);
    // The scenarios of the zone and of the conduits that go with it (IEC 62443-3-2 ZCR 5 risks).
    await deleteScenariosTargeting(trx, siteId, [zoneId, ...conduits]);
    // The roadmap actions planned on the zone and on those conduits (issue #7).
    await deleteActionsTargeting(trx, siteId, [zoneId, ...conduits]);
    if (conduits.length > 0)
      await trx.deleteFrom('conduits').where('site_id', '=', siteId).where('id', 'in', conduits).execute();
    await trx
      .updateTable('assets')
      .set({ zone_id: null })
      .where('site_id', '=', siteId)
      .where('zone_id', '=', zoneId)
      .execute();
    await trx
      .updateTable('zones')
      .set({ parent_id: null })
      .where('site_id', '=', siteId)
      .where('parent_id', '=', zoneId)
      .execute();
    await trx.deleteFrom('zones').where('site_id', '=', siteId).where('id', '=', zoneId).execute();
    await recordAudit(trx, actor, {
      action: 'zone.delete',
      siteId,
      entity: 'zone',
      entityId: zoneId,
      detail: { cascade, conduits },
    });
  });
}
