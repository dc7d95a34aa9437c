// CSAF document → normalised advisory (issue #10 item 1). Walks the product tree into a flat
// product table (CSAF 2.0 §3.2.2: branches, full_product_names, relationships), expands product
// groups, and gathers per vulnerability the status lists, scores, remediations and VEX flags.
// Runs after validation, but stays defensive: csaf_base documents may lack any optional part.
import { advisoryKey, PRODUCT_STATUS_KEYS } from './advisory.js';
import type {
  Advisory,
  AdvisoryProduct,
  AdvisoryRemediation,
  AdvisoryScore,
  AdvisoryVulnerability,
  ProductStatusKey,
} from './advisory.js';
import type { CsafBranch, CsafDocument, CsafFullProductName, CsafVulnerability } from './csaf-document.js';
import { baseScoreOf, cvssV4FromUrl } from './cvss.js';

interface PathAttributes {
  vendor: string | null;
  family: string | null;
  name: string | null;
  version: string | null;
  versionRange: string | null;
  qualifiers: string[];
}

const clean = (s: string | undefined | null): string | null => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
};

function withBranch(path: PathAttributes, branch: CsafBranch): PathAttributes {
  const name = clean(branch.name);
  if (!name) return path;
  switch (branch.category) {
    case 'vendor':
      return { ...path, vendor: name };
    case 'product_family':
      return { ...path, family: path.family ? `${path.family} ${name}` : name };
    case 'product_name':
      return { ...path, name };
    case 'product_version':
      return { ...path, version: name };
    case 'product_version_range':
      return { ...path, versionRange: name };
    case 'service_pack':
    case 'patch_level':
    case 'architecture':
    case 'language':
    case 'legacy':
    case 'specification':
    case 'host_name':
      return { ...path, qualifiers: [...path.qualifiers, name] };
    default:
      return path;
  }
}

function productRow(p: CsafFullProductName, path: PathAttributes): AdvisoryProduct | null {
  const productId = clean(p.product_id);
  if (!productId) return null;
  const helper = p.product_identification_helper ?? {};
  const list = (xs: unknown): string[] =>
    Array.isArray(xs) ? xs.map((x) => clean(typeof x === 'string' ? x : null)).filter((x): x is string => !!x) : [];
  const fullName = clean(p.name) ?? productId;
  return {
    productId,
    vendor: path.vendor,
    family: path.family,
    // A product_name leaf carries the name itself (Mobotix, OPC); otherwise the branch above it.
    name: path.name ?? (path.version || path.versionRange ? null : fullName),
    fullName,
    version: path.version,
    versionRange: path.versionRange,
    qualifiers: path.qualifiers,
    modelNumbers: list(helper.model_numbers),
    skus: list(helper.skus),
    serialNumbers: list(helper.serial_numbers),
    cpe: clean(helper.cpe),
    purl: clean(helper.purl),
    relationship: null,
  };
}

function walk(branches: CsafBranch[] | undefined, path: PathAttributes, out: AdvisoryProduct[], depth: number): void {
  // The schema bounds nothing; a hostile document nested thousands deep must not blow the stack.
  if (!Array.isArray(branches) || depth > 64) return;
  for (const b of branches) {
    if (!b || typeof b !== 'object') continue;
    const here = withBranch(path, b);
    if (b.product) {
      const row = productRow(b.product, here);
      if (row) out.push(row);
    }
    walk(b.branches, here, out, depth + 1);
  }
}

const EMPTY_PATH: PathAttributes = {
  vendor: null,
  family: null,
  name: null,
  version: null,
  versionRange: null,
  qualifiers: [],
};

/** The flat product table of a document: one row per product id (first definition wins). */
export function flattenProductTree(doc: CsafDocument): AdvisoryProduct[] {
  const tree = doc.product_tree ?? {};
  const rows: AdvisoryProduct[] = [];
  walk(tree.branches, EMPTY_PATH, rows, 0);
  for (const p of tree.full_product_names ?? []) {
    const row = productRow(p, EMPTY_PATH);
    if (row) rows.push(row);
  }
  const byId = new Map<string, AdvisoryProduct>();
  for (const r of rows) if (!byId.has(r.productId)) byId.set(r.productId, r);
  for (const rel of tree.relationships ?? []) {
    const id = clean(rel.full_product_name?.product_id);
    const componentId = clean(rel.product_reference);
    const platformId = clean(rel.relates_to_product_reference);
    if (!id || !componentId || !platformId || byId.has(id)) continue;
    const component = byId.get(componentId);
    const platform = byId.get(platformId);
    byId.set(id, {
      productId: id,
      vendor: platform?.vendor ?? component?.vendor ?? null,
      family: platform?.family ?? null,
      name: platform?.name ?? null,
      fullName: clean(rel.full_product_name?.name) ?? id,
      version: component?.version ?? null,
      versionRange: component?.versionRange ?? null,
      qualifiers: [],
      modelNumbers: platform?.modelNumbers ?? [],
      skus: platform?.skus ?? [],
      serialNumbers: platform?.serialNumbers ?? [],
      cpe: null,
      purl: null,
      relationship: { category: clean(rel.category) ?? 'installed_on', componentId, platformId },
    });
  }
  return [...byId.values()];
}

function groupsOf(doc: CsafDocument): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const g of doc.product_tree?.product_groups ?? []) {
    const id = clean(g.group_id);
    if (id)
      groups.set(
        id,
        (g.product_ids ?? []).filter((x) => typeof x === 'string'),
      );
  }
  return groups;
}

function ids(productIds: unknown, groupIds: unknown, groups: Map<string, string[]>): string[] {
  const out = new Set<string>();
  if (Array.isArray(productIds)) for (const p of productIds) if (typeof p === 'string') out.add(p.trim());
  if (Array.isArray(groupIds))
    for (const g of groupIds) if (typeof g === 'string') for (const p of groups.get(g.trim()) ?? []) out.add(p);
  return [...out];
}

function scoreOf(
  s: { vectorString?: string; baseScore?: number } | undefined,
): { vector: string; baseScore: number } | null {
  const vector = clean(s?.vectorString);
  if (!vector) return null;
  const given = typeof s?.baseScore === 'number' && Number.isFinite(s.baseScore) ? s.baseScore : null;
  const baseScore = given ?? baseScoreOf(vector);
  return baseScore === null ? null : { vector, baseScore };
}

function vulnerability(v: CsafVulnerability, groups: Map<string, string[]>): AdvisoryVulnerability {
  const status: Partial<Record<ProductStatusKey, string[]>> = {};
  for (const key of PRODUCT_STATUS_KEYS) {
    const list = v.product_status?.[key];
    if (Array.isArray(list) && list.length > 0) status[key] = ids(list, undefined, groups);
  }
  const scores: AdvisoryScore[] = (v.scores ?? []).map((s) => ({
    productIds: ids(s.products, undefined, groups),
    cvssV3: scoreOf(s.cvss_v3),
    cvssV2: scoreOf(s.cvss_v2),
  }));
  const remediations: AdvisoryRemediation[] = (v.remediations ?? []).map((r) => ({
    category: clean(r.category) ?? 'mitigation',
    details: clean(r.details) ?? '',
    productIds: ids(r.product_ids, r.group_ids, groups),
    url: clean(r.url),
  }));
  let cvssV4: AdvisoryVulnerability['cvssV4'] = null;
  for (const ref of v.references ?? []) {
    const vector = ref.url ? cvssV4FromUrl(ref.url) : null;
    const baseScore = vector ? baseScoreOf(vector) : null;
    if (vector && baseScore !== null && (!cvssV4 || baseScore > cvssV4.baseScore)) cvssV4 = { vector, baseScore };
  }
  const ssvc = clean((v.notes ?? []).find((n) => /^ssvc/i.test(n.title ?? '') || /^SSVCv\d/.test(n.text ?? ''))?.text);
  return {
    cve: clean(v.cve),
    ids: (v.ids ?? []).map((i) => clean(`${i.system_name ?? ''} ${i.text ?? ''}`)).filter((x): x is string => !!x),
    title: clean(v.title),
    cwe: clean(v.cwe?.id),
    status,
    flags: (v.flags ?? []).map((f) => ({
      label: clean(f.label) ?? 'unspecified',
      productIds: ids(f.product_ids, f.group_ids, groups),
    })),
    scores,
    cvssV4,
    ssvc,
    remediations,
  };
}

const ADVISORY_ID = /\b((?:SSA|SSB|ICSA|ICSMA|VDE)-\d{2,4}-\d{3,6}(?:-\d{2})?[A-Z]?)\b/i;

/** Normalise a (validated) CSAF document. */
export function normalizeCsaf(doc: CsafDocument): Advisory {
  const d = doc.document ?? {};
  const trackingId = clean(d.tracking?.id) ?? 'unknown';
  const namespace = clean(d.publisher?.namespace) ?? 'unknown';
  const groups = groupsOf(doc);
  const related = new Set<string>();
  for (const r of d.references ?? []) {
    const m = ADVISORY_ID.exec(`${r.url ?? ''} ${r.summary ?? ''}`);
    // A coordinator's republication names the vendor original among its self references.
    if (r.category === 'self' && m && m[1]!.toUpperCase() !== trackingId.toUpperCase())
      related.add(m[1]!.toUpperCase());
  }
  return {
    key: advisoryKey(namespace, trackingId),
    trackingId,
    version: clean(d.tracking?.version) ?? '1',
    status: clean(d.tracking?.status) ?? 'final',
    category: clean(d.category) ?? 'csaf_base',
    csafVersion: clean(d.csaf_version) ?? '2.0',
    title: clean(d.title) ?? trackingId,
    publisher: {
      name: clean(d.publisher?.name) ?? 'unknown',
      namespace,
      category: clean(d.publisher?.category) ?? 'other',
    },
    initialReleaseDate: clean(d.tracking?.initial_release_date),
    currentReleaseDate: clean(d.tracking?.current_release_date),
    relatedIds: [...related],
    products: flattenProductTree(doc),
    vulnerabilities: (doc.vulnerabilities ?? []).map((v) => vulnerability(v, groups)),
  };
}
