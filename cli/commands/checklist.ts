// c981 checklist export | import (issue #8 item 3): the offline assessment round trip from the
// shell, through the same service as the API: export a zone's or conduit's checklist as XLSX,
// import the filled workbook back with conflict detection.
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { ChecklistImportAnswer } from '../../core/offline-assessment/answer.js';
import { resultSummary } from '../../core/offline-assessment/result-value.js';
import type { Db } from '../../server/db/connection.js';
import { CliError, printJson } from '../output.js';
import { cliActor } from './cli-actor.js';
import { withDb } from './with-db.js';

interface Common {
  site: string;
  scope: string;
  db?: string;
  json?: boolean;
}

const service = () => import('../../server/features/offline-assessment/offline-assessment.service.js');

/** Zones and conduits share one id space per site: the id says which one it is. */
async function kindOf(db: Db, site: string, scope: string): Promise<'zone' | 'conduit'> {
  const { requireSite, scopeKind } = await import('../../server/features/site-refs.js');
  await requireSite(db.kysely, site);
  const kind = await scopeKind(db.kysely, site, scope);
  if (!kind) throw new CliError('C981_ERR_NOT_FOUND', `"${scope}" is not a zone or conduit of site "${site}"`);
  return kind;
}

function summary(a: ChecklistImportAnswer): string {
  const lines = [
    `${a.site} ${a.scopeKind} ${a.scope} (exported ${a.exportedAt} by ${a.exportedBy}): ` +
      `${a.changed.length} changed, ${a.unchanged} unchanged, ${a.conflicts.length} conflicts, ${a.errors.length} errors` +
      (a.dryRun ? ' — dry run, nothing saved' : a.applied ? ' — imported' : ''),
  ];
  for (const c of a.changed) lines.push(`  ~ ${c.requirement}: ${resultSummary(c.before)} → ${resultSummary(c.after)}`);
  for (const c of a.conflicts)
    lines.push(
      `  ! ${c.requirement}: at export ${resultSummary(c.exported)}; in C-981 ${resultSummary(c.database)}; ` +
        `in the file ${resultSummary(c.file)}${c.resolution ? ` → ${c.resolution} wins` : ' (unresolved)'}`,
    );
  for (const e of a.errors) lines.push(`  ✗ ${e.sheet} row ${e.row}${e.column ? ` (${e.column})` : ''}: ${e.message}`);
  if (a.newerInDatabase.length > 0)
    lines.push(`  = kept, newer in C-981 than in the file: ${a.newerInDatabase.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

export function registerChecklist(program: Command): void {
  const checklist = program
    .command('checklist')
    .description("a zone's or conduit's 3-3 checklist as an XLSX workbook to fill offline, and its import");
  checklist
    .command('export')
    .description('write the checklist workbook (one sheet per FR)')
    .requiredOption('--site <id>', 'site id')
    .requiredOption('--scope <id>', 'zone or conduit id')
    .option('-o, --output <file>', 'where to write it (default checklist-<site>-<scope>-<date>.xlsx)')
    .option('--db <url>', 'SQLite file or postgres:// URL')
    .option('--json', 'print { file, bytes } as JSON')
    .action(async (opts: Common & { output?: string }) => {
      const { exportChecklist } = await service();
      const file = await withDb(opts.db, async (db) =>
        exportChecklist(db, cliActor(), opts.site, await kindOf(db, opts.site, opts.scope), opts.scope),
      );
      const target = opts.output ?? file.fileName;
      await writeFile(target, file.body);
      if (opts.json) return printJson({ file: target, bytes: file.body.length });
      process.stderr.write(`wrote ${target} (${file.body.length} bytes)\n`);
    });
  checklist
    .command('import <file>')
    .description('import a filled checklist: only the rows changed in the file; conflicts refused unless resolved')
    .requiredOption('--site <id>', 'site id')
    .requiredOption('--scope <id>', 'zone or conduit id')
    .option('--dry-run', 'report what would change, save nothing (exit 1 on errors or unresolved conflicts)')
    .option('--resolve <side>', 'settle every conflict: file (the file wins) or database (C-981 keeps its value)')
    .option('--keep <ids>', 'comma-separated requirements whose C-981 value stays, e.g. "SR 1.1,SR 2.1"')
    .option('--reason <text>', 'why (required when a regulated site changes)')
    .option('--db <url>', 'SQLite file or postgres:// URL')
    .option('--json', 'print the answer as JSON')
    .action(
      async (path: string, opts: Common & { dryRun?: boolean; resolve?: string; keep?: string; reason?: string }) => {
        if (opts.resolve !== undefined && opts.resolve !== 'file' && opts.resolve !== 'database')
          throw new CliError('C981_ERR_VALIDATION', `--resolve must be file or database; got "${opts.resolve}"`);
        const body = await readFile(path).catch(() => {
          throw new CliError('C981_ERR_VALIDATION', `cannot read ${path}`);
        });
        const { importChecklist } = await service();
        const actor = { ...cliActor(), ...(opts.reason ? { reason: opts.reason } : {}) };
        const answer = await withDb(opts.db, async (db) =>
          importChecklist(db, actor, opts.site, await kindOf(db, opts.site, opts.scope), opts.scope, body, {
            dryRun: opts.dryRun ?? false,
            resolve: opts.resolve as 'file' | 'database' | undefined,
            keep: opts.keep
              ?.split(',')
              .map((s) => s.trim())
              .filter((s) => s !== ''),
          }),
        );
        if (opts.json) printJson(answer);
        else process.stderr.write(summary(answer));
        if (answer.errors.length > 0 || answer.conflicts.some((c) => c.resolution === null)) process.exitCode = 1;
      },
    );
}
