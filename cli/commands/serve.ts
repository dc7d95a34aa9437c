import type { Command } from 'commander';
import { CliError } from '../output.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('start the HTTP server (API at /api/v1, docs at /api/docs)')
    .option('--port <port>', 'port to listen on', '8981')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--db <url>', 'SQLite file or postgres:// URL (default: C981_DATABASE_URL or ./data/c981.db)')
    .option('--demo', 'load the demo estate when the database has no sites')
    .action(async (opts: { port: string; host: string; db?: string; demo?: boolean }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new CliError('C981_ERR_VALIDATION', `--port must be 0–65535; got "${opts.port}"`);
      const [{ serve }, { resolveDbUrl }] = await Promise.all([
        import('../../server/main.js'),
        import('../../server/db/connection.js'),
      ]);
      await serve({ port, host: opts.host, db: resolveDbUrl(opts.db), demo: opts.demo ?? false });
    });
}
