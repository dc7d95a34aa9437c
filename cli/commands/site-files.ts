// import / export of site files through the same services as the API.
import { createWriteStream, type WriteStream } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import type { Command } from 'commander';
import { SITE_FILE_KINDS } from '../../core/api/site-files.js';
import { CliError, printJson } from '../output.js';
import { cliActor } from './cli-actor.js';
import { withDb } from './with-db.js';

export function registerSiteFiles(program: Command): void {
  program
    .command('import')
    .description('import a site file (YAML or JSON): each site in it becomes equal to the file; all or nothing')
    .argument('<file>', 'site file; "-" reads stdin')
    .option('--reason <text>', 'why (required when a regulated site changes)')
    .option('--dry-run', 'validate and report the changes without saving')
    .option('--db <url>', 'SQLite file or postgres:// URL')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, opts: { reason?: string; dryRun?: boolean; db?: string; json?: boolean }) => {
      const text =
        file === '-'
          ? await readStdin()
          : await readFile(file, 'utf8').catch(() => {
              throw new CliError('C981_ERR_VALIDATION', `cannot read ${file}`);
            });
      const { importSiteText } = await import('../../server/features/site-files/site-files.service.js');
      const result = await withDb(opts.db, (db) =>
        importSiteText(db, cliActor(), text, file === '-' ? 'stdin' : file, {
          reason: opts.reason,
          dryRun: opts.dryRun,
          onProgress: progress,
        }),
      );
      if (opts.json) return printJson(result);
      process.stderr.write(importSummary(result, opts.dryRun ?? false));
    });

  program
    .command('export')
    .description('write sites as a canonical site file (stdout unless -o)')
    .option('--site <id...>', 'site id(s) (default: every site)')
    .option('--format <format>', 'yaml or json', 'yaml')
    .option('-o, --output <file>', 'write to this file')
    .option('--db <url>', 'SQLite file or postgres:// URL')
    .action(async (opts: { site?: string[]; format: string; output?: string; db?: string }) => {
      if (opts.format !== 'yaml' && opts.format !== 'json')
        throw new CliError('C981_ERR_VALIDATION', `--format must be yaml or json; got "${opts.format}"`);
      const format = opts.format;
      const { streamExport } = await import('../../server/features/site-files/site-files.service.js');
      // Write to a temporary file and rename, so a failed export never leaves half a file.
      const target = opts.output;
      const temp = target ? `${target}.partial-${process.pid}` : undefined;
      const out = temp ? createWriteStream(temp) : process.stdout;
      try {
        await withDb(opts.db, (db) => streamExport(db, opts.site, format, (chunk) => writeChunk(out, chunk)));
        if (temp && target) {
          await new Promise<void>((resolve, reject) =>
            (out as WriteStream).end((err?: Error | null) => (err ? reject(err) : resolve())),
          );
          await rename(temp, target);
        }
      } catch (e) {
        if (temp) {
          (out as WriteStream).destroy();
          await rm(temp, { force: true });
        }
        throw e;
      }
    });
}

type ImportResult = Awaited<
  ReturnType<typeof import('../../server/features/site-files/site-files.service.js').importSiteText>
>;
const KINDS = SITE_FILE_KINDS;

/** One line per changed site for small imports, totals for large ones. */
function importSummary(result: ImportResult, dryRun: boolean): string {
  const verb = dryRun ? 'would ' : '';
  const line = (
    label: string,
    d: Record<(typeof KINDS)[number], { added: number; changed: number; removed: number }>,
  ) => `${label}: ${KINDS.map((k) => `${k} +${d[k].added} ~${d[k].changed} -${d[k].removed}`).join(', ')}\n`;
  let out = '';
  if (result.sites.length <= 10) {
    for (const s of result.sites)
      out += line(
        `${verb}${s.created ? 'create' : 'update'} site ${s.site}${s.riskMatrixChanged ? ' (own risk matrix changes)' : ''}`,
        s,
      );
  } else {
    const total = Object.fromEntries(
      KINDS.map((k) => [
        k,
        result.sites.reduce(
          (t, s) => ({
            added: t.added + s[k].added,
            changed: t.changed + s[k].changed,
            removed: t.removed + s[k].removed,
          }),
          { added: 0, changed: 0, removed: 0 },
        ),
      ]),
    ) as Parameters<typeof line>[1];
    const created = result.sites.filter((s) => s.created).length;
    out += line(`${verb}create ${created} and update ${result.sites.length - created} sites`, total);
  }
  if (result.organizationRiskMatrixChanged) out += `${verb}replace the organization's risk matrix\n`;
  if (result.unchanged.length > 0)
    out += `unchanged: ${result.unchanged.length <= 10 ? result.unchanged.join(', ') : `${result.unchanged.length} sites`}\n`;
  return out;
}

/** A one-line progress display on an interactive terminal; silent when stderr is a file or pipe. */
function progress(done: number, total: number, site: string): void {
  if (!process.stderr.isTTY || total < 2) return;
  process.stderr.write(`\rimporting site ${done + 1}/${total} (${site})\x1b[K`);
  if (done + 1 === total) process.stderr.write('\r\x1b[K');
}

/** Writes with back-pressure, so a large export streams instead of filling memory. */
function writeChunk(out: NodeJS.WritableStream, chunk: string): Promise<void> | void {
  if (out.write(chunk)) return;
  return new Promise((resolve) => out.once('drain', () => resolve()));
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
