// Approving a compensating control (DESIGN §3.1: only approved, unexpired controls count).
// In regulated sites the approval is an electronic signature: the signer re-enters their
// password, and the record states the printed name, date and time and meaning, bound to the
// hash of what was signed (the shape of 21 CFR Part 11 §11.50 and §11.70).
import { createHash } from 'node:crypto';
import Type from 'typebox';
import { DateString, type CompensatingControlDoc } from '../../../core/schemas/site-file.js';
import { canonicalControl } from '../../../core/sitefile/canonical.js';
import { checkControlFields } from '../../../core/sitefile/field-rules.js';
import type { Issue } from '../../../core/sitefile/issue.js';
import type { Actor } from '../../actor.js';
import type { Queryable } from '../../db/batch.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../errors.js';
import { validate } from '../../validation.js';
import { requirePermission, requireReason } from '../access.js';
import { recordAudit } from '../audit/audit.repository.js';
import { nowIso, requireSite, throwIfIssues } from '../site-refs.js';
import { verifyPassword } from '../users/passwords.js';
import { controlToRow } from './compensating-controls.mapper.js';
import { loadControl, type ControlView } from './compensating-controls.service.js';

export const SIGNATURE_MEANINGS = ['approved', 'reviewed'] as const;

export const ApproveBody = Type.Object(
  {
    expires: Type.Optional(DateString),
    signature: Type.Optional(
      Type.Object(
        {
          password: Type.String({ maxLength: 1024, description: "the signer's password, entered again" }),
          meaning: Type.Enum([...SIGNATURE_MEANINGS], { description: 'what the signature means' }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

interface ApproveInput {
  expires?: string;
  signature?: { password: string; meaning: (typeof SIGNATURE_MEANINGS)[number] };
}

export interface Signature {
  printedName: string;
  signedBy: string;
  signedAt: string;
  meaning: string;
  /** SHA-256 of the canonical control as approved: the signature belongs to exactly this content. */
  contentHash: string;
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

async function sign(
  trx: Queryable,
  actor: Actor,
  input: ApproveInput,
  signed: CompensatingControlDoc,
  signedAt: string,
): Promise<Signature> {
  if (!input.signature)
    throw new AppError(
      'C981_ERR_SIGNATURE_REQUIRED',
      'approvals in a regulated site are signed: send signature { password, meaning }',
    );
  const user = await trx
    .selectFrom('users')
    .select(['id', 'name', 'password_hash'])
    .where('id', '=', actor.principal?.userId ?? '')
    .executeTakeFirst();
  if (!user || !(await verifyPassword(user.password_hash, input.signature.password)))
    throw new AppError('C981_ERR_SIGNATURE_INVALID', 'the signature password is wrong');
  return {
    printedName: user.name,
    signedBy: user.id,
    signedAt,
    meaning: input.signature.meaning,
    contentHash: createHash('sha256').update(JSON.stringify(signed)).digest('hex'),
  };
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
      site.regulated === 1 && actor.principal ? await sign(trx, actor, input, after, approvedAt) : undefined;
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
    return { site: siteId, ...after, ...(signature ? { signature } : {}) };
  });
}
