// What the discovery API answers: runs (with their capture summaries and counts) and findings
// (with who decided them, and what the caller may do with them).
import { can } from '../../../core/accounts/permissions.js';
import type { FindingDetails } from '../../../core/discovery/findings.js';
import type { HostMatch, FlowMatch } from '../../../core/discovery/site-match.js';
import type { CaptureReport, FlowReport, HostReport } from '../../../core/discovery/types.js';
import type { Actor } from '../../actor.js';
import type { FindingRow, RunRow } from './discovery.repository.js';

export interface RunSummary {
  hosts: number;
  devices: number;
  flows: number;
  identifiedFlows: number;
  matchedHosts: number;
  unknownHosts: number;
  findings: number;
  newFindings: number;
  /** Whether the stored report was cut to its first rows (very large captures). */
  truncated: boolean;
}

export interface RunView {
  id: string;
  site: string;
  createdAt: string;
  createdBy: string | null;
  createdByName: string | null;
  source: string;
  captures: CaptureReport[];
  summary: RunSummary;
}

export type HostRow = HostReport & Omit<HostMatch, 'ip' | 'mac'>;
export type FlowRow = FlowReport & Omit<FlowMatch, 'flow'>;

export interface StoredRunReport {
  hosts: HostRow[];
  flows: FlowRow[];
}

export function runView(r: Omit<RunRow, 'report'>, names: ReadonlyMap<string, string>): RunView {
  return {
    id: r.id,
    site: r.site_id,
    createdAt: r.created_at,
    createdBy: r.created_by,
    createdByName: r.created_by ? (names.get(r.created_by) ?? null) : null,
    source: r.source,
    captures: JSON.parse(r.captures) as CaptureReport[],
    summary: JSON.parse(r.summary) as RunSummary,
  };
}

export interface FindingView {
  id: string;
  site: string;
  rule: string;
  subject: string;
  severity: string;
  message: string;
  details: FindingDetails;
  status: string;
  firstSeen: string;
  lastSeen: string;
  occurrences: number;
  lastRunId: string;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  reason: string | null;
  changeRequestId: number | null;
  abilities: ('accept' | 'reject')[];
}

export function findingView(actor: Actor, f: FindingRow, names: ReadonlyMap<string, string>): FindingView {
  const decide = f.status === 'open' && (!actor.principal || can(actor.principal, 'discovery.decide', f.site_id));
  return {
    id: f.id,
    site: f.site_id,
    rule: f.rule,
    subject: f.subject,
    severity: f.severity,
    message: f.message,
    details: JSON.parse(f.details) as FindingDetails,
    status: f.status,
    firstSeen: f.first_seen,
    lastSeen: f.last_seen,
    occurrences: f.occurrences,
    lastRunId: f.last_run_id,
    decidedBy: f.decided_by,
    decidedByName: f.decided_by ? (names.get(f.decided_by) ?? null) : null,
    decidedAt: f.decided_at,
    reason: f.decision_reason,
    changeRequestId: f.change_request_id === null ? null : Number(f.change_request_id),
    abilities: decide ? ['accept', 'reject'] : [],
  };
}
