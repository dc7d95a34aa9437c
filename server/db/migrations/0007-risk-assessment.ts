// The risk assessment of a site (issue #6, IEC 62443-3-2 ZCR 1–7): the current working version,
// and the approved versions frozen with the model they were approved on (ZCR 7 sign-off).
// The assessment is a small document read and written whole, so it is JSON text.
// Migrations never import application code: the tables are described as they are at this version.
import type { CreateTableBuilder, Kysely } from 'kysely';

type Table = CreateTableBuilder<string, string>;

export async function up(db: Kysely<unknown>): Promise<void> {
  // One working assessment per site; absent means nothing recorded yet (version 0).
  await (db.schema.createTable('risk_assessments') as Table)
    .addColumn('site_id', 'text', (c) => c.primaryKey().references('sites.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
  // Each approved version, never changed afterwards.
  await (db.schema.createTable('risk_assessment_approvals') as Table)
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('approved_by', 'text', (c) => c.notNull())
    .addColumn('approved_at', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('risk_assessment_approvals_pk', ['site_id', 'version'])
    .execute();
}
