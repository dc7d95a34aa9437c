// c981 user add (DESIGN §5): creates a local account from the shell, e.g. the first org-admin or
// an account for someone without access to the web app yet.
import type { Command } from 'commander';
import { ORG_ROLES, SITE_ROLES, PARTIES, isParty, isSiteRole } from '../../core/accounts/roles.js';
import { CliError, printJson } from '../output.js';
import { cliActor } from './cli-actor.js';
import { withDb } from './with-db.js';

interface AddOptions {
  email: string;
  name: string;
  role: string;
  site?: string;
  party: string;
  company?: string;
  passwordStdin: boolean;
  db?: string;
  json?: boolean;
}

const ROLES = [...ORG_ROLES, ...SITE_ROLES];

/** --role org-admin, or a site role together with the site it applies to. */
function membership(opts: AddOptions): { orgRole: 'org-admin' | null; sites: { site: string; role: string }[] } {
  if (opts.role === 'org-admin') {
    if (opts.site !== undefined)
      throw new CliError('C981_ERR_USAGE', '--site does not apply to --role org-admin, which covers every site');
    return { orgRole: 'org-admin', sites: [] };
  }
  if (!isSiteRole(opts.role))
    throw new CliError('C981_ERR_VALIDATION', `--role must be one of ${ROLES.join(', ')}; got "${opts.role}"`);
  if (opts.site === undefined)
    throw new CliError('C981_ERR_USAGE', `--role ${opts.role} is a site role: name the site with --site ID`);
  return { orgRole: null, sites: [{ site: opts.site, role: opts.role }] };
}

/** The whole of stdin minus one trailing newline (what `echo` or a here-string adds). */
async function readPassword(): Promise<string> {
  // Typed at a terminal the password would be echoed and kept in the scrollback.
  if (process.stdin.isTTY)
    throw new CliError(
      'C981_ERR_USAGE',
      '--password-stdin reads the password from a pipe, e.g. printf \'%s\' "$PASSWORD" | c981 user add …',
    );
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export function registerUser(program: Command): void {
  const user = program.command('user').description('user accounts');
  user
    .command('add')
    .description('create a user; the password is read from stdin, never from the command line')
    .requiredOption('--email <email>', 'the sign-in address')
    .requiredOption('--name <name>', 'the display name')
    .requiredOption('--role <role>', `${ROLES.join(' | ')} (a site role needs --site)`)
    .option('--site <id>', 'the site a site role applies to')
    .option('--party <type>', PARTIES.join(' | '), 'asset-owner')
    .option('--company <name>', 'the company the user works for')
    .requiredOption('--password-stdin', 'read the password from stdin (one trailing newline is dropped)')
    .option('--db <url>', 'SQLite file or postgres:// URL')
    .option('--json', 'print { "user" } as JSON')
    .action(async (opts: AddOptions) => {
      const { orgRole, sites } = membership(opts);
      if (!isParty(opts.party))
        throw new CliError('C981_ERR_VALIDATION', `--party must be one of ${PARTIES.join(', ')}; got "${opts.party}"`);
      const password = await readPassword();
      // Checked before the database is opened (or created): a weak password changes nothing.
      const { passwordProblems } = await import('../../server/features/users/password-policy.js');
      const problems = passwordProblems(password, { email: opts.email, name: opts.name });
      if (problems.length > 0)
        throw new CliError(
          'C981_ERR_VALIDATION',
          `password: ${problems[0] ?? ''}`,
          2,
          problems.map((message) => ({ path: 'password', message })),
        );
      const { createUser } = await import('../../server/features/users/users.service.js');
      const created = await withDb(opts.db, (db) =>
        createUser(db, cliActor(), {
          email: opts.email,
          name: opts.name,
          password,
          party: opts.party,
          ...(opts.company !== undefined ? { company: opts.company } : {}),
          orgRole,
          sites,
        }),
      );
      const { id, email, name, party, company } = created;
      if (opts.json)
        return printJson({ user: { id, email, name, party, company, orgRole: created.orgRole, sites: created.sites } });
      const role = orgRole ?? sites.map((s) => `${s.role} of ${s.site}`).join(', ');
      process.stderr.write(`created user ${email} (${id}) as ${role}\n`);
    });
}
