// Applies the in-code migrations, in order, once each.
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Dialect } from './dialect.js';
import * as m0001 from './migrations/0001-initial.js';
import * as m0002 from './migrations/0002-site-revision.js';
import * as m0003 from './migrations/0003-accounts-and-audit-chain.js';
import * as m0004 from './migrations/0004-audit-site-index.js';
import * as m0005 from './migrations/0005-risk-matrix.js';
import * as m0006 from './migrations/0006-risk-scenarios.js';
import * as m0007 from './migrations/0007-risk-assessment.js';
import * as m0008 from './migrations/0008-risk-acceptance.js';
import * as m0009 from './migrations/0009-change-control.js';
import * as m0010 from './migrations/0010-roadmap.js';
import * as m0011 from './migrations/0011-sl-history.js';
import * as m0012 from './migrations/0012-discovery.js';
import * as m0013 from './migrations/0013-advisories.js';

type Step = { up(db: Kysely<unknown>, dialect: Dialect): Promise<void> };
const STEPS: Record<string, Step> = {
  '0001-initial': m0001,
  '0002-site-revision': m0002,
  '0003-accounts-and-audit-chain': m0003,
  '0004-audit-site-index': m0004,
  '0005-risk-matrix': m0005,
  '0006-risk-scenarios': m0006,
  '0007-risk-assessment': m0007,
  '0008-risk-acceptance': m0008,
  '0009-change-control': m0009,
  '0010-roadmap': m0010,
  '0011-sl-history': m0011,
  '0012-discovery': m0012,
  '0013-advisories': m0013,
};

class CodeProvider implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve(
      Object.fromEntries(
        Object.entries(STEPS).map(([name, step]) => [name, { up: (db: Kysely<unknown>) => step.up(db, this.dialect) }]),
      ),
    );
  }
}

/** Applies pending migrations; returns the names applied. Throws when one fails. */
export async function migrateToLatest(db: Kysely<unknown>, dialect: Dialect, schema?: string): Promise<string[]> {
  // With a schema, the bookkeeping tables live in it too: Kysely would otherwise find another
  // schema's migration table and think this one is migrated.
  const migrator = new Migrator({
    db,
    provider: new CodeProvider(dialect),
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(`migration failed: ${JSON.stringify(error)}`);
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
