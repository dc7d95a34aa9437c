// Proposing and applying change operations against the site as it is (issue #7). Both check the
// operations with the site-file rules; applying writes through the same code as a site-file
// import (applySite), in the caller's transaction, then freezes the result as a baseline.
import { applyOps, touched } from '../../../core/change-control/apply-ops.js';
import type { ChangeOpDoc } from '../../../core/schemas/change-request.js';
import { canonicalSite, type CanonicalSite } from '../../../core/sitefile/canonical.js';
import type { SiteChange } from '../../../core/api/site-files.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import type { Queryable } from '../../db/batch.js';
import { notFound } from '../../errors.js';
import { recordAudit } from '../audit/audit.repository.js';
import { takeBaseline } from '../baselines/baselines.service.js';
import { contentHash } from '../signatures/e-signature.js';
import { applySite } from '../site-files/site-apply.js';
import { loadSite } from '../site-files/site-loader.js';
import { refuseDanglingRisks } from '../site-files/site-risk-import.js';
import { throwIfIssues } from '../site-refs.js';
import type { StoredOps } from './change-requests.repository.js';

export async function currentSite(db: Queryable, siteId: string): Promise<CanonicalSite> {
  const site = await loadSite(db, siteId);
  if (!site) throw notFound('site', siteId);
  return site;
}

/** The content hash of every entity the operations touch, as the site has it now. */
export function baseOf(site: CanonicalSite, ops: readonly ChangeOpDoc[]): StoredOps['base'] {
  const out: StoredOps['base'] = {};
  for (const [key, entity] of touched(site, ops)) out[key] = entity === undefined ? null : contentHash(entity);
  return out;
}

/** Entities whose content changed since the base was taken. */
export function staleKeys(site: CanonicalSite, stored: StoredOps): string[] {
  const now = baseOf(site, stored.ops);
  return Object.keys(stored.base).filter((k) => now[k] !== stored.base[k]);
}

/**
 * Checks that the operations apply cleanly to `site` (400 C981_ERR_VALIDATION listing each problem,
 * 409 when kept threat scenarios would dangle) and answers the resulting canonical site.
 */
export function checkOps(site: CanonicalSite, ops: readonly ChangeOpDoc[]): CanonicalSite {
  const result = applyOps(site, ops);
  throwIfIssues(result.issues);
  const target = canonicalSite(result.site);
  refuseDanglingRisks(target);
  return target;
}

/** Applies the operations in the caller's transaction; audited, then a baseline is taken. */
export async function applyChange(
  trx: Queryable,
  db: Db,
  actor: Actor,
  siteId: string,
  cr: { id: number; title: string; ops: readonly ChangeOpDoc[] },
  now: string,
): Promise<{ change: SiteChange; baseline: number }> {
  const current = await currentSite(trx, siteId);
  const target = checkOps(current, cr.ops);
  const change = await applySite(trx, db.dialect, actor, target, current, now);
  await recordAudit(trx, actor, {
    action: 'change-request.apply',
    siteId,
    entity: 'changeRequest',
    entityId: String(cr.id),
    reason: cr.title,
    detail: change,
  });
  const baseline = await takeBaseline(trx, actor, siteId, {
    name: `Change request ${cr.id} applied: ${cr.title}`,
    trigger: 'change-request',
    ref: String(cr.id),
  });
  return { change, baseline: baseline.id };
}
