// The answer of GET /api/v1/sites/{site}/traceability (issue #7 item 5), shared by the server that
// builds it and the web app that shows it.
import type { TraceMatrix } from '../iec62443/traceability.js';

export type { TraceAction, TraceControl, TraceFilter, TraceRow, TraceStatus } from '../iec62443/traceability.js';

/** The last approval (IEC 62443-3-2 ZCR 7) of the site's risk assessment, which set its SL-Ts. */
export interface RiskAssessmentApprovalRef {
  version: number;
  /** The approver's account id. */
  approvedBy: string;
  /** The name the approver signed with, when the approval was e-signed. */
  printedName: string | null;
  approvedAt: string;
}

export interface Traceability extends TraceMatrix {
  site: string;
  /** The date compensating controls are judged valid on. */
  asOf: string;
  riskAssessmentApproval: RiskAssessmentApprovalRef | null;
}
