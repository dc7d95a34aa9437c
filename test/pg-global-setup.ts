// Each PostgreSQL test gets its own schema. They are dropped once, after the whole run:
// dropping a schema while another worker's migrator introspects the catalog makes that
// worker fail ("schema … does not exist").
import pg from 'pg';

async function dropTestSchemas(): Promise<void> {
  const url = process.env.C981_TEST_DATABASE_URL;
  if (!url) return;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ nspname: string }>(
      "SELECT nspname FROM pg_namespace WHERE nspname LIKE 't\\_%\\_%'",
    );
    for (const { nspname } of rows) await client.query(`DROP SCHEMA IF EXISTS "${nspname}" CASCADE`);
  } catch {
    // No server: test/dialects.ts reports (or, in CI, fails) on its own.
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function setup(): Promise<() => Promise<void>> {
  await dropTestSchemas();
  return dropTestSchemas;
}
