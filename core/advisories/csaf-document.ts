// The parts of a CSAF 2.0 document (OASIS CSAF v2.0, errata 01) that C-981 reads. The validator
// checks the whole document; these types only describe what the normaliser walks, every field
// optional because csaf_base documents may leave out what the security-advisory profile requires.

export interface CsafProductHelper {
  cpe?: string;
  purl?: string;
  model_numbers?: string[];
  serial_numbers?: string[];
  skus?: string[];
  hashes?: { filename?: string; file_hashes?: { algorithm?: string; value?: string }[] }[];
}

export interface CsafFullProductName {
  name?: string;
  product_id?: string;
  product_identification_helper?: CsafProductHelper;
}

export interface CsafBranch {
  category?: string;
  name?: string;
  product?: CsafFullProductName;
  branches?: CsafBranch[];
}

export interface CsafRelationship {
  category?: string;
  product_reference?: string;
  relates_to_product_reference?: string;
  full_product_name?: CsafFullProductName;
}

export interface CsafProductTree {
  branches?: CsafBranch[];
  full_product_names?: CsafFullProductName[];
  relationships?: CsafRelationship[];
  product_groups?: { group_id?: string; product_ids?: string[] }[];
}

export interface CsafRemediation {
  category?: string;
  details?: string;
  product_ids?: string[];
  group_ids?: string[];
  url?: string;
}

export interface CsafScore {
  products?: string[];
  cvss_v2?: { baseScore?: number; vectorString?: string };
  cvss_v3?: { baseScore?: number; baseSeverity?: string; vectorString?: string; version?: string };
}

export interface CsafVulnerability {
  cve?: string;
  title?: string;
  cwe?: { id?: string; name?: string };
  ids?: { system_name?: string; text?: string }[];
  notes?: { category?: string; title?: string; text?: string }[];
  product_status?: Record<string, string[] | undefined>;
  remediations?: CsafRemediation[];
  scores?: CsafScore[];
  flags?: { label?: string; product_ids?: string[]; group_ids?: string[] }[];
  references?: { category?: string; summary?: string; url?: string }[];
}

export interface CsafDocument {
  document?: {
    category?: string;
    csaf_version?: string;
    title?: string;
    lang?: string;
    publisher?: { category?: string; name?: string; namespace?: string };
    tracking?: {
      id?: string;
      version?: string;
      status?: string;
      initial_release_date?: string;
      current_release_date?: string;
    };
    references?: { category?: string; summary?: string; url?: string }[];
    aggregate_severity?: { text?: string };
    distribution?: { tlp?: { label?: string } };
  };
  product_tree?: CsafProductTree;
  vulnerabilities?: CsafVulnerability[];
}
