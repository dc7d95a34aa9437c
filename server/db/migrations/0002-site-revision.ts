// A per-site revision, bumped by every audited change to the site, so cached evaluations know
// when they are stale — across processes too, since it lives in the database.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('sites')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
