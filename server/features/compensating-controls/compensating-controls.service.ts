import {
  CompensatingControl,
  CompensatingControlPatch,
  type CompensatingControlDoc,
} from '../../../core/schemas/site-file.js';
import { canonicalControl } from '../../../core/sitefile/canonical.js';
import { checkControlFields } from '../../../core/sitefile/field-rules.js';
import type { Issue } from '../../../core/sitefile/issue.js';
import type { Actor } from '../../actor.js';
import type { Queryable } from '../../db/batch.js';
import type { Db } from '../../db/connection.js';
import { riskList, scenariosNaming } from '../risks/risks.repository.js';
import { actionList, openActionsRetiring } from '../roadmap/roadmap.repository.js';
import { AppError, notFound } from '../../errors.js';
import { validate } from '../../validation.js';
import { requirePermission } from '../access.js';
import { recordAudit } from '../audit/audit.repository.js';
import { decodeCursor, pageLimit, toPage, type Page, type PageQuery } from '../pagination.js';
import { existingAssets, mergePatch, nowIso, requireSite, scopeKind, throwIfIssues } from '../site-refs.js';
import { controlFromRow, controlToRow } from './compensating-controls.mapper.js';

export type ControlView = CompensatingControlDoc & { site: string };

export async function listControls(
  db: Db,
  _actor: Actor,
  siteId: string,
  q: PageQuery & { scope?: string },
): Promise<Page<ControlView>> {
  await requireSite(db.kysely, siteId);
  const limit = pageLimit(q.limit);
  const after = decodeCursor(q.cursor, 1);
  let query = db.kysely
    .selectFrom('compensating_controls')
    .selectAll()
    .where('site_id', '=', siteId)
    .orderBy('id')
    .limit(limit + 1);
  if (after) query = query.where('id', '>', String(after[0]));
  if (q.scope) query = query.where('scope_id', '=', q.scope);
  return toPage(
    await query.execute(),
    limit,
    (r) => ({ site: siteId, ...controlFromRow(r) }),
    (r) => [r.id],
  );
}

export async function loadControl(db: Queryable, siteId: string, id: string): Promise<CompensatingControlDoc> {
  await requireSite(db, siteId);
  const row = await db
    .selectFrom('compensating_controls')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('compensating control', id);
  return controlFromRow(row);
}

export async function getControl(db: Db, _actor: Actor, siteId: string, id: string): Promise<ControlView> {
  return { site: siteId, ...(await loadControl(db.kysely, siteId, id)) };
}

async function checkControl(db: Queryable, siteId: string, c: CompensatingControlDoc): Promise<void> {
  const issues: Issue[] = [];
  checkControlFields(c, [], issues);
  if (!(await scopeKind(db, siteId, c.scope)))
    issues.push({ path: ['scope'], message: `scope "${c.scope}" is not a zone or conduit of site "${siteId}"` });
  const found = await existingAssets(db, siteId, c.assets ?? []);
  (c.assets ?? []).forEach((a, i) => {
    if (!found.has(a)) issues.push({ path: ['assets', i], message: `asset "${a}" does not exist in site "${siteId}"` });
  });
  throwIfIssues(issues);
}

/**
 * An approval is an act of its own (POST …/approve: the approve permission, no self-approval, an
 * e-signature on regulated sites), never a field an author fills in. IEC 62443-2-1 / 21 CFR Part 11
 * §11.70: a signature must stay linked to what was signed, so create and edit cannot carry one.
 */
function refuseApprovalFields(body: unknown): void {
  if (typeof body !== 'object' || body === null) return;
  const keys = ['approvedBy', 'approvedAt'].filter((k) => k in body);
  if (keys.length > 0)
    throw new AppError(
      'C981_ERR_VALIDATION',
      'a compensating control is approved only through POST …/compensating-controls/{id}/approve',
      keys.map((k) => ({ path: k, message: 'set by the approval, not by an edit' })),
    );
}

function withoutApproval(control: CompensatingControlDoc): CompensatingControlDoc {
  const copy = { ...control };
  delete copy.approvedBy;
  delete copy.approvedAt;
  return copy;
}

export async function createControl(db: Db, actor: Actor, siteId: string, body: unknown): Promise<ControlView> {
  // Checked again here, not only on the route: the CLI and other services call this too.
  requirePermission(actor, 'compensatingControl.create', siteId);
  refuseApprovalFields(body);
  const control = canonicalControl(await validate<CompensatingControlDoc>(CompensatingControl, body));
  return db.kysely.transaction().execute(async (trx) => {
    await requireSite(trx, siteId);
    const exists = await trx
      .selectFrom('compensating_controls')
      .select('id')
      .where('site_id', '=', siteId)
      .where('id', '=', control.id)
      .executeTakeFirst();
    if (exists)
      throw new AppError(
        'C981_ERR_CONFLICT',
        `compensating control "${control.id}" already exists in site "${siteId}"`,
      );
    await checkControl(trx, siteId, control);
    const now = nowIso();
    await trx
      .insertInto('compensating_controls')
      .values({ ...controlToRow(siteId, control, now), created_at: now })
      .execute();
    await recordAudit(trx, actor, {
      action: 'compensating-control.create',
      siteId,
      entity: 'compensatingControl',
      entityId: control.id,
      detail: control,
    });
    return { site: siteId, ...control };
  });
}

export async function updateControl(
  db: Db,
  actor: Actor,
  siteId: string,
  id: string,
  body: unknown,
): Promise<ControlView> {
  // Checked again here, not only on the route: the CLI and other services call this too.
  requirePermission(actor, 'compensatingControl.update', siteId);
  refuseApprovalFields(body);
  const patch = await validate<Record<string, unknown>>(CompensatingControlPatch, body);
  return db.kysely.transaction().execute(async (trx) => {
    const before = await loadControl(trx, siteId, id);
    const merged = canonicalControl(
      await validate<CompensatingControlDoc>(CompensatingControl, mergePatch(before, patch)),
    );
    // The approval covered the content as it was: any change sends the control back for approval.
    const changed = JSON.stringify(merged) !== JSON.stringify(before);
    const after = changed ? withoutApproval(merged) : merged;
    await checkControl(trx, siteId, after);
    await trx
      .updateTable('compensating_controls')
      .set(controlToRow(siteId, after, nowIso()))
      .where('site_id', '=', siteId)
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, actor, {
      action: 'compensating-control.update',
      siteId,
      entity: 'compensatingControl',
      entityId: id,
      detail: { before, after },
    });
    return { site: siteId, ...after };
  });
}

export async function deleteControl(db: Db, actor: Actor, siteId: string, id: string): Promise<void> {
  // Checked again here, not only on the route: the CLI and other services call this too.
  requirePermission(actor, 'compensatingControl.delete', siteId);
  await db.kysely.transaction().execute(async (trx) => {
    await loadControl(trx, siteId, id);
    // IEC 62443-3-2 ZCR 5: scenarios rated with this control in place must be re-rated first.
    const scenarios = await scenariosNaming(trx, siteId, 'compensatingControls', id);
    if (scenarios.length > 0)
      throw new AppError(
        'C981_ERR_IN_USE',
        `compensating control "${id}" is a countermeasure of ${riskList(scenarios.map((r) => r.id))}; remove it there (and re-rate their residual risk) first`,
      );
    // The roadmap's projection counts on the control until the open actions that retire it land.
    const actions = await openActionsRetiring(trx, siteId, id);
    if (actions.length > 0)
      throw new AppError(
        'C981_ERR_IN_USE',
        `compensating control "${id}" is retired by open ${actionList(actions)}; mark them done or take it out of their "retires" first`,
      );
    await trx.deleteFrom('compensating_controls').where('site_id', '=', siteId).where('id', '=', id).execute();
    await recordAudit(trx, actor, {
      action: 'compensating-control.delete',
      siteId,
      entity: 'compensatingControl',
      entityId: id,
    });
  });
}
