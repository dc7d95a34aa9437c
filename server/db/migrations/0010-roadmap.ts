// The remediation roadmap (issue #7): actions that will lift a zone or conduit towards its SL-T,
// with owner, due date, status, estimates and the requirements they satisfy or the compensating
// controls they retire. An action is a small document read and written whole (JSON text); the
// columns the lists filter and sort on are copied out of it.
// Migrations never import application code: the tables are described as they are at this version.
import type { CreateTableBuilder, Kysely } from 'kysely';

type Table = CreateTableBuilder<string, string>;

export async function up(db: Kysely<unknown>): Promise<void> {
  await (db.schema.createTable('roadmap_actions') as Table)
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('scope_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('due', 'text')
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('roadmap_actions_pk', ['site_id', 'id'])
    .execute();
  await db.schema.createIndex('roadmap_actions_scope').on('roadmap_actions').columns(['site_id', 'scope_id']).execute();
}
