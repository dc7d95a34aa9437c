// Table types for Kysely. Booleans are stored as 0/1 integers and timestamps as ISO-8601 UTC
// text in both dialects, so one repository code path serves SQLite and PostgreSQL.
import type { Generated } from 'kysely';
import type {
  AdvisoriesTable,
  AdvisoryProductsTable,
  AdvisoryRemediationsTable,
  AdvisoryVulnerabilitiesTable,
  VulnerabilityTriageTable,
} from './schema-advisories.js';
import type { DiscoveryRunsTable, DriftFindingsTable, ObservedFlowsTable } from './schema-discovery.js';
import type {
  OrgRiskMatrixTable,
  SiteRiskMatricesTable,
  RiskScenariosTable,
  RiskAssessmentsTable,
  RiskAssessmentApprovalsTable,
} from './schema-risk.js';

export type {
  AdvisoriesTable,
  AdvisoryProductsTable,
  AdvisoryRemediationsTable,
  AdvisoryVulnerabilitiesTable,
  VulnerabilityTriageTable,
} from './schema-advisories.js';
export type { DiscoveryRunsTable, DriftFindingsTable, ObservedFlowsTable } from './schema-discovery.js';
export type {
  OrgRiskMatrixTable,
  SiteRiskMatricesTable,
  RiskScenariosTable,
  RiskAssessmentsTable,
  RiskAssessmentApprovalsTable,
} from './schema-risk.js';

export interface OrganizationTable {
  id: number;
  name: string | null;
}

export interface SitesTable {
  id: string;
  name: string;
  location: string | null;
  timezone: string | null;
  description: string | null;
  regulated: number;
  /** Bumped by every audited change to the site (cache invalidation). */
  revision: Generated<number>;
  /** 1: model edits go through change requests (issue #7). */
  change_control: Generated<number>;
  /** Days an emergency change may wait for its approval. */
  emergency_days: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface ZonesTable {
  site_id: string;
  id: string;
  name: string;
  kind: string;
  description: string | null;
  rationale: string | null;
  parent_id: string | null;
  pos_x: number | null;
  pos_y: number | null;
  /** JSON array of canonical CIDR prefixes (issue #9), null when the zone has none. */
  subnets: string | null;
  slt1: number | null;
  slt2: number | null;
  slt3: number | null;
  slt4: number | null;
  slt5: number | null;
  slt6: number | null;
  slt7: number | null;
  created_at: string;
  updated_at: string;
}

export interface ConduitsTable {
  site_id: string;
  id: string;
  name: string | null;
  description: string | null;
  rationale: string | null;
  /** JSON array of measure slugs. */
  measures: string | null;
  slt1: number | null;
  slt2: number | null;
  slt3: number | null;
  slt4: number | null;
  slt5: number | null;
  slt6: number | null;
  slt7: number | null;
  created_at: string;
  updated_at: string;
}

export interface ConduitZonesTable {
  site_id: string;
  conduit_id: string;
  zone_id: string;
  position: number;
}

export interface ChannelsTable {
  site_id: string;
  conduit_id: string;
  position: number;
  protocol: string;
  transport: string | null;
  port: number | null;
  from_zone: string;
  to_zone: string;
  description: string | null;
}

export interface AssetsTable {
  pk: Generated<number>;
  site_id: string;
  id: string;
  name: string;
  zone_id: string | null;
  type: string;
  component_class: string | null;
  vendor: string | null;
  model: string | null;
  firmware: string | null;
  order_number: string | null;
  serial: string | null;
  /** JSON arrays. */
  ip: string | null;
  mac: string | null;
  lifecycle: string | null;
  legacy: number;
  safety: number;
  criticality: number | null;
  owner: string | null;
  location: string | null;
  notes: string | null;
  last_seen: string | null;
  slc1: number | null;
  slc2: number | null;
  slc3: number | null;
  slc4: number | null;
  slc5: number | null;
  slc6: number | null;
  slc7: number | null;
  /** Lowercased name, id, vendor, model, firmware, IPs, MACs, serial: the free-text index. */
  search_text: string;
  created_at: string;
  updated_at: string;
}

export interface AssetCapabilitiesTable {
  site_id: string;
  asset_id: string;
  requirement_id: string;
  value: string;
}

export interface ResultsTable {
  site_id: string;
  scope_id: string;
  requirement_id: string;
  status: string;
  note: string | null;
  /** JSON array of URLs. */
  evidence: string | null;
  assessed_by: string | null;
  assessed_at: string | null;
  updated_at: string;
}

export interface CompensatingControlsTable {
  site_id: string;
  id: string;
  scope_id: string;
  kind: string;
  /** JSON arrays of 3-3 requirement ids and asset ids. */
  requirements: string;
  assets: string | null;
  description: string | null;
  rationale: string | null;
  approved_by: string | null;
  approved_at: string | null;
  expires: string | null;
  created_at: string;
  updated_at: string;
}

export interface AuditEventsTable {
  seq: Generated<number>;
  at: string;
  actor: string;
  action: string;
  site_id: string | null;
  entity: string;
  entity_id: string | null;
  reason: string | null;
  /** JSON: what changed. */
  detail: string | null;
  /** local | user | token | cli */
  actor_kind: string | null;
  source_ip: string | null;
  /** The chain (server/features/audit/audit-chain.ts). */
  prev_hash: string | null;
  hash: string | null;
}

export interface AuditHeadTable {
  id: number;
  hash: string;
  count: number;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  party: string;
  company: string | null;
  org_role: string | null;
  disabled: Generated<number>;
  failed_logins: Generated<number>;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface SiteMembersTable {
  site_id: string;
  user_id: string;
  role: string;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  source_ip: string | null;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string | null;
  token_hash: string;
  read_only: Generated<number>;
  /** JSON array of site ids, or null. */
  sites: string | null;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

/** Issue #7: immutable snapshots of a site's model. */
export interface BaselinesTable {
  site_id: string;
  /** 1, 2, … per site. */
  id: number;
  name: string;
  description: string | null;
  /** 'manual' | 'change-request' | 'risk-assessment' | 'control-approval'. */
  trigger: string;
  /** What the trigger refers to, e.g. the change request id. */
  ref: string | null;
  /** The site revision the snapshot was taken at. */
  revision: number;
  /** SHA-256 of the snapshot text. */
  content_hash: string;
  /** JSON: the canonical site (server/features/site-files/site-loader.ts) and its evaluation. */
  snapshot: string;
  taken_at: string;
  taken_by: string;
}

/** Issue #7: proposed model edits, reviewed and applied atomically. */
export interface ChangeRequestsTable {
  site_id: string;
  /** 1, 2, … per site. */
  id: number;
  title: string;
  description: string | null;
  status: string;
  emergency: number;
  /** JSON: the operations. */
  ops: string;
  base_revision: number;
  author: string;
  created_at: string;
  updated_at: string;
  /** JSON: approval (with e-signature) or rejection. */
  decision: string | null;
  applied_at: string | null;
  applied_by: string | null;
  applied_baseline: number | null;
  approval_due: string | null;
}

/** Issue #7: remediation roadmap actions. */
export interface RoadmapActionsTable {
  site_id: string;
  id: string;
  scope_id: string;
  status: string;
  due: string | null;
  /** JSON: the action document. */
  doc: string;
  created_at: string;
  updated_at: string;
}

/** Issue #7: SL-T and SL-A per zone and conduit per day. */
export interface SlHistoryTable {
  site_id: string;
  scope_id: string;
  scope_kind: string;
  day: string;
  sl_target: string | null;
  sl_achieved: string;
  recorded_at: string;
}

export interface Database {
  organization: OrganizationTable;
  sites: SitesTable;
  zones: ZonesTable;
  conduits: ConduitsTable;
  conduit_zones: ConduitZonesTable;
  channels: ChannelsTable;
  assets: AssetsTable;
  asset_capabilities: AssetCapabilitiesTable;
  results: ResultsTable;
  compensating_controls: CompensatingControlsTable;
  audit_events: AuditEventsTable;
  audit_head: AuditHeadTable;
  users: UsersTable;
  site_members: SiteMembersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  org_risk_matrix: OrgRiskMatrixTable;
  site_risk_matrices: SiteRiskMatricesTable;
  risk_scenarios: RiskScenariosTable;
  risk_assessments: RiskAssessmentsTable;
  risk_assessment_approvals: RiskAssessmentApprovalsTable;
  baselines: BaselinesTable;
  change_requests: ChangeRequestsTable;
  roadmap_actions: RoadmapActionsTable;
  sl_history: SlHistoryTable;
  discovery_runs: DiscoveryRunsTable;
  observed_flows: ObservedFlowsTable;
  drift_findings: DriftFindingsTable;
  advisories: AdvisoriesTable;
  advisory_vulnerabilities: AdvisoryVulnerabilitiesTable;
  advisory_products: AdvisoryProductsTable;
  advisory_remediations: AdvisoryRemediationsTable;
  vulnerability_triage: VulnerabilityTriageTable;
}
