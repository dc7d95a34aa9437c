// Table types of IEC 62443-3-2 risk assessment (migrations 0005–0008, issue #6): the risk matrices,
// threat scenarios, the ZCR 1–7 assessment record and its approvals.

/** The organization's risk matrix (at most one row, id 1); absent: the built-in default. */
export interface OrgRiskMatrixTable {
  id: number;
  /** JSON: the matrix in canonical form (core/iec62443/risk/matrix.ts). */
  matrix: string;
  updated_at: string;
  /** The actor id of the last change. */
  updated_by: string;
}

/** A site's own risk matrix, overriding the organization's. */
export interface SiteRiskMatricesTable {
  site_id: string;
  /** JSON: the matrix in canonical form. */
  matrix: string;
  updated_at: string;
  updated_by: string;
}

/** A threat scenario of a site (IEC 62443-3-2 ZCR 5); ids are unique per site. */
export interface RiskScenariosTable {
  site_id: string;
  id: string;
  /** 'zone' | 'conduit', and its id: the scenario's target, copied from the document. */
  target_kind: string;
  target_id: string;
  /** JSON: the scenario in canonical form (server/features/risks/risks.mapper.ts). */
  doc: string;
  created_at: string;
  updated_at: string;
  /** JSON: the acceptance of the scenario's risk, or null (server/features/risks/risk-acceptance.ts). */
  acceptance: string | null;
}

/** A site's working risk assessment (IEC 62443-3-2 ZCR 1–7); one row per site. */
export interface RiskAssessmentsTable {
  site_id: string;
  /** Bumped by every change; approvals freeze one version. */
  version: number;
  /** JSON: the assessment data (core/iec62443/risk/assessment.ts AssessmentData). */
  data: string;
  updated_at: string;
  /** The actor id of the last change (who may not approve it). */
  updated_by: string;
}

/** An approved (frozen) version of a site's risk assessment (ZCR 7). */
export interface RiskAssessmentApprovalsTable {
  site_id: string;
  version: number;
  approved_by: string;
  approved_at: string;
  /** JSON: the electronic signature (server/features/signatures/e-signature.ts). */
  signature: string;
  content_hash: string;
  /** JSON: the canonical snapshot (assessment data and material model) that was signed. */
  snapshot: string;
}
