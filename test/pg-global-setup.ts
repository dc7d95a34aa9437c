// Each PostgreSQL test gets its own schema. They are dropped once, after the whole run:
// dropping a schema while another worker's migrator introspects the catalog makes that
// worker fail ("schema … does not exist").
import pg from 'pg';

/** This run's schemas start with t_<run>_, so runs in parallel (two terminals) leave each other alone. */
const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function dropTestSchemas(): Promise<void> {
  const url = process.env.C981_TEST_DATABASE_URL;
  if (!url) return;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ nspname: string }>('SELECT nspname FROM pg_namespace WHERE nspname LIKE $1', [
      `t\\_${RUN}\\_%`,
    ]);
    for (const { nspname } of rows) await client.query(`DROP SCHEMA IF EXISTS "${nspname}" CASCADE`);
  } catch {
    // No server: test/dialects.ts reports (or, in CI, fails) on its own.
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function setup(): () => Promise<void> {
  // Workers start after this and inherit the variable (test/dialects.ts names schemas with it).
  process.env.C981_TEST_RUN = RUN;
  return dropTestSchemas;
}
