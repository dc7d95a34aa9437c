// The drift queue's decisions (issue #9 item 5). Accepting a finding changes the model — the asset,
// conduit or channel the traffic showed — through the same checks as a change request; on a site
// under change control it files a change request instead. Rejecting needs a reason. Either way the
// decision is audited and the finding keeps who, when and why.
import Type from 'typebox';
import { acceptPlan } from '../../../core/discovery/finding-ops.js';
import { FINDING_RULES, type Finding } from '../../../core/discovery/findings.js';
import { ChangeOp } from '../../../core/schemas/change-request.js';
import type { AssetDoc } from '../../../core/schemas/site-file.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../errors.js';
import { validate } from '../../validation.js';
import { requirePermission, requireReason } from '../access.js';
import { recordAudit } from '../audit/audit.repository.js';
import { checkOps, currentSite } from '../change-requests/change-request-apply.js';
import { changeControlOf } from '../change-requests/change-requests.repository.js';
import { proposeChange } from '../change-requests/change-requests.service.js';
import { applySite } from '../site-files/site-apply.js';
import { nowIso, requireSite } from '../site-refs.js';
import { userNames } from '../user-names.js';
import * as repo from './discovery.repository.js';
import { findingView, type FindingView } from './discovery.views.js';

export const AcceptBody = Type.Object(
  {
    reason: Type.Optional(Type.String({ maxLength: 2000 })),
    asset: Type.Optional(
      Type.Object(
        {
          id: Type.Optional(Type.String({ maxLength: 64 })),
          name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
          type: Type.Optional(Type.String({ maxLength: 40 })),
          zone: Type.Optional(Type.String({ maxLength: 64 })),
          vendor: Type.Optional(Type.String({ maxLength: 200 })),
          model: Type.Optional(Type.String({ maxLength: 200 })),
        },
        { additionalProperties: false, description: 'HOST-UNKNOWN: overrides of the proposed asset' },
      ),
    ),
  },
  { additionalProperties: false },
);
export const RejectBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 2000 }) },
  { additionalProperties: false },
);

const OpsSchema = Type.Array(ChangeOp);

const SEVERITY_ORDER: Record<string, number> = { high: 0, medium: 1, low: 2 };
const STATUS_ORDER: Record<string, number> = { open: 0, accepted: 1, rejected: 2 };

export async function listFindings(
  db: Db,
  actor: Actor,
  siteId: string,
  q: { status?: string; rule?: string },
): Promise<{ items: FindingView[] }> {
  await requireSite(db.kysely, siteId);
  const status = q.status === undefined || q.status === '' ? 'open' : q.status;
  if (!['open', 'accepted', 'rejected', 'all'].includes(status))
    throw new AppError('C981_ERR_VALIDATION', `status must be open, accepted, rejected or all; got "${status}"`);
  if (q.rule && !(FINDING_RULES as readonly string[]).includes(q.rule))
    throw new AppError('C981_ERR_VALIDATION', `rule must be one of ${FINDING_RULES.join(', ')}; got "${q.rule}"`);
  const rows = await repo.listFindings(db.kysely, siteId, {
    status: status === 'all' ? undefined : status,
    rule: q.rule || undefined,
  });
  rows.sort(
    (a, b) =>
      (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9) ||
      (SEVERITY_ORDER[a.severity] ?? 9) - (SEVERITY_ORDER[b.severity] ?? 9) ||
      b.last_seen.localeCompare(a.last_seen) ||
      a.id.localeCompare(b.id),
  );
  const names = await userNames(
    db.kysely,
    rows.map((r) => r.decided_by),
  );
  return { items: rows.map((r) => findingView(actor, r, names)) };
}

function asFinding(row: repo.FindingRow): Finding {
  return {
    rule: row.rule as Finding['rule'],
    subject: row.subject,
    severity: row.severity as Finding['severity'],
    message: row.message,
    first: row.first_seen,
    last: row.last_seen,
    details: JSON.parse(row.details) as Finding['details'],
  };
}

async function loadOpen(db: Db, siteId: string, id: string): Promise<repo.FindingRow> {
  const row = await repo.getFinding(db.kysely, siteId, id);
  if (!row) throw new AppError('C981_ERR_NOT_FOUND', `finding "${id}" not found`);
  if (row.status !== 'open')
    throw new AppError('C981_ERR_CONFLICT', `finding "${id}" was already ${row.status} by someone`);
  return row;
}

export interface AcceptAnswer {
  finding: FindingView;
  applied: 'model' | 'change-request' | 'acknowledged';
  changeRequestId?: number;
  entity?: { kind: 'asset' | 'conduit'; id: string };
}

export async function acceptFinding(
  db: Db,
  actor: Actor,
  siteId: string,
  id: string,
  body: unknown,
): Promise<AcceptAnswer> {
  requirePermission(actor, 'discovery.decide', siteId);
  const input = await validate<{ reason?: string; asset?: Partial<AssetDoc> }>(AcceptBody, body);
  const reason = input.reason?.trim() || actor.reason?.trim() || undefined;
  const who = reason === undefined ? actor : { ...actor, reason };
  await loadOpen(db, siteId, id);
  const result = await db.kysely.transaction().execute(async (trx) => {
    const siteRow = await requireSite(trx, siteId);
    const row = await repo.getFinding(trx, siteId, id);
    if (!row || row.status !== 'open') throw new AppError('C981_ERR_CONFLICT', `finding "${id}" was decided meanwhile`);
    const site = await currentSite(trx, siteId);
    let plan;
    try {
      plan = acceptPlan(asFinding(row), site, input.asset);
    } catch (e) {
      throw new AppError('C981_ERR_CONFLICT', `the model changed since this was seen: ${(e as Error).message}`);
    }
    // The asset overrides come from the caller: the operations get the schema check a change
    // request's operations get (types, lengths, enums) before the site-file rules run.
    if (plan.kind === 'change') await validate(OpsSchema, plan.ops);
    const now = nowIso();
    let applied: AcceptAnswer['applied'] = 'acknowledged';
    let changeRequestId: number | null = null;
    if (plan.kind === 'acknowledge') {
      // Nothing in the model changes, so the reason is the whole record of the decision.
      if (reason === undefined)
        throw new AppError('C981_ERR_REASON_REQUIRED', 'say why this risk is acceptable (reason)');
    } else if ((await changeControlOf(trx, siteId))?.enabled === true) {
      requirePermission(actor, 'changeRequest.create', siteId);
      const cr = await proposeChange(trx, db, who, siteId, {
        title: plan.title,
        description: `From drift finding ${row.rule}: ${row.message}`,
        ops: plan.ops,
      });
      applied = 'change-request';
      changeRequestId = cr.id;
    } else {
      requireReason(who, siteRow);
      const target = checkOps(site, plan.ops);
      await applySite(trx, db.dialect, who, target, site, now);
      applied = 'model';
    }
    const won = await repo.decideFinding(trx, id, {
      status: 'accepted',
      decided_by: actor.id,
      decided_at: now,
      decision_reason: reason ?? null,
      change_request_id: changeRequestId === null ? null : String(changeRequestId),
    });
    if (!won) throw new AppError('C981_ERR_CONFLICT', `finding "${id}" was decided meanwhile`);
    await recordAudit(trx, who, {
      action: 'discovery.finding.accept',
      siteId,
      entity: 'driftFinding',
      entityId: id,
      reason: reason ?? null,
      detail: {
        rule: row.rule,
        subject: row.subject,
        applied,
        changeRequestId,
        ...(plan.kind === 'change' ? { ops: plan.ops } : {}),
      },
    });
    return { applied, changeRequestId, entity: plan.kind === 'change' ? plan.entity : undefined };
  });
  const finding = await findingOf(db, actor, siteId, id);
  return {
    finding,
    applied: result.applied,
    ...(result.changeRequestId === null ? {} : { changeRequestId: result.changeRequestId }),
    ...(result.entity ? { entity: result.entity } : {}),
  };
}

export async function rejectFinding(
  db: Db,
  actor: Actor,
  siteId: string,
  id: string,
  body: unknown,
): Promise<{ finding: FindingView }> {
  requirePermission(actor, 'discovery.decide', siteId);
  const { reason } = await validate<{ reason: string }>(RejectBody, body);
  if (reason.trim() === '') throw new AppError('C981_ERR_REASON_REQUIRED', 'say why this finding is rejected');
  const row = await loadOpen(db, siteId, id);
  await db.kysely.transaction().execute(async (trx) => {
    const won = await repo.decideFinding(trx, id, {
      status: 'rejected',
      decided_by: actor.id,
      decided_at: nowIso(),
      decision_reason: reason.trim(),
      change_request_id: null,
    });
    if (!won) throw new AppError('C981_ERR_CONFLICT', `finding "${id}" was decided meanwhile`);
    await recordAudit(trx, actor, {
      action: 'discovery.finding.reject',
      siteId,
      entity: 'driftFinding',
      entityId: id,
      reason: reason.trim(),
      detail: { rule: row.rule, subject: row.subject },
    });
  });
  return { finding: await findingOf(db, actor, siteId, id) };
}

async function findingOf(db: Db, actor: Actor, siteId: string, id: string): Promise<FindingView> {
  const row = (await repo.getFinding(db.kysely, siteId, id))!;
  return findingView(actor, row, await userNames(db.kysely, [row.decided_by]));
}
