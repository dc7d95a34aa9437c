// Threat scenarios per site (issue #6, IEC 62443-3-2 ZCR 5: the detailed risk assessment of each
// zone and conduit). A scenario is a small document read and written whole, so it is JSON text;
// its target is also a column so the register can filter by zone or conduit and zone/conduit
// deletes can find what still points at them. Migrations never import application code.
import type { CreateTableBuilder, Kysely } from 'kysely';

type Table = CreateTableBuilder<string, string>;

export async function up(db: Kysely<unknown>): Promise<void> {
  await (db.schema.createTable('risk_scenarios') as Table)
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('risk_scenarios_pk', ['site_id', 'id'])
    .execute();
  await db.schema.createIndex('risk_scenarios_target').on('risk_scenarios').columns(['site_id', 'target_id']).execute();
}
