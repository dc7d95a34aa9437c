// The organisation's advisory library (issue #10): imported CSAF advisories, each stored whole as
// its normalised model (what the matcher loads) and in parts (vulnerabilities, products,
// remediations) for SQL search and detail views; and the per-site triage of matched advisories.
// Migrations never import application code: the tables are described as they are at this version.
import type { CreateTableBuilder, Kysely } from 'kysely';

type Table = CreateTableBuilder<string, string>;

export async function up(db: Kysely<unknown>): Promise<void> {
  await (db.schema.createTable('advisories') as Table)
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Identity across revisions: publisher namespace + "#" + tracking id.
    .addColumn('advisory_key', 'text', (c) => c.notNull().unique())
    .addColumn('tracking_id', 'text', (c) => c.notNull())
    .addColumn('publisher_name', 'text', (c) => c.notNull())
    .addColumn('publisher_namespace', 'text', (c) => c.notNull())
    .addColumn('publisher_category', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('initial_release_date', 'text')
    .addColumn('current_release_date', 'text')
    // JSON string arrays.
    .addColumn('related_ids', 'text', (c) => c.notNull())
    .addColumn('cves', 'text', (c) => c.notNull())
    .addColumn('max_cvss_v3', 'double precision')
    .addColumn('max_cvss_v4', 'double precision')
    // SHA-256 (hex) of the imported bytes: the same file again is "unchanged".
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('imported_by', 'text')
    // JSON: the normalised Advisory (core/advisories/advisory.ts).
    .addColumn('model', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('advisories_release').on('advisories').columns(['current_release_date']).execute();

  await (db.schema.createTable('advisory_vulnerabilities') as Table)
    .addColumn('advisory_id', 'text', (c) => c.notNull().references('advisories.id').onDelete('cascade'))
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('cve', 'text')
    .addColumn('title', 'text')
    .addColumn('cwe', 'text')
    // The highest score the document gives the vulnerability (over its products).
    .addColumn('cvss_v3_score', 'double precision')
    .addColumn('cvss_v3_vector', 'text')
    .addColumn('cvss_v4_score', 'double precision')
    .addColumn('cvss_v4_vector', 'text')
    .addColumn('ssvc', 'text')
    .addPrimaryKeyConstraint('advisory_vulnerabilities_pk', ['advisory_id', 'ordinal'])
    .execute();
  await db.schema.createIndex('advisory_vulnerabilities_cve').on('advisory_vulnerabilities').column('cve').execute();

  await (db.schema.createTable('advisory_products') as Table)
    .addColumn('advisory_id', 'text', (c) => c.notNull().references('advisories.id').onDelete('cascade'))
    .addColumn('product_id', 'text', (c) => c.notNull())
    .addColumn('vendor', 'text')
    .addColumn('family', 'text')
    .addColumn('name', 'text')
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('version', 'text')
    .addColumn('version_range', 'text')
    // JSON string array.
    .addColumn('model_numbers', 'text', (c) => c.notNull())
    // JSON { category, componentId, platformId } or null.
    .addColumn('relationship', 'text')
    .addPrimaryKeyConstraint('advisory_products_pk', ['advisory_id', 'product_id'])
    .execute();
  await db.schema.createIndex('advisory_products_vendor').on('advisory_products').column('vendor').execute();

  await (db.schema.createTable('advisory_remediations') as Table)
    .addColumn('advisory_id', 'text', (c) => c.notNull().references('advisories.id').onDelete('cascade'))
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('cve', 'text')
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    // JSON string array (product groups expanded).
    .addColumn('product_ids', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('advisory_remediations_pk', ['advisory_id', 'ordinal'])
    .execute();

  // Per site and asset: what to do about a matched advisory. Keyed by advisory_key (not id), so
  // a decision survives a newer revision of the advisory and its re-import.
  await (db.schema.createTable('vulnerability_triage') as Table)
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('asset_id', 'text', (c) => c.notNull())
    .addColumn('advisory_key', 'text', (c) => c.notNull())
    // 'now' | 'next' | 'never', or null while undecided.
    .addColumn('decision', 'text')
    .addColumn('owner', 'text')
    // YYYY-MM-DD.
    .addColumn('due', 'text')
    .addColumn('note', 'text')
    .addColumn('compensating_control_id', 'text')
    .addColumn('roadmap_action_id', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addPrimaryKeyConstraint('vulnerability_triage_pk', ['site_id', 'asset_id', 'advisory_key'])
    .execute();
  await db.schema
    .createIndex('vulnerability_triage_advisory')
    .on('vulnerability_triage')
    .columns(['advisory_key'])
    .execute();
}
