// Storage of the advisory library (migration 0013): one row per advisory (identity, summary
// columns, the normalised model as JSON) and its parts for SQL search and detail views.
import type { Advisory } from '../../../core/advisories/advisory.js';
import type { Queryable } from '../../db/batch.js';
import { insertMany } from '../../db/batch.js';
import type {
  AdvisoriesTable,
  AdvisoryProductsTable,
  AdvisoryRemediationsTable,
  AdvisoryVulnerabilitiesTable,
} from '../../db/schema.js';

export interface StoredAdvisory {
  row: AdvisoriesTable;
  vulnerabilities: AdvisoryVulnerabilitiesTable[];
  products: AdvisoryProductsTable[];
  remediations: AdvisoryRemediationsTable[];
}

const maxOf = (xs: readonly (number | null | undefined)[]): number | null => {
  const ns = xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  return ns.length === 0 ? null : Math.max(...ns);
};

/** The rows an advisory is stored as. */
export function advisoryRows(
  id: string,
  advisory: Advisory,
  meta: { sha256: string; source: string; importedAt: string; importedBy: string | null },
): StoredAdvisory {
  const vulnerabilities: AdvisoryVulnerabilitiesTable[] = advisory.vulnerabilities.map((v, ordinal) => {
    let best: { vector: string; baseScore: number } | null = null;
    for (const s of v.scores) if (s.cvssV3 && (!best || s.cvssV3.baseScore > best.baseScore)) best = s.cvssV3;
    return {
      advisory_id: id,
      ordinal,
      cve: v.cve,
      title: v.title,
      cwe: v.cwe,
      cvss_v3_score: best?.baseScore ?? null,
      cvss_v3_vector: best?.vector ?? null,
      cvss_v4_score: v.cvssV4?.baseScore ?? null,
      cvss_v4_vector: v.cvssV4?.vector ?? null,
      ssvc: v.ssvc,
    };
  });
  const remediations: AdvisoryRemediationsTable[] = advisory.vulnerabilities
    .flatMap((v) => v.remediations.map((r) => ({ v, r })))
    .map(({ v, r }, ordinal) => ({
      advisory_id: id,
      ordinal,
      cve: v.cve,
      category: r.category,
      details: r.details,
      url: r.url,
      product_ids: JSON.stringify(r.productIds),
    }));
  const products: AdvisoryProductsTable[] = advisory.products.map((p) => ({
    advisory_id: id,
    product_id: p.productId,
    vendor: p.vendor,
    family: p.family,
    name: p.name,
    full_name: p.fullName,
    version: p.version,
    version_range: p.versionRange,
    model_numbers: JSON.stringify(p.modelNumbers),
    relationship: p.relationship ? JSON.stringify(p.relationship) : null,
  }));
  const cves = [...new Set(advisory.vulnerabilities.map((v) => v.cve).filter((c): c is string => !!c))];
  return {
    row: {
      id,
      advisory_key: advisory.key,
      tracking_id: advisory.trackingId,
      publisher_name: advisory.publisher.name,
      publisher_namespace: advisory.publisher.namespace,
      publisher_category: advisory.publisher.category,
      category: advisory.category,
      version: advisory.version,
      status: advisory.status,
      title: advisory.title,
      initial_release_date: advisory.initialReleaseDate,
      current_release_date: advisory.currentReleaseDate,
      related_ids: JSON.stringify(advisory.relatedIds),
      cves: JSON.stringify(cves),
      max_cvss_v3: maxOf(vulnerabilities.map((v) => v.cvss_v3_score)),
      max_cvss_v4: maxOf(vulnerabilities.map((v) => v.cvss_v4_score)),
      sha256: meta.sha256,
      source: meta.source,
      imported_at: meta.importedAt,
      imported_by: meta.importedBy,
      model: JSON.stringify(advisory),
    },
    vulnerabilities,
    products,
    remediations,
  };
}

export type AdvisoryIdentity = Pick<
  AdvisoriesTable,
  'id' | 'advisory_key' | 'tracking_id' | 'version' | 'current_release_date' | 'sha256'
>;

export function findByKey(db: Queryable, key: string): Promise<AdvisoryIdentity | undefined> {
  return db
    .selectFrom('advisories')
    .select(['id', 'advisory_key', 'tracking_id', 'version', 'current_release_date', 'sha256'])
    .where('advisory_key', '=', key)
    .executeTakeFirst();
}

async function insertParts(db: Queryable, stored: StoredAdvisory): Promise<void> {
  await insertMany(db, 'advisory_vulnerabilities', stored.vulnerabilities);
  await insertMany(db, 'advisory_products', stored.products);
  await insertMany(db, 'advisory_remediations', stored.remediations);
}

export async function insertAdvisory(db: Queryable, stored: StoredAdvisory): Promise<void> {
  await db.insertInto('advisories').values(stored.row).execute();
  await insertParts(db, stored);
}

/** Replaces a stored advisory's row and parts (same id, so links to it stay valid). */
export async function replaceAdvisory(db: Queryable, stored: StoredAdvisory): Promise<void> {
  const { id, ...rest } = stored.row;
  await db.updateTable('advisories').set(rest).where('id', '=', id).execute();
  await deleteParts(db, id);
  await insertParts(db, stored);
}

async function deleteParts(db: Queryable, id: string): Promise<void> {
  await db.deleteFrom('advisory_vulnerabilities').where('advisory_id', '=', id).execute();
  await db.deleteFrom('advisory_products').where('advisory_id', '=', id).execute();
  await db.deleteFrom('advisory_remediations').where('advisory_id', '=', id).execute();
}

/** Deletes an advisory and its parts (explicitly: SQLite enforces foreign keys only when asked). */
export async function deleteAdvisory(db: Queryable, id: string): Promise<boolean> {
  await deleteParts(db, id);
  const r = await db.deleteFrom('advisories').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Every stored advisory's normalised model (what the matcher loads), in one read. */
export async function listAdvisoryModels(db: Queryable): Promise<Advisory[]> {
  const rows = await db.selectFrom('advisories').select('model').orderBy('advisory_key').execute();
  return rows.map((r) => JSON.parse(r.model) as Advisory);
}

export interface ListFilter {
  q?: string;
  vendor?: string;
  limit: number;
  offset: number;
}

// `%` and `_` typed by a user stay wildcards: escaping differs between the dialects and costs more than it saves.
const like = (s: string) => `%${s.toLowerCase()}%`;

export type AdvisoryListRow = Pick<
  AdvisoriesTable,
  | 'id'
  | 'advisory_key'
  | 'tracking_id'
  | 'title'
  | 'publisher_name'
  | 'publisher_namespace'
  | 'current_release_date'
  | 'initial_release_date'
  | 'version'
  | 'status'
  | 'cves'
  | 'max_cvss_v3'
  | 'max_cvss_v4'
  | 'imported_at'
>;

/** Advisories newest first (by current release), filtered by text and vendor; and the total. */
export async function listAdvisories(
  db: Queryable,
  f: ListFilter,
): Promise<{ rows: AdvisoryListRow[]; total: number }> {
  let query = db.selectFrom('advisories');
  if (f.q?.trim()) {
    const pattern = like(f.q.trim());
    query = query.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['tracking_id']), 'like', pattern),
        eb(eb.fn('lower', ['title']), 'like', pattern),
        eb(eb.fn('lower', ['cves']), 'like', pattern),
        eb(eb.fn('lower', ['publisher_name']), 'like', pattern),
      ]),
    );
  }
  if (f.vendor?.trim()) {
    const pattern = like(f.vendor.trim());
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('advisory_products as p')
          .select('p.product_id')
          .whereRef('p.advisory_id', '=', 'advisories.id')
          .where((inner) => inner(inner.fn('lower', ['p.vendor']), 'like', pattern)),
      ),
    );
  }
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .select([
      'id',
      'advisory_key',
      'tracking_id',
      'title',
      'publisher_name',
      'publisher_namespace',
      'current_release_date',
      'initial_release_date',
      'version',
      'status',
      'cves',
      'max_cvss_v3',
      'max_cvss_v4',
      'imported_at',
    ])
    .orderBy('current_release_date', 'desc')
    .orderBy('advisory_key')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { rows, total: Number(total.n) };
}

/** Per advisory: how many products and which vendors (sorted). */
export async function productSummaries(
  db: Queryable,
  ids: readonly string[],
): Promise<Map<string, { productCount: number; vendors: string[] }>> {
  const out = new Map<string, { productCount: number; vendors: string[] }>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('advisory_products')
    .select(['advisory_id', 'vendor', (eb) => eb.fn.countAll<number>().as('n')])
    .where('advisory_id', 'in', [...ids])
    .groupBy(['advisory_id', 'vendor'])
    .execute();
  for (const r of rows) {
    const s = out.get(r.advisory_id) ?? { productCount: 0, vendors: [] };
    s.productCount += Number(r.n);
    if (r.vendor && !s.vendors.includes(r.vendor)) s.vendors.push(r.vendor);
    out.set(r.advisory_id, s);
  }
  for (const s of out.values()) s.vendors.sort((a, b) => a.localeCompare(b));
  return out;
}

export async function getAdvisory(db: Queryable, id: string): Promise<StoredAdvisory | undefined> {
  const row = await db.selectFrom('advisories').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [vulnerabilities, products, remediations] = await Promise.all([
    db.selectFrom('advisory_vulnerabilities').selectAll().where('advisory_id', '=', id).orderBy('ordinal').execute(),
    db.selectFrom('advisory_products').selectAll().where('advisory_id', '=', id).orderBy('product_id').execute(),
    db.selectFrom('advisory_remediations').selectAll().where('advisory_id', '=', id).orderBy('ordinal').execute(),
  ]);
  return { row, vulnerabilities, products, remediations };
}
