import { Conduit, ConduitPatch, type ConduitDoc } from '../../../core/schemas/site-file.js';
import { canonicalConduit } from '../../../core/sitefile/canonical.js';
import type { Issue } from '../../../core/sitefile/issue.js';
import type { Actor } from '../../actor.js';
import type { Queryable } from '../../db/batch.js';
import type { Db } from '../../db/connection.js';
import { AppError, notFound } from '../../errors.js';
import { validate } from '../../validation.js';
import { recordAudit } from '../audit/audit.repository.js';
import { decodeCursor, pageLimit, toPage, type Page, type PageQuery } from '../pagination.js';
import {
  deleteScopeDependents,
  existingZones,
  mergePatch,
  nowIso,
  requireSite,
  scopeDependents,
  scopeKind,
  throwIfIssues,
} from '../site-refs.js';
import { requireReason, requirePermission } from '../access.js';
import { conduitFromRows, conduitToRows } from './conduits.mapper.js';
import { deleteScenariosTargeting, riskList, scenariosTargeting } from '../risks/risks.repository.js';
import { actionList, actionsTargeting, deleteActionsTargeting } from '../roadmap/roadmap.repository.js';

export type ConduitView = ConduitDoc & { site: string };

async function loadConduits(db: Queryable, siteId: string, ids: readonly string[]): Promise<ConduitDoc[]> {
  if (ids.length === 0) return [];
  const [rows, members, channels] = await Promise.all([
    db
      .selectFrom('conduits')
      .selectAll()
      .where('site_id', '=', siteId)
      .where('id', 'in', [...ids])
      .orderBy('id')
      .execute(),
    db
      .selectFrom('conduit_zones')
      .selectAll()
      .where('site_id', '=', siteId)
      .where('conduit_id', 'in', [...ids])
      .execute(),
    db
      .selectFrom('channels')
      .selectAll()
      .where('site_id', '=', siteId)
      .where('conduit_id', 'in', [...ids])
      .execute(),
  ]);
  return rows.map((r) =>
    conduitFromRows(
      r,
      members.filter((m) => m.conduit_id === r.id),
      channels.filter((c) => c.conduit_id === r.id),
    ),
  );
}

export async function listConduits(
  db: Db,
  _actor: Actor,
  siteId: string,
  q: PageQuery & { zone?: string },
): Promise<Page<ConduitView>> {
  await requireSite(db.kysely, siteId);
  const limit = pageLimit(q.limit);
  const after = decodeCursor(q.cursor, 1);
  let query = db.kysely
    .selectFrom('conduits')
    .select('id')
    .where('site_id', '=', siteId)
    .orderBy('id')
    .limit(limit + 1);
  if (after) query = query.where('id', '>', String(after[0]));
  if (q.zone) {
    const zone = q.zone;
    query = query.where('id', 'in', (eb) =>
      eb.selectFrom('conduit_zones').select('conduit_id').where('site_id', '=', siteId).where('zone_id', '=', zone),
    );
  }
  const ids = (await query.execute()).map((r) => r.id);
  const page = toPage(
    ids,
    limit,
    (id) => id,
    (id) => [id],
  );
  const docs = await loadConduits(db.kysely, siteId, page.items);
  return { items: docs.map((c) => ({ site: siteId, ...c })), nextCursor: page.nextCursor };
}

async function loadConduit(db: Queryable, siteId: string, id: string): Promise<ConduitDoc> {
  await requireSite(db, siteId);
  const [doc] = await loadConduits(db, siteId, [id]);
  if (!doc) throw notFound('conduit', id);
  return doc;
}

export async function getConduit(db: Db, _actor: Actor, siteId: string, id: string): Promise<ConduitView> {
  return { site: siteId, ...(await loadConduit(db.kysely, siteId, id)) };
}

async function checkConduitRefs(db: Queryable, siteId: string, c: ConduitDoc): Promise<void> {
  const issues: Issue[] = [];
  const found = await existingZones(db, siteId, c.zones);
  const members = new Set<string>();
  c.zones.forEach((z, i) => {
    if (members.has(z)) issues.push({ path: ['zones', i], message: `zone "${z}" is listed twice` });
    members.add(z);
    if (!found.has(z)) issues.push({ path: ['zones', i], message: `zone "${z}" does not exist in site "${siteId}"` });
  });
  (c.channels ?? []).forEach((ch, i) => {
    for (const end of ['from', 'to'] as const)
      if (!members.has(ch[end]))
        issues.push({
          path: ['channels', i, end],
          message: `"${ch[end]}" is not one of the zones this conduit joins (${c.zones.join(', ')})`,
        });
  });
  throwIfIssues(issues);
}

async function writeConduit(db: Queryable, siteId: string, c: ConduitDoc, isNew: boolean): Promise<void> {
  const now = nowIso();
  const { row, members, channels } = conduitToRows(siteId, c, now);
  if (isNew)
    await db
      .insertInto('conduits')
      .values({ ...row, created_at: now })
      .execute();
  else {
    await db.updateTable('conduits').set(row).where('site_id', '=', siteId).where('id', '=', c.id).execute();
    await db.deleteFrom('conduit_zones').where('site_id', '=', siteId).where('conduit_id', '=', c.id).execute();
    await db.deleteFrom('channels').where('site_id', '=', siteId).where('conduit_id', '=', c.id).execute();
  }
  if (members.length > 0) await db.insertInto('conduit_zones').values(members).execute();
  if (channels.length > 0) await db.insertInto('channels').values(channels).execute();
}

export async function createConduit(db: Db, actor: Actor, siteId: string, body: unknown): Promise<ConduitView> {
  // Checked again here, not only on the route: the CLI and other services call this too.
  requirePermission(actor, 'conduit.create', siteId);
  const conduit = canonicalConduit(await validate<ConduitDoc>(Conduit, body));
  return db.kysely.transaction().execute(async (trx) => {
    requireReason(actor, await requireSite(trx, siteId));
    if (await scopeKind(trx, siteId, conduit.id))
      throw new AppError(
        'C981_ERR_CONFLICT',
        `id "${conduit.id}" is already used by a zone or conduit of site "${siteId}"`,
      );
    await checkConduitRefs(trx, siteId, conduit);
    await writeConduit(trx, siteId, conduit, true);
    await recordAudit(trx, actor, {
      action: 'conduit.create',
      siteId,
      entity: 'conduit',
      entityId: conduit.id,
      detail: conduit,
    });
    return { site: siteId, ...conduit };
  });
}

export async function updateConduit(
  db: Db,
  actor: Actor,
  siteId: string,
  id: string,
  body: unknown,
): Promise<ConduitView> {
  // Checked again here, not only on the route: the CLI and other services call this too.
  requirePermission(actor, 'conduit.update', siteId);
  const patch = await validate<Record<string, unknown>>(ConduitPatch, body);
  return db.kysely.transaction().execute(async (trx) => {
    const before = await loadConduit(trx, siteId, id);
    requireReason(actor, await requireSite(trx, siteId));
    const after = canonicalConduit(await validate<ConduitDoc>(Conduit, mergePatch(before, patch)));
    await checkConduitRefs(trx, siteId, after);
    await writeConduit(trx, siteId, after, false);
    await recordAudit(trx, actor, {
      action: 'conduit.update',
      siteId,
      entity: 'conduit',
      entityId: id,
      detail: { before, after },
    });
    return { site: siteId, ...after };
  });
}

export async function deleteConduit(db: Db, actor: Actor, siteId: string, id: string, cascade: boolean): Promise<void> {
  // Checked again here, not only on the route: the CLI and other services call this too.
  requirePermission(actor, 'conduit.delete', siteId);
  await db.kysely.transaction().execute(async (trx) => {
    await loadConduit(trx, siteId, id);
    requireReason(actor, await requireSite(trx, siteId));
    const risks = await scenariosTargeting(trx, siteId, [id]);
    const actions = await actionsTargeting(trx, siteId, [id]);
    const dependents = [
      ...(await scopeDependents(trx, siteId, id)),
      ...(risks.length > 0 ? [riskList(risks)] : []),
      ...(actions.length > 0 ? [actionList(actions)] : []),
    ];
    if (!cascade && dependents.length > 0)
      throw new AppError(
        'C981_ERR_IN_USE',
        `conduit "${id}" still has ${dependents.join(' and ')}; add ?cascade=true to delete them too`,
      );
    await deleteScopeDependents(trx, siteId, [id]);
    await deleteScenariosTargeting(trx, siteId, [id]);
    await deleteActionsTargeting(trx, siteId, [id]);
    await trx.deleteFrom('conduits').where('site_id', '=', siteId).where('id', '=', id).execute();
    await recordAudit(trx, actor, {
      action: 'conduit.delete',
      siteId,
      entity: 'conduit',
      entityId: id,
      detail: { cascade },
    });
  });
}
