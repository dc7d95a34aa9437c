// Free-text asset search, the one dialect-specific query: SQLite answers from its FTS5 trigram
// index, PostgreSQL from a pg_trgm GIN index over the same lowercased search_text column.
import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import type { Queryable } from './batch.js';
import type { Dialect } from './dialect.js';
import type { Database } from './schema.js';

/** Common spellings of a MAC (00-1B-1B…) match the stored canonical form (00:1b:1b…). */
export function normalizeQuery(q: string): string {
  const lower = q.trim().toLowerCase();
  return /^[0-9a-f]{2}(-[0-9a-f]{2})+$/.test(lower) ? lower.replaceAll('-', ':') : lower;
}

const likePattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function assetTextMatch(dialect: Dialect, q: string) {
  const needle = normalizeQuery(q);
  return (eb: ExpressionBuilder<Database, 'assets'>): Expression<SqlBool> => {
    if (dialect === 'sqlite' && [...needle].length >= 3) {
      // FTS5 trigram: a quoted phrase matches as a substring.
      const phrase = `"${needle.replaceAll('"', '""')}"`;
      return eb('assets.pk', 'in', sql<number>`(SELECT rowid FROM asset_search WHERE asset_search MATCH ${phrase})`);
    }
    return sql<SqlBool>`${sql.ref('assets.search_text')} LIKE ${likePattern(needle)} ESCAPE '\\'`;
  };
}

/** The highest asset key so far; assets inserted afterwards have larger keys. */
export async function lastAssetPk(db: Queryable): Promise<number> {
  const row = await db
    .selectFrom('assets')
    .select((eb) => eb.fn.max('pk').as('pk'))
    .executeTakeFirst();
  return Number(row?.pk ?? 0);
}

/**
 * SQLite: adds the assets inserted after `afterPk` to the trigram index in one statement (updates
 * and deletes keep it in step through triggers). PostgreSQL's GIN index maintains itself.
 */
export async function indexNewAssets(db: Queryable, dialect: Dialect, afterPk: number): Promise<void> {
  if (dialect !== 'sqlite') return;
  await sql`INSERT INTO asset_search(rowid, search_text) SELECT pk, search_text FROM assets WHERE pk > ${afterPk}`.execute(
    db,
  );
}
