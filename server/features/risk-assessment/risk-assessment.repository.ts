// Storage of the risk assessment: the working version and its frozen approvals (JSON text).
import type { AssessmentData } from '../../../core/iec62443/risk/assessment.js';
import type { Queryable } from '../../db/batch.js';
import type { Signature } from '../signatures/e-signature.js';
import type { AssessmentSnapshot } from './risk-assessment.snapshot.js';

export interface StoredAssessment {
  version: number;
  data: AssessmentData;
  updatedAt: string;
  updatedBy: string;
}

export interface StoredApproval {
  version: number;
  approvedBy: string;
  approvedAt: string;
  signature: Signature;
  contentHash: string;
  snapshot: AssessmentSnapshot;
}

export async function findAssessment(db: Queryable, siteId: string): Promise<StoredAssessment | null> {
  const row = await db.selectFrom('risk_assessments').selectAll().where('site_id', '=', siteId).executeTakeFirst();
  if (!row) return null;
  return {
    version: row.version,
    data: JSON.parse(row.data) as AssessmentData,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export async function saveAssessment(db: Queryable, siteId: string, a: StoredAssessment): Promise<void> {
  const values = { version: a.version, data: JSON.stringify(a.data), updated_at: a.updatedAt, updated_by: a.updatedBy };
  if (a.version === 1)
    await db
      .insertInto('risk_assessments')
      .values({ site_id: siteId, ...values })
      .execute();
  else await db.updateTable('risk_assessments').set(values).where('site_id', '=', siteId).execute();
}

type ApprovalRow = {
  version: number;
  approved_by: string;
  approved_at: string;
  signature: string;
  content_hash: string;
  snapshot: string;
};

const fromRow = (r: ApprovalRow): StoredApproval => ({
  version: r.version,
  approvedBy: r.approved_by,
  approvedAt: r.approved_at,
  signature: JSON.parse(r.signature) as Signature,
  contentHash: r.content_hash,
  snapshot: JSON.parse(r.snapshot) as AssessmentSnapshot,
});

/** The approval of one version, or (without `version`) the latest approval. */
export async function findApproval(db: Queryable, siteId: string, version?: number): Promise<StoredApproval | null> {
  let q = db.selectFrom('risk_assessment_approvals').selectAll().where('site_id', '=', siteId);
  q = version === undefined ? q.orderBy('version', 'desc').limit(1) : q.where('version', '=', version);
  const row = await q.executeTakeFirst();
  return row ? fromRow(row) : null;
}

export async function insertApproval(
  db: Queryable,
  siteId: string,
  a: StoredApproval,
  snapshotText: string,
): Promise<void> {
  await db
    .insertInto('risk_assessment_approvals')
    .values({
      site_id: siteId,
      version: a.version,
      approved_by: a.approvedBy,
      approved_at: a.approvedAt,
      signature: JSON.stringify(a.signature),
      content_hash: a.contentHash,
      snapshot: snapshotText,
    })
    .execute();
}
