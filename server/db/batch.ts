// Multi-row inserts in chunks that stay under both dialects' bind-parameter limits
// (SQLite 32766, PostgreSQL 65535).
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

export type Queryable = Kysely<Database> | Transaction<Database>;

const MAX_PARAMS = 30000;

export async function insertMany<T extends keyof Database>(
  db: Queryable,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] ?? {}).length || 1;
  const size = Math.max(1, Math.floor(MAX_PARAMS / columns));
  for (let i = 0; i < rows.length; i += size) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + size))
      .execute();
  }
}

/** Splits a list for `IN (…)` clauses. */
export function chunks<T>(items: readonly T[], size = 5000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
