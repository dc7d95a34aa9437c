// Accepting and withdrawing the acceptance of a scenario's intolerable risk (issue #6 item 3;
// IEC 62443-3-2 ZCR 5/6: risk left above the tolerable line is knowingly accepted by an
// accountable person). Like control approvals: an approver, never the scenario's last editor
// (separation of duties), a reason and an e-signature on regulated sites, audited.
import Type from 'typebox';
import type { Actor } from '../../actor.js';
import type { Queryable } from '../../db/batch.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../errors.js';
import { validate } from '../../validation.js';
import { requirePermission, requireReason } from '../access.js';
import { recordAudit } from '../audit/audit.repository.js';
import { effectiveMatrix } from '../risk-matrix/risk-matrix.service.js';
import { requireSite, throwIfIssues } from '../site-refs.js';
import { SignatureBody, sign, type SignatureInput } from '../signatures/e-signature.js';
import { latestExpiry, todayUtc, type StoredAcceptance } from './risk-acceptance.js';
import { loadScenario, view, type RiskView } from './risks.service.js';

export const AcceptBody = Type.Object(
  {
    expires: Type.String({
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      description: 'last day the acceptance holds (YYYY-MM-DD, UTC): after today, at most 3 years ahead',
    }),
    rationale: Type.String({ minLength: 1, maxLength: 4000, description: 'why the remaining risk is accepted' }),
    signature: Type.Optional(SignatureBody),
  },
  { additionalProperties: false },
);

interface AcceptInput {
  expires: string;
  rationale: string;
  signature?: SignatureInput;
}

function checkExpiry(expires: string): void {
  const valid =
    !Number.isNaN(Date.parse(`${expires}T00:00:00Z`)) && new Date(expires).toISOString().startsWith(expires);
  const today = todayUtc();
  const message = !valid
    ? `expires (${expires}) is not a calendar date`
    : expires <= today
      ? `expires (${expires}) must be after today (${today})`
      : expires > latestExpiry()
        ? `expires (${expires}) is more than 3 years ahead (at most ${latestExpiry()})`
        : undefined;
  if (message) throwIfIssues([{ path: ['expires'], message }]);
}

/** Separation of duties: whoever created or last changed the scenario cannot accept its risk. */
async function refuseLastEditor(trx: Queryable, actor: Actor, siteId: string, id: string): Promise<void> {
  if (!actor.principal) return;
  const last = await trx
    .selectFrom('audit_events')
    .select('actor')
    .where('site_id', '=', siteId)
    .where('entity', '=', 'risk')
    .where('entity_id', '=', id)
    .where('action', 'in', ['risk.create', 'risk.update'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (last?.actor === actor.id)
    throw new AppError(
      'C981_ERR_FORBIDDEN',
      `you created or last changed risk scenario "${id}": someone else must accept its risk`,
    );
}

async function writeAcceptance(trx: Queryable, siteId: string, id: string, a: StoredAcceptance | null): Promise<void> {
  await trx
    .updateTable('risk_scenarios')
    .set({ acceptance: a ? JSON.stringify(a) : null })
    .where('site_id', '=', siteId)
    .where('id', '=', id)
    .execute();
}

export async function acceptRisk(db: Db, actor: Actor, siteId: string, id: string, body: unknown): Promise<RiskView> {
  requirePermission(actor, 'riskAssessment.approve', siteId);
  const input = await validate<AcceptInput>(AcceptBody, body ?? {});
  checkExpiry(input.expires);
  return db.kysely.transaction().execute(async (trx) => {
    const { doc } = await loadScenario(trx, siteId, id);
    const site = await requireSite(trx, siteId);
    requireReason(actor, site);
    await refuseLastEditor(trx, actor, siteId, id);
    const { matrix } = await effectiveMatrix(trx, siteId);
    // ZCR 5/6: what remains after countermeasures is what gets accepted; without a residual
    // rating that is the unmitigated one. A tolerable risk needs no acceptance.
    const current = view(actor, siteId, matrix, doc, null);
    const rating = current.residualRisk ?? current.unmitigatedRisk;
    if (!rating)
      throw new AppError('C981_ERR_CONFLICT', `risk scenario "${id}" cannot be rated on the site's risk matrix`);
    if (rating.tolerable)
      throw new AppError(
        'C981_ERR_CONFLICT',
        `the ${current.residualRisk ? 'residual' : 'unmitigated'} risk of "${id}" (${rating.name}) is tolerable: there is nothing to accept`,
      );
    const at = `${new Date().toISOString().slice(0, 19)}Z`;
    const accepted = { scenario: doc, expires: input.expires, rationale: input.rationale };
    // Users sign in regulated sites; the local operator (no password) is audited with its reason.
    const signature =
      site.regulated === 1 && actor.principal
        ? await sign(
            trx,
            actor,
            input.signature,
            accepted,
            at,
            'risk acceptances in a regulated site are signed: send signature { password, meaning }',
          )
        : undefined;
    const acceptance: StoredAcceptance = {
      by: actor.id,
      byName: signature?.printedName ?? actor.name,
      at,
      expires: input.expires,
      rationale: input.rationale,
      ...(signature ? { signature } : {}),
    };
    await writeAcceptance(trx, siteId, id, acceptance);
    await recordAudit(trx, actor, {
      action: 'risk.accept',
      siteId,
      entity: 'risk',
      entityId: id,
      detail: { scenario: doc, acceptance },
    });
    return view(actor, siteId, matrix, doc, acceptance);
  });
}

export async function withdrawAcceptance(db: Db, actor: Actor, siteId: string, id: string): Promise<RiskView> {
  requirePermission(actor, 'riskAssessment.approve', siteId);
  return db.kysely.transaction().execute(async (trx) => {
    const { doc, acceptance } = await loadScenario(trx, siteId, id);
    if (!acceptance) throw new AppError('C981_ERR_CONFLICT', `the risk of "${id}" is not accepted`);
    requireReason(actor, await requireSite(trx, siteId));
    await writeAcceptance(trx, siteId, id, null);
    await recordAudit(trx, actor, {
      action: 'risk.accept-withdraw',
      siteId,
      entity: 'risk',
      entityId: id,
      detail: { acceptance },
    });
    return view(actor, siteId, (await effectiveMatrix(trx, siteId)).matrix, doc, null);
  });
}
