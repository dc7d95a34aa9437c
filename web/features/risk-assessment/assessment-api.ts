// The site's risk assessment, IEC 62443-3-2 ZCR 1–7 (GET/PATCH /api/v1/sites/{site}/risk-assessment,
// POST …/approve; docs/api.md "Risk assessment"). The shapes come from core so the web app and the
// server agree on them.
import { queryOptions } from '@tanstack/react-query';
import type {
  AssessmentData,
  DecisionRecord,
  FindingWithDecision,
  InitialRisk,
  StepState,
  Suc,
  ZcrStep,
  ZoneRiskComparison,
} from '../../../core/iec62443/risk/assessment.js';
import type { MaterialChange } from '../../../core/iec62443/risk/material-model.js';
import { api } from '../../api/client.js';
import { sitePath } from '../../api/queries.js';

export type AssessmentStatus = 'draft' | 'approved' | 'needs-reassessment';

export interface AssessmentSignature {
  printedName: string;
  signedBy: string;
  signedAt: string;
  meaning: string;
  contentHash: string;
}

export interface ApprovalSummary {
  version: number;
  approvedBy: string;
  approvedAt: string;
  signature: AssessmentSignature;
  contentHash: string;
}

export interface Assessment extends AssessmentData {
  site: string;
  version: number;
  status: AssessmentStatus;
  updatedAt: string | null;
  updatedBy: string | null;
  computed: {
    zcr3: FindingWithDecision[];
    zcr4: ZoneRiskComparison[];
    matrixSource: 'default' | 'organization' | 'site';
  };
  lastApproval: ApprovalSummary | null;
  changes: MaterialChange[];
  abilities: string[];
}

/** PATCH body: members optional; in `initialRisk` and `decisions`, `null` removes an entry. */
export interface AssessmentPatch {
  steps?: Partial<Record<ZcrStep, Partial<StepState>>>;
  suc?: Partial<Suc>;
  initialRisk?: Record<string, InitialRisk | null>;
  decisions?: Record<string, DecisionRecord | null>;
}

export const assessmentQuery = (site: string) =>
  queryOptions({
    queryKey: ['site', site, 'risk-assessment'],
    queryFn: ({ signal }) => api<Assessment>(sitePath(site, 'risk-assessment'), { signal }),
  });

export const patchAssessment = (site: string, body: AssessmentPatch, reason: string | undefined) =>
  api<Assessment>(sitePath(site, 'risk-assessment'), { method: 'PATCH', body, reason });

export const approveAssessment = (
  site: string,
  signature: { password: string; meaning: string },
  reason: string | undefined,
) => api<Assessment>(sitePath(site, 'risk-assessment', 'approve'), { method: 'POST', body: { signature }, reason });
