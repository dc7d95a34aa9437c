// Now / Next / Never (issue #10 item 4): what the site does about an advisory on an asset, who owns
// it and by when, and the compensating control or roadmap action that carries it. Keyed by the
// advisory's identity (publisher namespace + tracking id) so a decision survives a newer revision.
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../errors.js';
import { validate } from '../../validation.js';
import { requirePermission, requireReason } from '../access.js';
import { recordAudit } from '../audit/audit.repository.js';
import { nowIso, requireSite } from '../site-refs.js';
import { userNames } from '../user-names.js';
import { triageView } from './vulnerabilities.service.js';
import { TriageBody } from './vulnerabilities.views.js';
import type { Triage } from './vulnerabilities.views.js';

const blank = (s: string | null | undefined): string | null =>
  s === undefined || s === null || s.trim() === '' ? null : s.trim();

export async function setTriage(db: Db, actor: Actor, siteId: string, body: unknown): Promise<Triage> {
  requirePermission(actor, 'vulnerability.triage', siteId);
  const input = await validate<TriageBody>(TriageBody, body);
  if (input.due && Number.isNaN(Date.parse(`${input.due}T00:00:00Z`)))
    throw new AppError('C981_ERR_VALIDATION', `due must be a real date (YYYY-MM-DD); got "${input.due}"`);
  return db.kysely.transaction().execute(async (trx) => {
    requireReason(actor, await requireSite(trx, siteId));
    const asset = await trx
      .selectFrom('assets')
      .select('id')
      .where('site_id', '=', siteId)
      .where('id', '=', input.assetId)
      .executeTakeFirst();
    if (!asset) throw new AppError('C981_ERR_NOT_FOUND', `asset "${input.assetId}" not found in site "${siteId}"`);
    const advisory = await trx
      .selectFrom('advisories')
      .select('id')
      .where('advisory_key', '=', input.advisoryKey)
      .executeTakeFirst();
    if (!advisory)
      throw new AppError('C981_ERR_NOT_FOUND', `advisory "${input.advisoryKey}" is not in the advisory library`);
    const controlId = blank(input.compensatingControlId);
    if (controlId) {
      const c = await trx
        .selectFrom('compensating_controls')
        .select('id')
        .where('site_id', '=', siteId)
        .where('id', '=', controlId)
        .executeTakeFirst();
      if (!c)
        throw new AppError(
          'C981_ERR_VALIDATION',
          `compensating control "${controlId}" does not exist in site "${siteId}"`,
        );
    }
    const actionId = blank(input.roadmapActionId);
    if (actionId) {
      const a = await trx
        .selectFrom('roadmap_actions')
        .select('id')
        .where('site_id', '=', siteId)
        .where('id', '=', actionId)
        .executeTakeFirst();
      if (!a)
        throw new AppError('C981_ERR_VALIDATION', `roadmap action "${actionId}" does not exist in site "${siteId}"`);
    }
    const before = await trx
      .selectFrom('vulnerability_triage')
      .selectAll()
      .where('site_id', '=', siteId)
      .where('asset_id', '=', input.assetId)
      .where('advisory_key', '=', input.advisoryKey)
      .executeTakeFirst();
    const row = {
      site_id: siteId,
      asset_id: input.assetId,
      advisory_key: input.advisoryKey,
      decision: input.decision,
      owner: blank(input.owner),
      due: blank(input.due),
      note: blank(input.note),
      compensating_control_id: controlId,
      roadmap_action_id: actionId,
      updated_at: nowIso(),
      updated_by: actor.id,
    };
    if (before)
      await trx
        .updateTable('vulnerability_triage')
        .set(row)
        .where('site_id', '=', siteId)
        .where('asset_id', '=', input.assetId)
        .where('advisory_key', '=', input.advisoryKey)
        .execute();
    else await trx.insertInto('vulnerability_triage').values(row).execute();
    await recordAudit(trx, actor, {
      action: 'vulnerability.triage',
      siteId,
      entity: 'asset',
      entityId: input.assetId,
      detail: { advisoryKey: input.advisoryKey, before: before ?? null, after: row },
    });
    return triageView(row, await userNames(trx, [row.updated_by]));
  });
}
