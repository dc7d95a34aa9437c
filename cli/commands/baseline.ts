// c981 baseline take | list | diff (issue #7): the site's baselines from the shell, e.g. before a
// shutdown or to hand an auditor the changes since the last approval.
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { CliError, printJson } from '../output.js';
import { cliActor } from './cli-actor.js';
import { withDb } from './with-db.js';

interface Common {
  site: string;
  db?: string;
  json?: boolean;
}

const service = () => import('../../server/features/baselines/baselines.service.js');

function baselineArg(value: string, what: string): number {
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1)
    throw new CliError('C981_ERR_VALIDATION', `${what} must be a baseline id (1, 2, …); got "${value}"`);
  return Number(value);
}

export function registerBaseline(program: Command): void {
  const baseline = program.command('baseline').description("immutable snapshots of a site's model, and their diffs");
  baseline
    .command('take')
    .description('take a baseline of the site now')
    .requiredOption('--site <id>', 'site id')
    .requiredOption('--name <text>', 'what the baseline marks, e.g. "Before the 2026 shutdown"')
    .option('--description <text>', 'longer note')
    .option('--db <url>', 'SQLite file or postgres:// URL')
    .option('--json', 'print the baseline as JSON')
    .action(async (opts: Common & { name: string; description?: string }) => {
      const { createBaseline } = await service();
      const made = await withDb(opts.db, (db) =>
        createBaseline(db, cliActor(), opts.site, {
          name: opts.name,
          ...(opts.description !== undefined ? { description: opts.description } : {}),
        }),
      );
      if (opts.json) return printJson(made);
      process.stdout.write(`baseline ${made.id} of ${made.site}: ${made.name} (sha256 ${made.contentHash})\n`);
    });
  baseline
    .command('list')
    .description("the site's baselines, newest first")
    .requiredOption('--site <id>', 'site id')
    .option('--db <url>', 'SQLite file or postgres:// URL')
    .option('--json', 'print { items } as JSON')
    .action(async (opts: Common) => {
      const { listBaselines } = await service();
      const list = await withDb(opts.db, (db) => listBaselines(db, cliActor(), opts.site, { limit: 500 }));
      if (opts.json) return printJson({ items: list.items });
      for (const b of list.items)
        process.stdout.write(
          `${String(b.id).padStart(4)}  ${b.takenAt.slice(0, 16)}  ${b.trigger.padEnd(16)} ${b.name}\n`,
        );
    });
  baseline
    .command('diff <from>')
    .description('what changed from a baseline to another one or to now')
    .requiredOption('--site <id>', 'site id')
    .option('--to <id|now>', 'the other side (default now)', 'now')
    .option('--format <json|html|csv>', 'output format (default json)', 'json')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--db <url>', 'SQLite file or postgres:// URL')
    .action(async (from: string, opts: Common & { to: string; format: string; output?: string }) => {
      if (!['json', 'html', 'csv'].includes(opts.format))
        throw new CliError('C981_ERR_VALIDATION', `--format must be json, html or csv; got "${opts.format}"`);
      const a = baselineArg(from, 'FROM');
      if (opts.to !== 'now') baselineArg(opts.to, '--to');
      const { diffBaseline } = await service();
      const { renderDiffCsv, renderDiffHtml } = await import('../../server/features/baselines/baseline-diff.render.js');
      const text = await withDb(opts.db, async (db) => {
        const diff = await diffBaseline(db, cliActor(), opts.site, a, opts.to);
        if (opts.format === 'csv') return renderDiffCsv(diff);
        if (opts.format === 'html') {
          const site = await db.kysely
            .selectFrom('sites')
            .select('name')
            .where('id', '=', opts.site)
            .executeTakeFirstOrThrow();
          return renderDiffHtml(diff, site);
        }
        return `${JSON.stringify(diff, null, 2)}\n`;
      });
      if (opts.output) await writeFile(opts.output, text);
      else process.stdout.write(text);
    });
}
