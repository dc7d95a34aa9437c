// The normalised advisory (issue #10 item 1): one shape for every CSAF document C-981 keeps,
// JSON-serialisable so the server can store it whole and rebuild the matcher's index quickly.
// CSAF 2.0 and 2.1 map to the same fields (2.1's metrics/cwes land in scores/cwe).

/** CSAF 2.0 §3.2.3.9 product status keys (2.1 adds `unknown`). */
export const PRODUCT_STATUS_KEYS = [
  'known_affected',
  'known_not_affected',
  'fixed',
  'first_fixed',
  'recommended',
  'first_affected',
  'last_affected',
  'under_investigation',
  'unknown',
] as const;
export type ProductStatusKey = (typeof PRODUCT_STATUS_KEYS)[number];

/** CSAF 2.0 §3.2.3.12 remediation categories (plus 2.1's fix_planned and optional_patch). */
export const REMEDIATION_CATEGORIES = [
  'vendor_fix',
  'mitigation',
  'workaround',
  'none_available',
  'no_fix_planned',
  'fix_planned',
  'optional_patch',
] as const;
export type RemediationCategory = (typeof REMEDIATION_CATEGORIES)[number];

/** One row of the flattened product table: product id → who makes it, what it is, which versions. */
export interface AdvisoryProduct {
  readonly productId: string;
  /** Vendor branch name as written (trimmed); null when the tree has no vendor branch. */
  readonly vendor: string | null;
  readonly family: string | null;
  /** The product_name branch; for leaves without one, the leaf's own name. */
  readonly name: string | null;
  /** `full_product_name.name`, where CISA repeats vendor, product and often the range. */
  readonly fullName: string;
  /** A `product_version` branch (one version — though real files put order numbers here too). */
  readonly version: string | null;
  /** A `product_version_range` branch (vers, vls or free text). */
  readonly versionRange: string | null;
  /** Other path attributes that narrow the product (service_pack, patch_level, architecture…). */
  readonly qualifiers: readonly string[];
  readonly modelNumbers: readonly string[];
  readonly skus: readonly string[];
  readonly serialNumbers: readonly string[];
  readonly cpe: string | null;
  readonly purl: string | null;
  /** CSAF §3.2.2.4: a combination product, e.g. firmware `installed_on` a hardware model. */
  readonly relationship: {
    readonly category: string;
    readonly componentId: string;
    readonly platformId: string;
  } | null;
}

export interface AdvisoryScore {
  readonly productIds: readonly string[];
  readonly cvssV3: { readonly vector: string; readonly baseScore: number } | null;
  readonly cvssV2: { readonly vector: string; readonly baseScore: number } | null;
}

export interface AdvisoryRemediation {
  readonly category: string;
  readonly details: string;
  readonly productIds: readonly string[];
  readonly url: string | null;
}

export interface AdvisoryVulnerability {
  readonly cve: string | null;
  /** Other ids (vendor's own), e.g. `{ system_name: "Siemens", text: "SSA-…" }` → "Siemens SSA-…". */
  readonly ids: readonly string[];
  readonly title: string | null;
  readonly cwe: string | null;
  readonly status: Partial<Record<ProductStatusKey, readonly string[]>>;
  /** VEX justifications for known_not_affected (label → product ids). */
  readonly flags: readonly { readonly label: string; readonly productIds: readonly string[] }[];
  readonly scores: readonly AdvisoryScore[];
  /** CVSS v4 is not a CSAF 2.0 field; CISA links it as a FIRST calculator URL in references. */
  readonly cvssV4: { readonly vector: string; readonly baseScore: number } | null;
  /** CISA's SSVC note (2026+), kept as written. */
  readonly ssvc: string | null;
  readonly remediations: readonly AdvisoryRemediation[];
}

export interface Advisory {
  /** Identity (CSAF §3.1): publisher namespace + tracking id; a newer release replaces the older. */
  readonly key: string;
  readonly trackingId: string;
  readonly version: string;
  readonly status: string;
  readonly category: string;
  readonly csafVersion: string;
  readonly title: string;
  readonly publisher: { readonly name: string; readonly namespace: string; readonly category: string };
  readonly initialReleaseDate: string | null;
  readonly currentReleaseDate: string | null;
  /** Advisory ids of the original vendor advisory a coordinator republished (from self references). */
  readonly relatedIds: readonly string[];
  readonly products: readonly AdvisoryProduct[];
  readonly vulnerabilities: readonly AdvisoryVulnerability[];
}

export const advisoryKey = (namespace: string, trackingId: string): string =>
  `${namespace.trim()}#${trackingId.trim()}`;
