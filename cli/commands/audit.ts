import type { Command } from 'commander';
import { printJson } from '../output.js';
import { withDb } from './with-db.js';

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('the tamper-evident audit trail');
  audit
    .command('verify')
    .description('recompute the audit hash chain; exit 1 and name the first broken record when it does not match')
    .option('--db <url>', 'SQLite file or postgres:// URL')
    .option('--json', 'print the result as JSON')
    .action(async (opts: { db?: string; json?: boolean }) => {
      const { verifyAuditChain } = await import('../../server/features/audit/audit-verify.js');
      const result = await withDb(opts.db, (db) => verifyAuditChain(db));
      if (opts.json) printJson(result);
      else if (result.ok) process.stderr.write(`audit trail intact: ${result.records} records\n`);
      else {
        const b = result.firstBroken;
        process.stderr.write(
          `audit trail BROKEN at record ${b?.seq ?? '?'}${b?.action ? ` (${b.action}, ${b.at})` : ''}: ${b?.problem ?? ''}\n`,
        );
      }
      // DESIGN §5: exit 1 when the check finds a mismatch.
      if (!result.ok) process.exitCode = 1;
    });
}
