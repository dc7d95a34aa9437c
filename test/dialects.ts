// Runs database tests once per dialect: SQLite always, PostgreSQL when C981_TEST_DATABASE_URL
// is reachable. In CI (CI=true) PostgreSQL is required, so a missing server fails the run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe } from 'vitest';
import { openDb, type Db } from '../server/db/connection.js';

export const PG_URL = process.env.C981_TEST_DATABASE_URL;

let pgState: Promise<string | null> | undefined;

/** null when PostgreSQL can be used, else why not. */
function pgUnavailable(): Promise<string | null> {
  pgState ??= (async () => {
    if (!PG_URL) return 'C981_TEST_DATABASE_URL is not set';
    const pg = (await import('pg')).default;
    const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public').catch(() => undefined);
      return null;
    } catch (e) {
      return `cannot reach ${PG_URL}: ${e instanceof Error ? e.message : String(e)}`;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return pgState;
}

const pgSkip = await pgUnavailable();
if (pgSkip) {
  if (process.env.CI === 'true') throw new Error(`PostgreSQL is required in CI: ${pgSkip}`);
  process.stderr.write(`\n[dialects] SKIPPING PostgreSQL tests: ${pgSkip}\n\n`);
}

export interface DialectContext {
  /** The fresh, migrated database of the current test. */
  readonly db: Db;
  readonly dialect: 'sqlite' | 'postgres';
}

/** Declares `fn`'s tests once per available dialect, each test with a fresh database. */
export function forEachDialect(name: string, fn: (ctx: DialectContext) => void): void {
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const skip = dialect === 'postgres' && pgSkip !== null;
    (skip ? describe.skip : describe)(`${name} [${dialect}]`, () => {
      let current: Db | undefined;
      let cleanup: (() => Promise<void>) | undefined;
      const ctx: DialectContext = {
        get db() {
          if (!current) throw new Error('no database outside a test');
          return current;
        },
        dialect,
      };
      beforeEach(async () => {
        if (dialect === 'sqlite') {
          const dir = mkdtempSync(join(tmpdir(), 'c981-test-'));
          current = await openDb(join(dir, 'test.db'));
          cleanup = async () => rmSync(dir, { recursive: true, force: true });
        } else {
          const schema = `t_${process.env.C981_TEST_RUN ?? 'adhoc'}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
          current = await openDb(PG_URL as string, { schema });
          cleanup = undefined; // schemas are dropped after the run (test/pg-global-setup.ts)
        }
      });
      afterEach(async () => {
        await current?.close();
        current = undefined;
        await cleanup?.();
      });
      fn(ctx);
    });
  }
}
