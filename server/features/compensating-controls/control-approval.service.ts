// Approving a compensating control (DESIGN §3.1: only approved, unexpired controls count).
// In regulated sites the approval is an electronic signature: the signer re-enters their
// password, and the record states the printed name, date and time and meaning, bound to the
// hash of what was signed (the shape of 21 CFR Part 11 §11.50 and §11.70).
import Type from 'typebox';
import { DateString } from '../../../core/schemas/site-file.js';
import { canonicalControl } from '../../../core/sitefile/canonical.js';
import { checkControlFields } from '../../../core/sitefile/field-rules.js';
import type { Issue } from '../../../core/sitefile/issue.js';
import type { Actor } from '../../actor.js';
import type { Queryable } from '../../db/batch.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../errors.js';
import { validate } from '../../validation.js';
import { requirePermission, requireReason } from '../access.js';
import { takeBaseline } from '../baselines/baselines.service.js';
import { recordAudit } from '../audit/audit.repository.js';
import { nowIso, requireSite, throwIfIssues } from '../site-refs.js';
import {
  SIGNATURE_MEANINGS,
  SignatureBody,
  sign,
  type Signature,
  type SignatureInput,
} from '../signatures/e-signature.js';
import { controlToRow } from './compensating-controls.mapper.js';
import { loadControl, type ControlView } from './compensating-controls.service.js';

// The signing itself is shared with the risk assessment's approval (signatures/e-signature.ts).
export { SIGNATURE_MEANINGS, type Signature };

export const ApproveBody = Type.Object(
  {
    expires: Type.Optional(DateString),
    signature: Type.Optional(SignatureBody),
  },
  { additionalProperties: false },
);

interface ApproveInput {
  expires?: string;
  signature?: SignatureInput;
}

export type ApprovedControl = ControlView & { signature?: Signature };

/** Issue #4: an approver never approves their own work (whoever created or last changed it). */
async function refuseOwnWork(trx: Queryable, actor: Actor, siteId: string, id: string): Promise<void> {
  if (!actor.principal) return;
  const own = await trx
    .selectFrom('audit_events')
    .select('seq')
    .where('site_id', '=', siteId)
    .where('entity', '=', 'compensatingControl')
    .where('entity_id', '=', id)
    .where('action', 'in', ['compensating-control.create', 'compensating-control.update'])
    .where('actor', '=', actor.id)
    .limit(1)
    .executeTakeFirst();
  if (own)
    throw new AppError(
      'C981_ERR_FORBIDDEN',
      `you created or changed compensating control "${id}": someone else must approve it`,
    );
}

export async function approveControl(
  db: Db,
  actor: Actor,
  siteId: string,
  id: string,
  body: unknown,
): Promise<ApprovedControl> {
  requirePermission(actor, 'compensatingControl.approve', siteId);
  const input = await validate<ApproveInput>(ApproveBody, body ?? {});
  const issues: Issue[] = [];
  checkControlFields({ expires: input.expires }, [], issues);
  throwIfIssues(issues);
  return db.kysely.transaction().execute(async (trx) => {
    const before = await loadControl(trx, siteId, id);
    const site = await requireSite(trx, siteId);
    requireReason(actor, site);
    await refuseOwnWork(trx, actor, siteId, id);
    const approvedAt = `${new Date().toISOString().slice(0, 19)}Z`;
    const after = canonicalControl({
      ...before,
      approvedBy: actor.id,
      approvedAt,
      ...(input.expires ? { expires: input.expires } : {}),
    });
    if (after.expires !== undefined && after.expires.slice(0, 10) < approvedAt.slice(0, 10))
      throwIfIssues([{ path: ['expires'], message: `expires (${after.expires}) is before the approval date` }]);
    // Users sign in regulated sites; the local operator (no password) is audited with its reason.
    const signature =
      site.regulated === 1 && actor.principal
        ? await sign(
            trx,
            actor,
            input.signature,
            after,
            approvedAt,
            'approvals in a regulated site are signed: send signature { password, meaning }',
          )
        : undefined;
    await trx
      .updateTable('compensating_controls')
      .set(controlToRow(siteId, after, nowIso()))
      .where('site_id', '=', siteId)
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, actor, {
      action: 'compensating-control.approve',
      siteId,
      entity: 'compensatingControl',
      entityId: id,
      detail: { before, after, ...(signature ? { signature } : {}) },
    });
    // Issue #7: every approval freezes the model it approved as a baseline.
    await takeBaseline(trx, actor, siteId, {
      name: `Compensating control ${id} approved`,
      trigger: 'control-approval',
      ref: id,
    });
    return { site: siteId, ...after, ...(signature ? { signature } : {}) };
  });
}
