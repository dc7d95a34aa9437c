// c981 import-assets (issue #8 item 2): an asset list from a spreadsheet into one site, through
// the same service as POST /api/v1/sites/{site}/asset-imports. Bad rows: exit 2, every row named.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { AssetImportAnswer, RowError } from '../../core/asset-import/answer.js';
import { CliError, printJson } from '../output.js';
import { progressBar } from '../progress-bar.js';
import { cliActor } from './cli-actor.js';
import { withDb } from './with-db.js';

interface Options {
  site: string;
  map?: string;
  key?: string;
  format?: string;
  dryRun?: boolean;
  reason?: string;
  db?: string;
  json?: boolean;
}

/** Files from this size on get a progress bar (when stderr is a terminal): below, it would only flicker. */
const LARGE_FILE = 1024 * 1024;
const SHOWN_ERRORS = 50;

export function registerImportAssets(program: Command): void {
  program
    .command('import-assets')
    .description(
      'import an asset list (CSV or XLSX) into a site: rows create or update assets by a key; all or nothing',
    )
    .argument('<file>', 'CSV or XLSX file (told apart by content); "-" reads stdin')
    .requiredOption('--site <id>', 'site id')
    .option('--map <pairs>', 'column mapping over the guess, e.g. "IP Address:ip,Hostname:name,Rack:-"')
    .option('--key <key>', 'match existing assets by id, ip, mac or serial', 'id')
    .option('--format <format>', 'csv or xlsx (default: detected from the content)')
    .option('--dry-run', 'check the rows and show what would change, without saving')
    .option('--reason <text>', 'why (required when a regulated site changes)')
    .option('--db <url>', 'SQLite file or postgres:// URL')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, opts: Options) => {
      const bytes =
        file === '-'
          ? await readStdin()
          : await readFile(file).catch(() => {
              throw new CliError('C981_ERR_VALIDATION', `cannot read ${file}`);
            });
      const { importAssets } = await import('../../server/features/asset-import/asset-import.service.js');
      const bar = bytes.length >= LARGE_FILE && process.stderr.isTTY ? await progressBar('checking rows') : undefined;
      const actor = opts.reason?.trim() ? { ...cliActor(), reason: opts.reason.trim() } : cliActor();
      let answer: AssetImportAnswer;
      try {
        answer = await withDb(opts.db, (db) =>
          importAssets(db, actor, opts.site, bytes, {
            key: opts.key,
            map: opts.map,
            format: opts.format,
            dryRun: opts.dryRun ?? false,
            ...(bar
              ? {
                  onProgress: (phase: string, done: number, total: number) =>
                    bar.update(done, total, phase === 'check' ? 'checking rows' : 'writing assets'),
                }
              : {}),
          }),
        );
      } catch (e) {
        bar?.stop();
        if (!opts.json && isRowError(e))
          return fail(
            e.details.length === 1 ? e.message : `${e.details.length} errors; nothing was imported`,
            e.details,
          );
        throw e;
      }
      bar?.stop();
      if (answer.errors.length > 0) {
        const message = `${answer.rows.errors} row${answer.rows.errors === 1 ? ' has' : 's have'} errors; nothing would be imported`;
        if (opts.json) {
          printJson({ error: { code: 'C981_ERR_VALIDATION', message, details: answer.errors } });
          process.exitCode = 2;
          return;
        }
        process.stdout.write(summary(answer));
        return fail(message, answer.errors);
      }
      if (opts.json) return printJson(answer);
      process.stdout.write(summary(answer));
    });
}

type RowErrorLike = Error & { code: string; details: RowError[] };

function isRowError(e: unknown): e is RowErrorLike {
  const d = (e as { details?: unknown }).details;
  return e instanceof Error && Array.isArray(d) && d.some((x) => typeof (x as RowError).row === 'number');
}

/** Prints the row errors (the first SHOWN_ERRORS) on stderr and exits 2, as bad input does. */
function fail(message: string, errors: readonly RowError[]): void {
  process.stderr.write(`c981: ${message}\n`);
  for (const e of errors.slice(0, SHOWN_ERRORS))
    process.stderr.write(`  row ${e.row}${e.column !== undefined ? `, ${e.column}` : ''}: ${e.message}\n`);
  if (errors.length > SHOWN_ERRORS) process.stderr.write(`  … and ${errors.length - SHOWN_ERRORS} more\n`);
  process.exitCode = 2;
}

function summary(a: AssetImportAnswer): string {
  const columns = a.columns
    .filter((c) => c.header !== '')
    .map((c) => (c.field ? `${c.header} → ${c.field}` : `${c.header} (ignored)`))
    .join(', ');
  const r = a.rows;
  const verb = a.dryRun ? ['would create', 'update'] : ['created', 'updated'];
  return (
    `columns: ${columns}\n` +
    `${a.dryRun ? 'dry run: ' : ''}${verb[0]} ${r.create}, ${verb[1]} ${r.update}, unchanged ${r.unchanged}, ` +
    `skipped ${r.skipped} blank, errors ${r.errors} (${r.total} rows, key ${a.key})\n` +
    (a.dryRun && a.reasonRequired ? 'the site is regulated: importing needs --reason\n' : '')
  );
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
