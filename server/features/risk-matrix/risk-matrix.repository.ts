// Stored risk matrices: the organization's (one row, id 1) and each site's override.
// Plain functions on `db | trx`; the service opens the transactions.
import { canonicalMatrix, type RiskMatrix } from '../../../core/iec62443/risk/matrix.js';
import type { Queryable } from '../../db/batch.js';

export interface StoredMatrix {
  matrix: RiskMatrix;
  updatedAt: string;
  updatedBy: string;
}

const ORG_ROW = 1;

const fromRow = (r: { matrix: string; updated_at: string; updated_by: string }): StoredMatrix => ({
  matrix: JSON.parse(r.matrix) as RiskMatrix,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

export async function findOrgMatrix(db: Queryable): Promise<StoredMatrix | undefined> {
  const row = await db.selectFrom('org_risk_matrix').selectAll().where('id', '=', ORG_ROW).executeTakeFirst();
  return row && fromRow(row);
}

export async function findSiteMatrix(db: Queryable, siteId: string): Promise<StoredMatrix | undefined> {
  const row = await db.selectFrom('site_risk_matrices').selectAll().where('site_id', '=', siteId).executeTakeFirst();
  return row && fromRow(row);
}

export async function saveOrgMatrix(db: Queryable, matrix: RiskMatrix, actorId: string, at: string): Promise<void> {
  const values = { matrix: JSON.stringify(canonicalMatrix(matrix)), updated_at: at, updated_by: actorId };
  await db
    .insertInto('org_risk_matrix')
    .values({ id: ORG_ROW, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
}

export async function saveSiteMatrix(
  db: Queryable,
  siteId: string,
  matrix: RiskMatrix,
  actorId: string,
  at: string,
): Promise<void> {
  const values = { matrix: JSON.stringify(canonicalMatrix(matrix)), updated_at: at, updated_by: actorId };
  await db
    .insertInto('site_risk_matrices')
    .values({ site_id: siteId, ...values })
    .onConflict((oc) => oc.column('site_id').doUpdateSet(values))
    .execute();
}

/** Removes the site's override; true when there was one. */
export async function deleteSiteMatrix(db: Queryable, siteId: string): Promise<boolean> {
  const res = await db.deleteFrom('site_risk_matrices').where('site_id', '=', siteId).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

/** Regulated sites that follow the organization's matrix (no override of their own). */
export async function regulatedSitesWithoutOverride(db: Queryable): Promise<string[]> {
  const rows = await db
    .selectFrom('sites')
    .leftJoin('site_risk_matrices', 'site_risk_matrices.site_id', 'sites.id')
    .select('sites.id')
    .where('sites.regulated', '=', 1)
    .where('site_risk_matrices.site_id', 'is', null)
    .orderBy('sites.id')
    .execute();
  return rows.map((r) => r.id);
}
