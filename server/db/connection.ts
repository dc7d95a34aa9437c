// Opens the database named by a URL: a PostgreSQL URL, or a SQLite file path (the default).
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Kysely, SqliteDialect } from 'kysely';
import { SearchPathPostgresDialect } from './pg-dialect.js';
import type { Dialect } from './dialect.js';
import { migrateToLatest } from './migrate.js';
import type { Database } from './schema.js';

export interface Db {
  kysely: Kysely<Database>;
  dialect: Dialect;
  /** Human-readable location (file path or URL without password). */
  location: string;
  close(): Promise<void>;
}

export const DEFAULT_DB_PATH = './data/c981.db';

export const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//.test(url);

/** DESIGN §5: --db, else C981_DATABASE_URL, else ./data/c981.db under the current directory. */
export function resolveDbUrl(flag?: string): string {
  return flag ?? process.env.C981_DATABASE_URL ?? DEFAULT_DB_PATH;
}

export interface OpenOptions {
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /** PostgreSQL schema to use (tests isolate themselves in one schema each). */
  schema?: string;
}

export async function openDb(url: string, options: OpenOptions = {}): Promise<Db> {
  const db = isPostgresUrl(url) ? await openPostgres(url, options.schema) : await openSqlite(url);
  if (options.migrate ?? true) await migrateToLatest(db.kysely as Kysely<unknown>, db.dialect, options.schema);
  return db;
}

async function openSqlite(path: string): Promise<Db> {
  const { default: SQLite } = await import('better-sqlite3');
  // Accept the URL-ish spellings people type (file:x.db, sqlite:x.db, sqlite:///abs/x.db) besides a path.
  const file = path.replace(/^(?:file|sqlite):(?:\/\/(?=\/))?/, '');
  if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { kysely, dialect: 'sqlite', location: resolve(file), close: () => kysely.destroy() };
}

async function openPostgres(url: string, schema?: string): Promise<Db> {
  const pg = await import('pg');
  const { Pool, types } = pg.default;
  // COUNT/SUM arrive as int8/numeric strings; our numbers stay well within double precision.
  types.setTypeParser(20, (v: string) => Number(v));
  types.setTypeParser(1700, (v: string) => Number(v));
  const pool = new Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema},public` } : {}),
  });
  if (schema) {
    const client = await pool.connect();
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    } finally {
      client.release();
    }
  }
  const kysely = new Kysely<Database>({ dialect: new SearchPathPostgresDialect({ pool }) });
  const safe = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  return { kysely, dialect: 'postgres', location: safe, close: () => kysely.destroy() };
}
