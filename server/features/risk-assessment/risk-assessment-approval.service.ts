// IEC 62443-3-2 ZCR 7: the asset owner's sign-off of the risk assessment. Always an electronic
// signature (password re-entered, printed name, meaning, content hash), never by whoever changed
// it last (separation of duties), and it freezes the version with the model it was made on.
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../errors.js';
import { validate } from '../../validation.js';
import { requirePermission, requireReason } from '../access.js';
import { takeBaseline } from '../baselines/baselines.service.js';
import { recordAudit } from '../audit/audit.repository.js';
import { sign, type SignatureInput } from '../signatures/e-signature.js';
import { requireSite } from '../site-refs.js';
import * as repo from './risk-assessment.repository.js';
import { AssessmentApproveBody } from './risk-assessment.schemas.js';
import { getAssessment, type AssessmentAnswer } from './risk-assessment.service.js';
import { buildSnapshot, currentModel } from './risk-assessment.snapshot.js';

export async function approveAssessment(
  db: Db,
  actor: Actor,
  siteId: string,
  body: unknown,
): Promise<AssessmentAnswer> {
  requirePermission(actor, 'riskAssessment.approve', siteId);
  const input = await validate<{ signature?: SignatureInput }>(AssessmentApproveBody, body ?? {});
  if (!actor.principal)
    throw new AppError('C981_ERR_FORBIDDEN', 'the risk assessment is approved by a signed-in user with a signature');
  await db.kysely.transaction().execute(async (trx) => {
    const site = await requireSite(trx, siteId);
    requireReason(actor, site);
    const stored = await repo.findAssessment(trx, siteId);
    if (!stored) throw new AppError('C981_ERR_CONFLICT', `site "${siteId}" has no risk assessment to approve yet`);
    if (stored.updatedBy === actor.id)
      throw new AppError(
        'C981_ERR_FORBIDDEN',
        `you made the last change to the risk assessment of "${siteId}": someone else must approve it`,
      );
    if (await repo.findApproval(trx, siteId, stored.version))
      throw new AppError(
        'C981_ERR_CONFLICT',
        `version ${stored.version} is already approved: a re-assessment is a new version (PATCH it first)`,
      );
    const { snapshot, text } = buildSnapshot(siteId, stored.version, stored.data, await currentModel(trx, siteId));
    const approvedAt = `${new Date().toISOString().slice(0, 19)}Z`;
    const signature = await sign(
      trx,
      actor,
      input.signature,
      text,
      approvedAt,
      "the risk assessment is the asset owner's sign-off: send signature { password, meaning }",
    );
    await repo.insertApproval(
      trx,
      siteId,
      {
        version: stored.version,
        approvedBy: actor.id,
        approvedAt,
        signature,
        contentHash: signature.contentHash,
        snapshot,
      },
      text,
    );
    await recordAudit(trx, actor, {
      action: 'risk-assessment.approve',
      siteId,
      entity: 'riskAssessment',
      entityId: siteId,
      detail: { version: stored.version, signature },
    });
    // Issue #7: every approval freezes the model it approved as a baseline.
    await takeBaseline(trx, actor, siteId, {
      name: `Risk assessment version ${stored.version} approved`,
      trigger: 'risk-assessment',
      ref: String(stored.version),
    });
  });
  return getAssessment(db, actor, siteId);
}
