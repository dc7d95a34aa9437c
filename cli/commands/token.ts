// c981 token create (DESIGN §5): an API token for a user, printed once.
import type { Command } from 'commander';
import { CliError, printJson } from '../output.js';
import { cliActor } from './cli-actor.js';
import { withDb } from './with-db.js';

interface CreateOptions {
  email: string;
  name?: string;
  readOnly?: boolean;
  site?: string[];
  expires?: string;
  db?: string;
  json?: boolean;
}

/** Whole days only: "30d" or "1.5" must not silently become something else. */
function parseDays(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,4}$/.test(value) || Number(value) < 1 || Number(value) > 3650)
    throw new CliError(
      'C981_ERR_VALIDATION',
      `--expires must be a whole number of days from 1 to 3650; got "${value}"`,
    );
  return Number(value);
}

export function registerToken(program: Command): void {
  const token = program.command('token').description('API tokens for scripts and integrations');
  token
    .command('create')
    .description('create an API token for a user; the token is printed once and cannot be shown again')
    .requiredOption('--email <email>', 'the user the token acts for')
    .option('--name <text>', 'what the token is for (shown in token lists)')
    .option('--read-only', 'the token may only read')
    .option('--site <id...>', 'limit the token to these sites (repeatable; default: every site the user may reach)')
    .option('--expires <days>', 'lifetime in days, 1–3650 (default 90)')
    .option('--db <url>', 'SQLite file or postgres:// URL')
    .option('--json', 'print { "token" } as JSON')
    .action(async (opts: CreateOptions) => {
      const expiresInDays = parseDays(opts.expires);
      const { createToken } = await import('../../server/features/tokens/tokens.service.js');
      const { requireOwnerByEmail } = await import('../../server/features/tokens/tokens.repository.js');
      const created = await withDb(opts.db, async (db) => {
        const owner = await requireOwnerByEmail(db.kysely, opts.email);
        return createToken(db, cliActor(), {
          userId: owner.id,
          readOnly: opts.readOnly ?? false,
          ...(opts.name !== undefined ? { name: opts.name } : {}),
          ...(opts.site ? { sites: opts.site } : {}),
          ...(expiresInDays !== undefined ? { expiresInDays } : {}),
        });
      });
      if (opts.json) return printJson({ token: created.token });
      process.stdout.write(`${created.token}\n`);
      process.stderr.write(`c981: store this token now, it is shown only once (expires ${created.expiresAt})\n`);
    });
}
