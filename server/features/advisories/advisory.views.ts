// What the advisory routes answer: the library's list (newest first) and one advisory's detail.
// TypeBox schemas document the shapes (OpenAPI); the functions build them from stored rows.
import Type, { type Static } from 'typebox';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../errors.js';
import * as repo from './advisory.repository.js';

const Nullable = <T extends Type.TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const AdvisorySummary = Type.Object({
  id: Type.String(),
  key: Type.String({ description: 'publisher namespace#tracking id: the identity across revisions' }),
  trackingId: Type.String(),
  title: Type.String(),
  publisher: Type.Object({ name: Type.String(), namespace: Type.String() }),
  initialReleaseDate: Nullable(Type.String()),
  currentReleaseDate: Nullable(Type.String()),
  version: Type.String(),
  status: Type.String(),
  cves: Type.Array(Type.String()),
  maxCvssV3: Nullable(Type.Number()),
  maxCvssV4: Nullable(Type.Number()),
  productCount: Type.Integer(),
  vendors: Type.Array(Type.String()),
  importedAt: Type.String(),
});
export type AdvisorySummary = Static<typeof AdvisorySummary>;

export const AdvisoryList = Type.Object({
  items: Type.Array(AdvisorySummary),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});
export type AdvisoryList = Static<typeof AdvisoryList>;

const Score = Nullable(Type.Object({ score: Type.Number(), vector: Type.String() }));

export const AdvisoryDetail = Type.Object({
  ...AdvisorySummary.properties,
  category: Type.String(),
  publisherCategory: Type.String(),
  relatedIds: Type.Array(Type.String()),
  sha256: Type.String(),
  source: Type.String(),
  importedBy: Nullable(Type.String()),
  vulnerabilities: Type.Array(
    Type.Object({
      cve: Nullable(Type.String()),
      title: Nullable(Type.String()),
      cwe: Nullable(Type.String()),
      cvssV3: Score,
      cvssV4: Score,
      ssvc: Nullable(Type.String()),
    }),
  ),
  remediations: Type.Array(
    Type.Object({
      cve: Nullable(Type.String()),
      category: Type.String(),
      details: Type.String(),
      url: Nullable(Type.String()),
      productIds: Type.Array(Type.String()),
    }),
  ),
  products: Type.Array(
    Type.Object({
      productId: Type.String(),
      vendor: Nullable(Type.String()),
      family: Nullable(Type.String()),
      name: Nullable(Type.String()),
      fullName: Type.String(),
      version: Nullable(Type.String()),
      versionRange: Nullable(Type.String()),
      modelNumbers: Type.Array(Type.String()),
      relationship: Nullable(
        Type.Object({ category: Type.String(), componentId: Type.String(), platformId: Type.String() }),
      ),
    }),
  ),
});
export type AdvisoryDetail = Static<typeof AdvisoryDetail>;

const strings = (json: string): string[] => {
  const v = JSON.parse(json) as unknown;
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
};

function summary(
  r: repo.AdvisoryListRow,
  products: { productCount: number; vendors: string[] } | undefined,
): AdvisorySummary {
  return {
    id: r.id,
    key: r.advisory_key,
    trackingId: r.tracking_id,
    title: r.title,
    publisher: { name: r.publisher_name, namespace: r.publisher_namespace },
    initialReleaseDate: r.initial_release_date,
    currentReleaseDate: r.current_release_date,
    version: r.version,
    status: r.status,
    cves: strings(r.cves),
    maxCvssV3: r.max_cvss_v3 === null ? null : Number(r.max_cvss_v3),
    maxCvssV4: r.max_cvss_v4 === null ? null : Number(r.max_cvss_v4),
    productCount: products?.productCount ?? 0,
    vendors: products?.vendors ?? [],
    importedAt: r.imported_at,
  };
}

export async function listAdvisories(
  db: Db,
  f: { q?: string; vendor?: string; limit?: number; offset?: number },
): Promise<AdvisoryList> {
  const limit = f.limit ?? 50;
  const offset = f.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > 500)
    throw new AppError('C981_ERR_VALIDATION', 'limit must be a whole number from 1 to 500', [
      { path: 'limit', message: 'out of range' },
    ]);
  if (!Number.isInteger(offset) || offset < 0)
    throw new AppError('C981_ERR_VALIDATION', 'offset must be a whole number from 0', [
      { path: 'offset', message: 'out of range' },
    ]);
  const { rows, total } = await repo.listAdvisories(db.kysely, { q: f.q, vendor: f.vendor, limit, offset });
  const products = await repo.productSummaries(
    db.kysely,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => summary(r, products.get(r.id))), total, limit, offset };
}

const score = (value: number | null, vector: string | null) =>
  value === null || vector === null ? null : { score: Number(value), vector };

export async function getAdvisoryDetail(db: Db, id: string): Promise<AdvisoryDetail> {
  const stored = await repo.getAdvisory(db.kysely, id);
  if (!stored) throw new AppError('C981_ERR_NOT_FOUND', `advisory "${id}" not found`);
  const { row } = stored;
  const vendors = [...new Set(stored.products.map((p) => p.vendor).filter((v): v is string => !!v))].sort((a, b) =>
    a.localeCompare(b),
  );
  return {
    ...summary(row, { productCount: stored.products.length, vendors }),
    category: row.category,
    publisherCategory: row.publisher_category,
    relatedIds: strings(row.related_ids),
    sha256: row.sha256,
    source: row.source,
    importedBy: row.imported_by,
    vulnerabilities: stored.vulnerabilities.map((v) => ({
      cve: v.cve,
      title: v.title,
      cwe: v.cwe,
      cvssV3: score(v.cvss_v3_score, v.cvss_v3_vector),
      cvssV4: score(v.cvss_v4_score, v.cvss_v4_vector),
      ssvc: v.ssvc,
    })),
    remediations: stored.remediations.map((r) => ({
      cve: r.cve,
      category: r.category,
      details: r.details,
      url: r.url,
      productIds: strings(r.product_ids),
    })),
    products: stored.products.map((p) => ({
      productId: p.product_id,
      vendor: p.vendor,
      family: p.family,
      name: p.name,
      fullName: p.full_name,
      version: p.version,
      versionRange: p.version_range,
      modelNumbers: strings(p.model_numbers),
      relationship: p.relationship
        ? (JSON.parse(p.relationship) as { category: string; componentId: string; platformId: string })
        : null,
    })),
  };
}
