// import / export of site files through the same services as the API.
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { CliError, printJson } from '../output.js';
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
      const { LOCAL_ACTOR } = await import('../../server/actor.js');
      const result = await withDb(opts.db, (db) =>
        importSiteText(db, LOCAL_ACTOR, text, file === '-' ? 'stdin' : file, {
          reason: opts.reason,
          dryRun: opts.dryRun,
        }),
      );
      if (opts.json) return printJson(result);
      for (const s of result.sites) {
        const parts = (['zones', 'conduits', 'assets', 'results', 'compensatingControls'] as const)
          .map((k) => `${k} +${s[k].added} ~${s[k].changed} -${s[k].removed}`)
          .join(', ');
        process.stderr.write(
          `${opts.dryRun ? 'would ' : ''}${s.created ? 'create' : 'update'} site ${s.site}: ${parts}\n`,
        );
      }
      if (result.unchanged.length > 0) process.stderr.write(`unchanged: ${result.unchanged.join(', ')}\n`);
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
      const { exportSites, serializeSiteFile } = await import('../../server/features/site-files/site-files.service.js');
      const text = await withDb(opts.db, async (db) => serializeSiteFile(await exportSites(db, opts.site), format));
      if (opts.output) await writeFile(opts.output, text);
      else process.stdout.write(text);
    });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
