// Change requests (issue #7): a proposed set of edits to a site's zones, conduits (SL-T included),
// assets and compensating controls. Proposed, reviewed and approved with an e-signature by someone
// other than the author, then applied atomically (change-request-review.service.ts). Every step is
// audited. The proposal records the content of each entity it touches; if someone changes one of
// them meanwhile the proposal is stale and must be rebased (and approved again).
import { ChangeRequestCreate, ChangeRequestPatch, type ChangeOpDoc } from '../../../core/schemas/change-request.js';
import type { Actor } from '../../actor.js';
import type { Queryable } from '../../db/batch.js';
import type { Db } from '../../db/connection.js';
import { AppError, notFound } from '../../errors.js';
import { validate } from '../../validation.js';
import { requirePermission } from '../access.js';
import { recordAudit } from '../audit/audit.repository.js';
import { nowIso, requireSite, siteRevision } from '../site-refs.js';
import { userNames } from '../user-names.js';
import { applyChange, baseOf, checkOps, currentSite, staleKeys } from './change-request-apply.js';
import * as repo from './change-requests.repository.js';
import { CHANGE_REQUEST_STATUSES, changeRequestView, type ChangeRequestView } from './change-request.view.js';

const addDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Parses a change request id from the path (positive integer) or answers 404. */
export function changeRequestId(raw: string): number {
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1) throw notFound('change request', raw);
  return Number(raw);
}

export async function loadChangeRequest(db: Queryable, siteId: string, id: number): Promise<repo.ChangeRequestRow> {
  await requireSite(db, siteId);
  const row = await repo.findChangeRequest(db, siteId, id);
  if (!row) throw notFound('change request', String(id));
  return row;
}

/**
 * POST …/change-requests. An emergency change (changeRequest.emergency) is applied at once and
 * flagged until someone else approves it within the site's emergency days.
 */
export async function createChangeRequest(
  db: Db,
  actor: Actor,
  siteId: string,
  body: unknown,
): Promise<ChangeRequestView> {
  requirePermission(actor, 'changeRequest.create', siteId);
  const input = await validate<{ title: string; description?: string; ops: ChangeOpDoc[]; emergency?: boolean }>(
    ChangeRequestCreate,
    body,
  );
  if (input.emergency) requirePermission(actor, 'changeRequest.emergency', siteId);
  const row = await db.kysely.transaction().execute((trx) => proposeChange(trx, db, actor, siteId, input));
  return changeRequestView(actor, row, [], await userNames(db.kysely, [row.author, row.applied_by]));
}

/**
 * Files a change request in the caller's transaction (the emergency path applies it at once):
 * shared by the API and by services that turn other decisions into proposals (the drift queue).
 */
export async function proposeChange(
  trx: Queryable,
  db: Db,
  actor: Actor,
  siteId: string,
  input: { title: string; description?: string; ops: ChangeOpDoc[]; emergency?: boolean },
): Promise<repo.ChangeRequestRow> {
  await requireSite(trx, siteId);
  const settings = await repo.changeControlOf(trx, siteId);
  const site = await currentSite(trx, siteId);
  checkOps(site, input.ops);
  const now = nowIso();
  const stored: repo.StoredOps = { ops: input.ops, base: baseOf(site, input.ops) };
  const created: repo.ChangeRequestRow = {
    site_id: siteId,
    id: await repo.nextChangeRequestId(trx, siteId),
    title: input.title,
    description: input.description ?? null,
    status: 'open',
    emergency: input.emergency ? 1 : 0,
    ops: JSON.stringify(stored),
    base_revision: await siteRevision(trx, siteId),
    author: actor.id,
    created_at: now,
    updated_at: now,
    decision: null,
    applied_at: null,
    applied_by: null,
    applied_baseline: null,
    approval_due: input.emergency ? addDays(settings?.emergencyDays ?? 3) : null,
  };
  await repo.insertChangeRequest(trx, created);
  await recordAudit(trx, actor, {
    action: 'change-request.create',
    siteId,
    entity: 'changeRequest',
    entityId: String(created.id),
    reason: actor.reason ?? null,
    detail: { title: created.title, emergency: input.emergency === true, ops: input.ops.length },
  });
  if (!input.emergency) return created;
  const { baseline } = await applyChange(
    trx,
    db,
    actor,
    siteId,
    { id: created.id, title: created.title, ops: input.ops },
    now,
  );
  const applied = {
    status: 'applied',
    applied_at: now,
    applied_by: actor.id,
    applied_baseline: baseline,
    updated_at: now,
  };
  await repo.updateChangeRequest(trx, siteId, created.id, applied);
  return { ...created, ...applied };
}

export async function listChangeRequests(
  db: Db,
  actor: Actor,
  siteId: string,
  status: string | undefined,
): Promise<{ items: ChangeRequestView[] }> {
  requirePermission(actor, 'site.read', siteId);
  await requireSite(db.kysely, siteId);
  if (status !== undefined && !(CHANGE_REQUEST_STATUSES as readonly string[]).includes(status))
    throw new AppError('C981_ERR_VALIDATION', `status must be one of ${CHANGE_REQUEST_STATUSES.join(', ')}`, [
      { path: 'status', message: `unknown status "${status}"` },
    ]);
  const rows = await repo.listChangeRequests(db.kysely, siteId, status);
  // One read of the site serves every live request's stale check.
  const live = rows.some((r) => r.status === 'open' || r.status === 'approved');
  const site = live ? await currentSite(db.kysely, siteId) : null;
  const names = await userNames(
    db.kysely,
    rows.flatMap((r) => [r.author, r.applied_by]),
  );
  return {
    items: rows.map((r) =>
      changeRequestView(
        actor,
        r,
        site && (r.status === 'open' || r.status === 'approved') ? staleKeys(site, repo.parseOps(r)) : null,
        names,
      ),
    ),
  };
}

/** One change request, with the entities that changed since it was proposed (`stale`). */
export async function getChangeRequest(db: Db, actor: Actor, siteId: string, id: number): Promise<ChangeRequestView> {
  requirePermission(actor, 'site.read', siteId);
  const row = await loadChangeRequest(db.kysely, siteId, id);
  const live = row.status === 'open' || row.status === 'approved';
  const stale = live ? staleKeys(await currentSite(db.kysely, siteId), repo.parseOps(row)) : null;
  return changeRequestView(actor, row, stale, await userNames(db.kysely, [row.author, row.applied_by]));
}

function requireStatus(row: repo.ChangeRequestRow, allowed: readonly string[], doing: string): void {
  if (!allowed.includes(row.status))
    throw new AppError('C981_ERR_CONFLICT', `change request ${row.id} is ${row.status}: it cannot be ${doing}`);
}

/** PATCH …/change-requests/{id}: the author edits an open proposal (new ops are re-based). */
export async function updateChangeRequest(
  db: Db,
  actor: Actor,
  siteId: string,
  id: number,
  body: unknown,
): Promise<ChangeRequestView> {
  requirePermission(actor, 'changeRequest.create', siteId);
  const patch = await validate<{ title?: string; description?: string | null; ops?: ChangeOpDoc[] }>(
    ChangeRequestPatch,
    body,
  );
  await db.kysely.transaction().execute(async (trx) => {
    const row = await loadChangeRequest(trx, siteId, id);
    requireStatus(row, ['open'], 'edited');
    if (row.author !== actor.id)
      throw new AppError('C981_ERR_FORBIDDEN', `only the author of change request ${id} may edit it`);
    const set: Parameters<typeof repo.updateChangeRequest>[3] = { updated_at: nowIso() };
    if (patch.title !== undefined) set.title = patch.title;
    if (patch.description !== undefined) set.description = patch.description;
    if (patch.ops !== undefined) {
      const site = await currentSite(trx, siteId);
      checkOps(site, patch.ops);
      set.ops = JSON.stringify({ ops: patch.ops, base: baseOf(site, patch.ops) } satisfies repo.StoredOps);
      set.base_revision = await siteRevision(trx, siteId);
    }
    await repo.updateChangeRequest(trx, siteId, id, set);
    await recordAudit(trx, actor, {
      action: 'change-request.update',
      siteId,
      entity: 'changeRequest',
      entityId: String(id),
      reason: actor.reason ?? null,
      detail: { fields: Object.keys(patch) },
    });
  });
  return getChangeRequest(db, actor, siteId, id);
}

/** POST …/{id}/withdraw: an open or approved proposal is dropped; it stays on record. */
export async function withdrawChangeRequest(
  db: Db,
  actor: Actor,
  siteId: string,
  id: number,
): Promise<ChangeRequestView> {
  requirePermission(actor, 'changeRequest.create', siteId);
  await db.kysely.transaction().execute(async (trx) => {
    const row = await loadChangeRequest(trx, siteId, id);
    requireStatus(row, ['open', 'approved'], 'withdrawn');
    await repo.updateChangeRequest(trx, siteId, id, { status: 'withdrawn', updated_at: nowIso() });
    await recordAudit(trx, actor, {
      action: 'change-request.withdraw',
      siteId,
      entity: 'changeRequest',
      entityId: String(id),
      reason: actor.reason ?? null,
    });
  });
  return getChangeRequest(db, actor, siteId, id);
}

/**
 * POST …/{id}/rebase: takes the site as it is now as the new base, if the operations still apply.
 * Any approval is void (it was given against another base): the request is open again.
 */
export async function rebaseChangeRequest(
  db: Db,
  actor: Actor,
  siteId: string,
  id: number,
): Promise<ChangeRequestView> {
  requirePermission(actor, 'changeRequest.create', siteId);
  await db.kysely.transaction().execute(async (trx) => {
    const row = await loadChangeRequest(trx, siteId, id);
    requireStatus(row, ['open', 'approved'], 'rebased');
    const { ops } = repo.parseOps(row);
    const site = await currentSite(trx, siteId);
    checkOps(site, ops);
    await repo.updateChangeRequest(trx, siteId, id, {
      ops: JSON.stringify({ ops, base: baseOf(site, ops) } satisfies repo.StoredOps),
      base_revision: await siteRevision(trx, siteId),
      status: 'open',
      decision: null,
      updated_at: nowIso(),
    });
    await recordAudit(trx, actor, {
      action: 'change-request.rebase',
      siteId,
      entity: 'changeRequest',
      entityId: String(id),
      reason: actor.reason ?? null,
      detail: { approvalVoided: row.status === 'approved' },
    });
  });
  return getChangeRequest(db, actor, siteId, id);
}
