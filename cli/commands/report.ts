// c981 report KIND --site ID --format pdf|xlsx|csv|html -o FILE (DESIGN §5, docs/reports.md): the
// same reports as the API, written through a temporary file and renamed, so a failed report never
// leaves half a file. A progress bar shows on stderr when it is a terminal.
import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { isReportFormat, isReportKind, REPORT_INFO } from '../../core/reports/kinds.js';
import { REPORT_FORMATS, REPORT_KINDS, type ReportFormat, type ReportKind } from '../../core/reports/model.js';
import { CliError, printJson } from '../output.js';
import { progressBar } from '../progress-bar.js';
import { cliActor } from './cli-actor.js';
import { withDb } from './with-db.js';

interface ReportOptions {
  site?: string;
  format: string;
  output: string;
  asOf?: string;
  db?: string;
  json?: boolean;
}

function checkUsage(kind: string, opts: ReportOptions): { kind: ReportKind; format: ReportFormat } {
  if (!isReportKind(kind))
    throw new CliError('C981_ERR_USAGE', `unknown report "${kind}": one of ${REPORT_KINDS.join(', ')}`);
  if (!isReportFormat(opts.format))
    throw new CliError('C981_ERR_USAGE', `--format must be one of ${REPORT_FORMATS.join(', ')}; got "${opts.format}"`);
  if (kind === 'portfolio' && opts.site !== undefined)
    throw new CliError('C981_ERR_USAGE', 'the portfolio covers every site: leave out --site');
  // The inventory may cover the whole estate; every other site report is about one site.
  if (REPORT_INFO[kind].needsSite && kind !== 'inventory' && opts.site === undefined)
    throw new CliError('C981_ERR_USAGE', `the ${kind} report is about one site: give --site ID`);
  return { kind, format: opts.format };
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description(`write a report: ${REPORT_KINDS.join(', ')} (see docs/reports.md)`)
    .argument('<kind>', REPORT_KINDS.join(' | '))
    .option('--site <id>', 'the site (not for portfolio; inventory without it covers every site)')
    .option('--format <format>', REPORT_FORMATS.join(' | '), 'pdf')
    .requiredOption('-o, --output <file>', 'the file to write')
    .option('--as-of <date>', 'evaluate SL-A, gaps and controls as of this UTC date (YYYY-MM-DD, default today)')
    .option('--db <url>', 'SQLite file or postgres:// URL')
    .option('--json', 'print { file, kind, format, bytes } as JSON')
    .action(async (kindArg: string, opts: ReportOptions) => {
      const { kind, format } = checkUsage(kindArg, opts);
      const [{ loadReport }, { renderReport }, { parseAsOf }] = await Promise.all([
        import('../../server/features/reports/reports.service.js'),
        import('../../server/features/reports/render/render.js'),
        import('../../server/features/evaluation/evaluation.service.js'),
      ]);
      const asOf = parseAsOf(opts.asOf);
      const target = opts.output;
      const temp = `${target}.partial-${process.pid}`;
      const bar = await progressBar(`${kind} ${format}`, 'rows');
      try {
        await withDb(opts.db, async (db) => {
          const doc = await loadReport(db, cliActor(), kind, opts.site ?? null, asOf);
          await pipeline(
            await renderReport(doc, format, (done, total) => bar.update(done, total)),
            createWriteStream(temp),
          );
        });
        await rename(temp, target);
      } catch (e) {
        await rm(temp, { force: true });
        throw e;
      } finally {
        bar.stop();
      }
      const bytes = (await stat(target)).size;
      if (opts.json) return printJson({ file: target, kind, format, bytes });
      process.stderr.write(`wrote ${target} (${bytes} bytes)\n`);
    });
}
