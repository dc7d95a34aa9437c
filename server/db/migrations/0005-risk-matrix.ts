// Risk matrices (issue #6, IEC 62443-3-2 ZCR 2/4/5): one organization-wide matrix, and optional
// per-site overrides. The matrix is a small document read and written whole, so it is JSON text.
// Migrations never import application code: the tables are described as they are at this version.
import type { CreateTableBuilder, Kysely } from 'kysely';

type Table = CreateTableBuilder<string, string>;

export async function up(db: Kysely<unknown>): Promise<void> {
  // At most one row (id = 1): absent means the built-in default matrix.
  await (db.schema.createTable('org_risk_matrix') as Table)
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('matrix', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
  // A site's own matrix; deleting the site deletes it.
  await (db.schema.createTable('site_risk_matrices') as Table)
    .addColumn('site_id', 'text', (c) => c.primaryKey().references('sites.id').onDelete('cascade'))
    .addColumn('matrix', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
}
