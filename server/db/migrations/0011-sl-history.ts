// Progress over time (issue #7): the SL-T and SL-A of every zone and conduit, one row per day,
// recorded daily and rewritten on change during the day, so site and portfolio pages draw trends.
// Migrations never import application code: the tables are described as they are at this version.
import type { CreateTableBuilder, Kysely } from 'kysely';

type Table = CreateTableBuilder<string, string>;

export async function up(db: Kysely<unknown>): Promise<void> {
  await (db.schema.createTable('sl_history') as Table)
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('scope_id', 'text', (c) => c.notNull())
    .addColumn('scope_kind', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    // JSON vectors (seven levels); sl_target null when the scope has none.
    .addColumn('sl_target', 'text')
    .addColumn('sl_achieved', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sl_history_pk', ['site_id', 'scope_id', 'day'])
    .execute();
  await db.schema.createIndex('sl_history_day').on('sl_history').columns(['site_id', 'day']).execute();
}
