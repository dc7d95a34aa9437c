// The remediation roadmap's actions (issue #7 item 3; docs/roadmap.md): what will lift a zone or
// conduit towards its SL-T, by when and by whom. Every write is validated against the site's own
// zones, conduits, controls and assets and the IEC 62443-3-3 catalog, runs in one transaction and
// is audited there. The roadmap plans changes to the security model, so regulated sites need a
// reason, like the risk register.
import Type from 'typebox';
import { can } from '../../../core/accounts/permissions.js';
import { canonicalAction } from '../../../core/iec62443/roadmap/canonical-action.js';
import { checkAction } from '../../../core/iec62443/roadmap/check-action.js';
import { ACTION_STATUSES, RoadmapAction, type RoadmapActionDoc } from '../../../core/schemas/roadmap-action.js';
import type { Actor } from '../../actor.js';
import type { Queryable } from '../../db/batch.js';
import type { Db } from '../../db/connection.js';
import { AppError, notFound } from '../../errors.js';
import { validate } from '../../validation.js';
import { requirePermission, requireReason } from '../access.js';
import { recordAudit } from '../audit/audit.repository.js';
import { decodeCursor, encodeCursor, pageLimit, type Page, type PageQuery } from '../pagination.js';
import { mergePatch, nowIso, requireSite, throwIfIssues } from '../site-refs.js';
import { actionFromRow, actionToRow } from './roadmap.mapper.js';
import * as repo from './roadmap.repository.js';

/** An action as the API answers it. */
export type ActionView = RoadmapActionDoc & {
  site: string;
  /** What the caller may do: `read`, and `update` / `delete` with roadmap.update. */
  abilities: string[];
};

/** PATCH body: any field but the id; `null` clears an optional field. */
export const RoadmapActionPatch = Type.Object(
  Object.fromEntries(
    Object.entries(RoadmapAction.properties)
      .filter(([k]) => k !== 'id')
      .map(([k, v]) => [k, Type.Optional(v)]),
  ),
  {
    additionalProperties: false,
    'x-clearable': ['description', 'owner', 'due', 'effortDays', 'cost', 'assets', 'satisfies', 'retires'],
  },
);

export interface ActionListQuery extends PageQuery {
  /** Only actions on this zone or conduit. */
  scope?: string | undefined;
  /** Only actions with this status. */
  status?: string | undefined;
}

export const roadmapAbilities = (actor: Actor, siteId: string): string[] =>
  !actor.principal || can(actor.principal, 'roadmap.update', siteId) ? ['read', 'update', 'delete'] : ['read'];

const view = (actor: Actor, siteId: string, a: RoadmapActionDoc): ActionView => ({
  site: siteId,
  ...a,
  abilities: roadmapAbilities(actor, siteId),
});

/** The order the projection applies actions in: by due date, undated last, then by id. */
const sortKey = (a: RoadmapActionDoc): [string, string] => [a.due ?? '~', a.id];
const compareKeys = (a: readonly [string, string], b: readonly [string, string]): number =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;

function parseStatus(status: string | undefined): string | undefined {
  if (status === undefined || (ACTION_STATUSES as readonly string[]).includes(status)) return status;
  throw new AppError('C981_ERR_VALIDATION', `status: must be one of ${ACTION_STATUSES.join(', ')}`, [
    { path: 'status', message: `unknown status "${status}"` },
  ]);
}

/**
 * The site's actions in the order the projection applies them. A roadmap holds hundreds of
 * actions: they are sorted here, and paged by keyset on (due, id) like the other lists.
 */
export async function listActions(db: Db, actor: Actor, siteId: string, q: ActionListQuery): Promise<Page<ActionView>> {
  requirePermission(actor, 'site.read', siteId);
  const limit = pageLimit(q.limit);
  const status = parseStatus(q.status);
  const after = decodeCursor(q.cursor, 2) as [string, string] | undefined;
  await requireSite(db.kysely, siteId);
  const all = (await repo.listActionRows(db.kysely, siteId, { scope: q.scope, status }))
    .map(actionFromRow)
    .map((a) => ({ a, key: sortKey(a) }))
    .sort((x, y) => compareKeys(x.key, y.key))
    .filter((x) => !after || compareKeys(x.key, after) > 0);
  const shown = all.slice(0, limit);
  const last = shown[shown.length - 1];
  return {
    items: shown.map((x) => view(actor, siteId, x.a)),
    nextCursor: all.length > limit && last ? encodeCursor(last.key) : null,
  };
}

/** The stored action; 404 when the site or the action does not exist. */
export async function loadAction(db: Queryable, siteId: string, id: string): Promise<RoadmapActionDoc> {
  await requireSite(db, siteId);
  const row = await repo.findActionRow(db, siteId, id);
  if (!row) throw notFound('roadmap action', id);
  return actionFromRow(row);
}

export async function getAction(db: Db, actor: Actor, siteId: string, id: string): Promise<ActionView> {
  requirePermission(actor, 'site.read', siteId);
  return view(actor, siteId, await loadAction(db.kysely, siteId, id));
}

/** Every check of the core against the site; throws 400 listing the problems. */
async function checkRefs(trx: Queryable, siteId: string, a: RoadmapActionDoc, before?: RoadmapActionDoc) {
  throwIfIssues(checkAction(a, await repo.actionRefs(trx, siteId, a), before));
}

export async function createAction(db: Db, actor: Actor, siteId: string, body: unknown): Promise<ActionView> {
  // Checked again here, not only on the route: the CLI and other services call this too.
  requirePermission(actor, 'roadmap.update', siteId);
  const input = await validate<RoadmapActionDoc>(RoadmapAction, body);
  return db.kysely.transaction().execute(async (trx) => {
    requireReason(actor, await requireSite(trx, siteId));
    if (await repo.findActionRow(trx, siteId, input.id))
      throw new AppError('C981_ERR_CONFLICT', `roadmap action "${input.id}" already exists in site "${siteId}"`);
    await checkRefs(trx, siteId, input);
    const a = canonicalAction(input);
    const now = nowIso();
    await trx
      .insertInto('roadmap_actions')
      .values({ ...actionToRow(siteId, a, now), created_at: now })
      .execute();
    await recordAudit(trx, actor, {
      action: 'roadmap-action.create',
      siteId,
      entity: 'roadmapAction',
      entityId: a.id,
      detail: a,
    });
    return view(actor, siteId, a);
  });
}

export async function updateAction(
  db: Db,
  actor: Actor,
  siteId: string,
  id: string,
  body: unknown,
): Promise<ActionView> {
  // Checked again here, not only on the route: the CLI and other services call this too.
  requirePermission(actor, 'roadmap.update', siteId);
  const patch = await validate<Record<string, unknown>>(RoadmapActionPatch, body);
  return db.kysely.transaction().execute(async (trx) => {
    const before = await loadAction(trx, siteId, id);
    const merged = await validate<RoadmapActionDoc>(RoadmapAction, mergePatch(before, patch));
    // An unchanged action writes and records nothing (and so needs no reason).
    if (JSON.stringify(canonicalAction(merged)) === JSON.stringify(before)) return view(actor, siteId, before);
    requireReason(actor, await requireSite(trx, siteId));
    await checkRefs(trx, siteId, merged, before);
    const after = canonicalAction(merged);
    await trx
      .updateTable('roadmap_actions')
      .set(actionToRow(siteId, after, nowIso()))
      .where('site_id', '=', siteId)
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, actor, {
      action: 'roadmap-action.update',
      siteId,
      entity: 'roadmapAction',
      entityId: id,
      detail: { before, after },
    });
    return view(actor, siteId, after);
  });
}

export async function deleteAction(db: Db, actor: Actor, siteId: string, id: string): Promise<void> {
  // Checked again here, not only on the route: the CLI and other services call this too.
  requirePermission(actor, 'roadmap.update', siteId);
  await db.kysely.transaction().execute(async (trx) => {
    const before = await loadAction(trx, siteId, id);
    requireReason(actor, await requireSite(trx, siteId));
    await trx.deleteFrom('roadmap_actions').where('site_id', '=', siteId).where('id', '=', id).execute();
    await recordAudit(trx, actor, {
      action: 'roadmap-action.delete',
      siteId,
      entity: 'roadmapAction',
      entityId: id,
      detail: before,
    });
  });
}
