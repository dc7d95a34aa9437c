import type { Command } from 'commander';
import { printJson } from '../output.js';

export function registerDb(program: Command): void {
  const db = program.command('db').description('database maintenance');
  db.command('migrate')
    .description('apply pending migrations')
    .option('--db <url>', 'SQLite file or postgres:// URL')
    .option('--json', 'print the result as JSON')
    .action(async (opts: { db?: string; json?: boolean }) => {
      const { openDb, resolveDbUrl } = await import('../../server/db/connection.js');
      const { migrateToLatest } = await import('../../server/db/migrate.js');
      const conn = await openDb(resolveDbUrl(opts.db), { migrate: false });
      try {
        const applied = await migrateToLatest(conn.kysely as never, conn.dialect);
        if (opts.json) printJson({ database: conn.location, applied });
        else
          process.stderr.write(
            applied.length > 0
              ? `applied ${applied.join(', ')} to ${conn.location}\n`
              : `${conn.location} is up to date\n`,
          );
      } finally {
        await conn.close();
      }
    });
}
