// Table types of passive discovery (migration 0012, issue #9): runs, observed flows, drift findings.

export interface DiscoveryRunsTable {
  id: string;
  site_id: string;
  created_at: string;
  created_by: string | null;
  /** 'upload' (API/UI) or 'cli'. */
  source: string;
  /** JSON CaptureReport[]. */
  captures: string;
  /** JSON DiscoveryRunSummary (counts). */
  summary: string;
  /** JSON DiscoveryReport (core/discovery/types.ts). */
  report: string;
}

export interface ObservedFlowsTable {
  site_id: string;
  flow_key: string;
  protocol: string | null;
  transport: string;
  client: string;
  server: string;
  port: number | null;
  client_zone: string | null;
  server_zone: string | null;
  conduit_id: string | null;
  /** 'allowed' | 'same-zone' | 'no-conduit' | 'not-in-channel' | 'unzoned' as of the last run. */
  verdict: string;
  packets: number;
  bytes: number;
  first_seen: string;
  last_seen: string;
  last_run_id: string;
}

export interface DriftFindingsTable {
  id: string;
  site_id: string;
  rule: string;
  subject: string;
  severity: string;
  message: string;
  /** JSON: the rule's facts (hosts, zones, flow, suggested change). */
  details: string;
  /** 'open' | 'accepted' | 'rejected'. */
  status: string;
  first_seen: string;
  last_seen: string;
  first_run_id: string;
  last_run_id: string;
  occurrences: number;
  decided_by: string | null;
  decided_at: string | null;
  decision_reason: string | null;
  change_request_id: string | null;
  created_at: string;
  updated_at: string;
}
