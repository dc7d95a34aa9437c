// Review and application of change requests (issue #7): approval is an electronic signature by
// someone other than the author, bound to the exact operations and their base; rejection says why;
// only an approved, non-stale proposal is applied, atomically, producing a baseline. An emergency
// change was applied when proposed and is approved (or flagged overdue) afterwards.
import Type from 'typebox';
import { Text } from '../../../core/schemas/common.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../errors.js';
import { validate } from '../../validation.js';
import { requirePermission } from '../access.js';
import { recordAudit } from '../audit/audit.repository.js';
import { sign, SignatureBody, type SignatureInput } from '../signatures/e-signature.js';
import { nowIso } from '../site-refs.js';
import { applyChange, currentSite, staleKeys } from './change-request-apply.js';
import * as repo from './change-requests.repository.js';
import { getChangeRequest, loadChangeRequest } from './change-requests.service.js';
import type { ChangeRequestView } from './change-request.view.js';

export const ApproveBody = Type.Object({ signature: Type.Optional(SignatureBody) }, { additionalProperties: false });
export const RejectBody = Type.Object({ reason: Text(4000) }, { additionalProperties: false });

function refuseAuthor(actor: Actor, row: repo.ChangeRequestRow, doing: string): void {
  if (!actor.principal || actor.id === row.author)
    throw new AppError(
      'C981_ERR_FORBIDDEN',
      `change request ${row.id} is ${doing} by a signed-in user other than its author`,
    );
}

function refuseStale(id: number, stale: string[]): void {
  if (stale.length > 0)
    throw new AppError(
      'C981_ERR_STALE',
      `change request ${id} is stale: ${stale.join(', ')} changed since it was proposed; rebase it (POST …/rebase) and have it approved again`,
      stale.map((k) => ({ path: k, message: 'changed since the proposal' })),
    );
}

async function nameOf(db: Parameters<typeof sign>[0], actor: Actor): Promise<string> {
  const u = await db
    .selectFrom('users')
    .select('name')
    .where('id', '=', actor.principal?.userId ?? '')
    .executeTakeFirst();
  return u?.name ?? actor.id;
}

/** POST …/{id}/approve with `{ signature: { password, meaning } }` (always signed). */
export async function approveChangeRequest(
  db: Db,
  actor: Actor,
  siteId: string,
  id: number,
  body: unknown,
): Promise<ChangeRequestView> {
  requirePermission(actor, 'changeRequest.approve', siteId);
  const input = await validate<{ signature?: SignatureInput }>(ApproveBody, body ?? {});
  await db.kysely.transaction().execute(async (trx) => {
    const row = await loadChangeRequest(trx, siteId, id);
    const emergency = row.emergency === 1 && row.status === 'applied' && row.decision === null;
    if (row.status !== 'open' && !emergency)
      throw new AppError('C981_ERR_CONFLICT', `change request ${id} is ${row.status}: there is nothing to approve`);
    refuseAuthor(actor, row, 'approved');
    // An emergency change is already applied: its base is history. Otherwise the approval must be
    // for the model as it is, or it would approve something other than what will be applied.
    if (!emergency) refuseStale(id, staleKeys(await currentSite(trx, siteId), repo.parseOps(row)));
    const at = `${new Date().toISOString().slice(0, 19)}Z`;
    const signature = await sign(
      trx,
      actor,
      input.signature,
      { site: siteId, id, title: row.title, ops: row.ops },
      at,
      'a change request is approved with an electronic signature: send signature { password, meaning }',
    );
    const decision: repo.Decision = { kind: 'approved', by: actor.id, byName: await nameOf(trx, actor), at, signature };
    await repo.updateChangeRequest(trx, siteId, id, {
      decision: JSON.stringify(decision),
      status: emergency ? 'applied' : 'approved',
      updated_at: nowIso(),
    });
    await recordAudit(trx, actor, {
      action: 'change-request.approve',
      siteId,
      entity: 'changeRequest',
      entityId: String(id),
      reason: actor.reason ?? null,
      detail: { signature, emergency },
    });
  });
  return getChangeRequest(db, actor, siteId, id);
}

/** POST …/{id}/reject with `{ reason }`. */
export async function rejectChangeRequest(
  db: Db,
  actor: Actor,
  siteId: string,
  id: number,
  body: unknown,
): Promise<ChangeRequestView> {
  requirePermission(actor, 'changeRequest.approve', siteId);
  const { reason } = await validate<{ reason: string }>(RejectBody, body);
  if (!reason.trim())
    throw new AppError('C981_ERR_VALIDATION', 'reason: say why the change is rejected', [
      { path: 'reason', message: 'empty' },
    ]);
  await db.kysely.transaction().execute(async (trx) => {
    const row = await loadChangeRequest(trx, siteId, id);
    if (row.status !== 'open')
      throw new AppError(
        'C981_ERR_CONFLICT',
        `change request ${id} is ${row.status}: only an open one can be rejected`,
      );
    refuseAuthor(actor, row, 'rejected');
    const decision: repo.Decision = {
      kind: 'rejected',
      by: actor.id,
      byName: await nameOf(trx, actor),
      at: nowIso(),
      reason,
    };
    await repo.updateChangeRequest(trx, siteId, id, {
      decision: JSON.stringify(decision),
      status: 'rejected',
      updated_at: nowIso(),
    });
    await recordAudit(trx, actor, {
      action: 'change-request.reject',
      siteId,
      entity: 'changeRequest',
      entityId: String(id),
      reason,
    });
  });
  return getChangeRequest(db, actor, siteId, id);
}

/** POST …/{id}/apply: an approved, non-stale proposal is applied in one transaction. */
export async function applyChangeRequest(db: Db, actor: Actor, siteId: string, id: number): Promise<ChangeRequestView> {
  requirePermission(actor, 'changeRequest.create', siteId);
  await db.kysely.transaction().execute(async (trx) => {
    const row = await loadChangeRequest(trx, siteId, id);
    if (row.status !== 'approved')
      throw new AppError(
        'C981_ERR_CONFLICT',
        `change request ${id} is ${row.status}: only an approved change request is applied`,
      );
    const stored = repo.parseOps(row);
    refuseStale(id, staleKeys(await currentSite(trx, siteId), stored));
    const now = nowIso();
    const { baseline } = await applyChange(trx, db, actor, siteId, { id, title: row.title, ops: stored.ops }, now);
    await repo.updateChangeRequest(trx, siteId, id, {
      status: 'applied',
      applied_at: now,
      applied_by: actor.id,
      applied_baseline: baseline,
      updated_at: now,
    });
  });
  return getChangeRequest(db, actor, siteId, id);
}
