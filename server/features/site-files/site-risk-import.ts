// The risk data of a site-file import (issue #6): the organization's risk matrix, a site's own
// matrix and its threat scenarios (IEC 62443-3-2 ZCR 2–5). Same rules as the risk API: the matrix
// permissions, scenarios rated on the matrix that will apply, a changed scenario loses its
// acceptance (it was given for other content), and nothing may be left pointing at removed entities.
import { validateScenario } from '../../../core/iec62443/risk/scenario.js';
import { DEFAULT_RISK_MATRIX, sameMatrix, type RiskMatrix } from '../../../core/iec62443/risk/matrix.js';
import type { RiskMatrix as RiskMatrixDoc } from '../../../core/schemas/risk-matrix.js';
import type { SiteDoc } from '../../../core/schemas/site-file.js';
import type { ThreatScenarioDoc } from '../../../core/schemas/risk-scenario.js';
import type { CanonicalSite } from '../../../core/sitefile/canonical.js';
import type { Actor } from '../../actor.js';
import { chunks, type Queryable } from '../../db/batch.js';
import { AppError } from '../../errors.js';
import { requirePermission } from '../access.js';
import { recordAudit } from '../audit/audit.repository.js';
import * as matrices from '../risk-matrix/risk-matrix.repository.js';
import { riskList } from '../risks/risks.repository.js';
import { scenarioToRow } from '../risks/risks.mapper.js';
import { throwIfIssues } from '../site-refs.js';

/**
 * Format-1 compatibility: a site that leaves `risks` or `riskMatrix` out keeps what it has, so a
 * file written before these keys existed imports exactly as it did then.
 */
export function keepUnstatedRiskData(file: SiteDoc, current: CanonicalSite | null): SiteDoc {
  return {
    ...file,
    ...(file.risks === undefined && current?.risks ? { risks: current.risks } : {}),
    ...(file.riskMatrix === undefined && current?.riskMatrix ? { riskMatrix: current.riskMatrix } : {}),
  };
}

/** Sets the organization's matrix from the file; true when it changed. */
export async function importOrgMatrix(
  trx: Queryable,
  actor: Actor,
  matrix: RiskMatrixDoc,
  reason: string | undefined,
  now: string,
): Promise<boolean> {
  const stored = await matrices.findOrgMatrix(trx);
  if (sameMatrix(stored?.matrix ?? DEFAULT_RISK_MATRIX, matrix)) return false;
  requirePermission(actor, 'riskMatrix.manage');
  // It is the effective matrix of every site without its own, regulated ones included.
  const regulated = await matrices.regulatedSitesWithoutOverride(trx);
  if (regulated.length > 0 && !reason?.trim())
    throw new AppError(
      'C981_ERR_REASON_REQUIRED',
      `the organization's risk matrix applies to regulated sites (${regulated.join(', ')}): give a reason for this change`,
    );
  await matrices.saveOrgMatrix(trx, matrix, actor.id, now);
  await recordAudit(trx, actor, {
    action: 'riskMatrix.update',
    entity: 'riskMatrix',
    entityId: 'organization',
    reason: reason ?? null,
    detail: { matrix, regulatedSites: regulated, source: 'site file' },
  });
  return true;
}

/**
 * The file's scenarios rated on the matrix that will apply to the site (its own, else the
 * organization's, else the default). The file check could only test the largest scale when the
 * matrix lives in the database. `index` is the site's position in the file, for the error paths.
 */
export async function checkRisksOnMatrix(trx: Queryable, file: SiteDoc, target: CanonicalSite, index: number) {
  if (!file.risks || file.risks.length === 0) return;
  const m: RiskMatrix = target.riskMatrix ?? (await matrices.findOrgMatrix(trx))?.matrix ?? DEFAULT_RISK_MATRIX;
  const scales = { likelihoodLevels: m.likelihood.length, consequenceLevels: m.consequence.length };
  throwIfIssues(
    file.risks
      .flatMap((s, j) => validateScenario(s, { scales }, ['sites', index, 'risks', j]))
      .filter((i) => i.severity === 'error'),
  );
}

/**
 * Refuses an import that would leave scenarios (kept from the database) aimed at a zone or conduit
 * the file removes, or naming removed assets or compensating controls as countermeasures: like a
 * delete without cascade, so nothing is lost silently.
 */
export function refuseDanglingRisks(target: CanonicalSite): void {
  const scopes = new Set([...target.zones.map((z) => z.id), ...target.conduits.map((c) => c.id)]);
  const assets = new Set(target.assets.map((a) => a.id));
  const controls = new Set(target.compensatingControls.map((c) => c.id));
  const dangling = (target.risks ?? [])
    .filter(
      (r) =>
        !scopes.has(r.target.id) ||
        (r.countermeasures?.assets ?? []).some((a) => !assets.has(a)) ||
        (r.countermeasures?.compensatingControls ?? []).some((c) => !controls.has(c)),
    )
    .map((r) => r.id);
  if (dangling.length > 0)
    throw new AppError(
      'C981_ERR_IN_USE',
      `site "${target.id}": the file removes zones, conduits, assets or compensating controls that ${riskList(dangling)} still name; add the scenarios to the file (or change or delete them) first`,
    );
}

/** Makes the site's own matrix equal to the target's; true when it changed. */
export async function applySiteMatrix(
  db: Queryable,
  actor: Actor,
  target: CanonicalSite,
  current: CanonicalSite | null,
  now: string,
): Promise<boolean> {
  const before = current?.riskMatrix;
  const after = target.riskMatrix;
  if (before === undefined && after === undefined) return false;
  if (before !== undefined && after !== undefined && sameMatrix(before, after)) return false;
  requirePermission(actor, 'riskMatrix.update', target.id);
  if (after === undefined) await matrices.deleteSiteMatrix(db, target.id);
  else await matrices.saveSiteMatrix(db, target.id, after, actor.id, now);
  return true;
}

/** Writes the scenario changes; a changed scenario's acceptance is cleared (it no longer holds). */
export async function applyScenarioChanges(
  db: Queryable,
  actor: Actor,
  site: string,
  change: { added: readonly ThreatScenarioDoc[]; changed: readonly ThreatScenarioDoc[]; removed: readonly string[] },
  now: string,
): Promise<void> {
  if (change.added.length + change.changed.length + change.removed.length === 0) return;
  requirePermission(actor, 'risk.update', site);
  for (const ids of chunks(change.removed))
    await db.deleteFrom('risk_scenarios').where('site_id', '=', site).where('id', 'in', ids).execute();
  for (const s of change.added)
    await db
      .insertInto('risk_scenarios')
      .values({ ...scenarioToRow(site, s, now), created_at: now, acceptance: null })
      .execute();
  for (const s of change.changed)
    await db
      .updateTable('risk_scenarios')
      .set({ ...scenarioToRow(site, s, now), acceptance: null })
      .where('site_id', '=', site)
      .where('id', '=', s.id)
      .execute();
}
