// The risk matrix the IEC 62443-3-2 assessment rates risk on (ZCR 2 initial risk, ZCR 4 the
// tolerable-risk comparison, ZCR 5 detailed risk): the organization's, or the built-in default,
// overridable per site. Every change is validated by the core and audited in its transaction.
import { can } from '../../../core/accounts/permissions.js';
import {
  DEFAULT_RISK_MATRIX,
  sameMatrix,
  validateMatrix,
  type RiskMatrix,
} from '../../../core/iec62443/risk/matrix.js';
import { RiskMatrixSchema } from '../../../core/schemas/risk-matrix.js';
import type { Actor } from '../../actor.js';
import type { Queryable } from '../../db/batch.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../errors.js';
import { validate } from '../../validation.js';
import { requirePermission, requireReason } from '../access.js';
import { recordAudit } from '../audit/audit.repository.js';
import { nowIso, requireSite, throwIfIssues } from '../site-refs.js';
import * as repo from './risk-matrix.repository.js';

export type MatrixSource = 'default' | 'organization' | 'site';

/** What the risk-matrix routes answer. */
export interface RiskMatrixAnswer {
  /** Where the matrix comes from: the built-in default, the organization's, or the site's own. */
  source: MatrixSource;
  /** The site asked about (site routes only). */
  site?: string;
  matrix: RiskMatrix;
  /** When and by whom (actor id) the answered matrix was last set; null for the default. */
  updatedAt: string | null;
  updatedBy: string | null;
  /** What the caller may do with it: `read`, `update` and (a site's) `delete` (revert). */
  abilities: string[];
}

/** The matrix that applies to a site, for the assessment features that rate risk on it. */
export async function effectiveMatrix(
  db: Queryable,
  siteId: string,
): Promise<{ source: MatrixSource; matrix: RiskMatrix; updatedAt: string | null; updatedBy: string | null }> {
  const own = await repo.findSiteMatrix(db, siteId);
  if (own) return { source: 'site', ...own };
  return orgOrDefault(db);
}

async function orgOrDefault(
  db: Queryable,
): Promise<{ source: MatrixSource; matrix: RiskMatrix; updatedAt: string | null; updatedBy: string | null }> {
  const org = await repo.findOrgMatrix(db);
  if (org) return { source: 'organization', ...org };
  return { source: 'default', matrix: DEFAULT_RISK_MATRIX, updatedAt: null, updatedBy: null };
}

const allowed = (actor: Actor, permission: 'riskMatrix.manage' | 'riskMatrix.update', siteId?: string): boolean =>
  !actor.principal || can(actor.principal, permission, siteId);

const orgAbilities = (actor: Actor): string[] => (allowed(actor, 'riskMatrix.manage') ? ['read', 'update'] : ['read']);
const siteAbilities = (actor: Actor, siteId: string): string[] =>
  allowed(actor, 'riskMatrix.update', siteId) ? ['read', 'update', 'delete'] : ['read'];

/** Schema first (shape, types), then the matrix rules; nothing is stored when either fails. */
async function validMatrix(body: unknown): Promise<RiskMatrix> {
  const matrix = await validate<RiskMatrix>(RiskMatrixSchema, body);
  throwIfIssues(validateMatrix(matrix));
  return matrix;
}

export async function getOrgMatrix(db: Db, actor: Actor): Promise<RiskMatrixAnswer> {
  return { ...(await orgOrDefault(db.kysely)), abilities: orgAbilities(actor) };
}

/**
 * Sets the organization's matrix. It is the effective matrix of every site without its own, so
 * when a regulated site follows it the change needs a reason, as any change to that site would.
 */
export async function putOrgMatrix(db: Db, actor: Actor, body: unknown): Promise<RiskMatrixAnswer> {
  requirePermission(actor, 'riskMatrix.manage');
  const matrix = await validMatrix(body);
  await db.kysely.transaction().execute(async (trx) => {
    const before = await repo.findOrgMatrix(trx);
    if (before && sameMatrix(before.matrix, matrix)) return;
    const regulated = await repo.regulatedSitesWithoutOverride(trx);
    if (regulated.length > 0 && !actor.reason)
      throw new AppError(
        'C981_ERR_REASON_REQUIRED',
        `the organization's risk matrix applies to regulated site${regulated.length > 1 ? 's' : ''} ${regulated.map((s) => `"${s}"`).join(', ')}: say why in the X-C981-Reason header`,
      );
    await repo.saveOrgMatrix(trx, matrix, actor.id, nowIso());
    await recordAudit(trx, actor, {
      action: 'riskMatrix.update',
      entity: 'riskMatrix',
      entityId: 'organization',
      detail: { matrix, regulatedSites: regulated },
    });
  });
  return getOrgMatrix(db, actor);
}

export async function getSiteMatrix(db: Db, actor: Actor, siteId: string): Promise<RiskMatrixAnswer> {
  requirePermission(actor, 'site.read', siteId);
  await requireSite(db.kysely, siteId);
  return { site: siteId, ...(await effectiveMatrix(db.kysely, siteId)), abilities: siteAbilities(actor, siteId) };
}

/** Sets the site's own matrix (an override of the organization's). */
export async function putSiteMatrix(db: Db, actor: Actor, siteId: string, body: unknown): Promise<RiskMatrixAnswer> {
  requirePermission(actor, 'riskMatrix.update', siteId);
  const matrix = await validMatrix(body);
  await db.kysely.transaction().execute(async (trx) => {
    const site = await requireSite(trx, siteId);
    const before = await repo.findSiteMatrix(trx, siteId);
    if (before && sameMatrix(before.matrix, matrix)) return;
    // Validated (GxP) sites: the risk criteria decide the SL-Ts, so changing them must say why.
    requireReason(actor, site);
    await repo.saveSiteMatrix(trx, siteId, matrix, actor.id, nowIso());
    await recordAudit(trx, actor, {
      action: 'riskMatrix.update',
      siteId,
      entity: 'riskMatrix',
      entityId: siteId,
      detail: { matrix },
    });
  });
  return getSiteMatrix(db, actor, siteId);
}

/** Removes the site's own matrix: the organization's (or the default) applies again. */
export async function deleteSiteMatrix(db: Db, actor: Actor, siteId: string): Promise<RiskMatrixAnswer> {
  requirePermission(actor, 'riskMatrix.update', siteId);
  await db.kysely.transaction().execute(async (trx) => {
    const site = await requireSite(trx, siteId);
    if (!(await repo.findSiteMatrix(trx, siteId))) return;
    requireReason(actor, site);
    await repo.deleteSiteMatrix(trx, siteId);
    await recordAudit(trx, actor, {
      action: 'riskMatrix.delete',
      siteId,
      entity: 'riskMatrix',
      entityId: siteId,
    });
  });
  return getSiteMatrix(db, actor, siteId);
}
