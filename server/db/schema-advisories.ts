// Table types of the advisory library (migration 0013, issue #10): advisories and their parts,
// and the per-site triage of matched advisories.

export interface AdvisoriesTable {
  id: string;
  /** `namespace#trackingId` (core/advisories/advisory.ts advisoryKey). */
  advisory_key: string;
  tracking_id: string;
  publisher_name: string;
  publisher_namespace: string;
  publisher_category: string;
  category: string;
  version: string;
  status: string;
  title: string;
  initial_release_date: string | null;
  current_release_date: string | null;
  /** JSON string[]. */
  related_ids: string;
  /** JSON string[]. */
  cves: string;
  max_cvss_v3: number | null;
  max_cvss_v4: number | null;
  /** SHA-256 (hex) of the imported bytes. */
  sha256: string;
  /** The file (or upload) it came from, as shown to users. */
  source: string;
  imported_at: string;
  imported_by: string | null;
  /** JSON Advisory (core/advisories/advisory.ts). */
  model: string;
}

export interface AdvisoryVulnerabilitiesTable {
  advisory_id: string;
  ordinal: number;
  cve: string | null;
  title: string | null;
  cwe: string | null;
  cvss_v3_score: number | null;
  cvss_v3_vector: string | null;
  cvss_v4_score: number | null;
  cvss_v4_vector: string | null;
  ssvc: string | null;
}

export interface AdvisoryProductsTable {
  advisory_id: string;
  product_id: string;
  vendor: string | null;
  family: string | null;
  name: string | null;
  full_name: string;
  version: string | null;
  version_range: string | null;
  /** JSON string[]. */
  model_numbers: string;
  /** JSON { category, componentId, platformId } or null. */
  relationship: string | null;
}

export interface AdvisoryRemediationsTable {
  advisory_id: string;
  ordinal: number;
  cve: string | null;
  category: string;
  details: string;
  url: string | null;
  /** JSON string[]. */
  product_ids: string;
}

export interface VulnerabilityTriageTable {
  site_id: string;
  asset_id: string;
  advisory_key: string;
  /** 'now' | 'next' | 'never', or null while undecided. */
  decision: string | null;
  owner: string | null;
  /** YYYY-MM-DD. */
  due: string | null;
  note: string | null;
  compensating_control_id: string | null;
  roadmap_action_id: string | null;
  updated_at: string;
  updated_by: string | null;
}
