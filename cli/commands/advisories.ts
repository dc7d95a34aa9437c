// c981 advisories … (issue #10): the organisation's library of vendor security advisories (CSAF).
//   import PATH… [--db URL] [--since DATE] [--json]: files, folders, provider directories or ROLIE
//   feeds laid out locally (a USB stick at an air-gapped plant). One line per document, missing
//   feed entries summarised, then the counts; exit 1 when any document was rejected.
import { access } from 'node:fs/promises';
import type { Command } from 'commander';
import { CliError, printJson } from '../output.js';
import { cliActor } from './cli-actor.js';
import { withDb } from './with-db.js';

interface ImportOptions {
  db?: string;
  since?: string;
  json?: boolean;
}

interface Result {
  source: string;
  status: string;
  trackingId?: string;
  reason?: string;
}

const COUNT_ORDER = ['imported', 'updated', 'unchanged', 'older', 'rejected', 'missing'] as const;

/** One line per document: status, tracking id, source, and why when it was not stored. */
export function resultLine(r: Result): string {
  return `${r.status.padEnd(9)} ${(r.trackingId ?? '-').padEnd(20)} ${r.source}${r.reason ? `: ${r.reason}` : ''}`;
}

/** Missing sources grouped by why (a feed of 2,379 entries with one file present is one line). */
export function missingLines(results: readonly Result[]): string[] {
  const groups = new Map<string, Result[]>();
  for (const r of results.filter((x) => x.status === 'missing')) {
    const key = r.reason ?? 'missing';
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const lines: string[] = [];
  for (const [reason, items] of groups) {
    if (items.length <= 3) lines.push(...items.map(resultLine));
    else
      lines.push(
        `${'missing'.padEnd(9)} ${`${items.length} files`.padEnd(20)} ${reason} (e.g. ${items
          .slice(0, 2)
          .map((i) => i.source)
          .join(', ')})`,
      );
  }
  return lines;
}

export function countsLine(counts: Record<string, number>): string {
  return COUNT_ORDER.map((s) => `${s} ${counts[s] ?? 0}`).join(', ');
}

async function importCommand(paths: string[], opts: ImportOptions): Promise<void> {
  for (const path of paths) {
    await access(path).catch(() => {
      throw new CliError('C981_ERR_NOT_FOUND', `cannot read ${path}`);
    });
  }
  if (opts.since !== undefined && Number.isNaN(Date.parse(opts.since)))
    throw new CliError('C981_ERR_USAGE', `--since: "${opts.since}" is not a date (YYYY-MM-DD or an ISO date-time)`);
  const [{ readAdvisorySources }, { importAdvisories }] = await Promise.all([
    import('../../server/features/advisories/advisory-sources.js'),
    import('../../server/features/advisories/advisory-import.service.js'),
  ]);
  const sources = readAdvisorySources(paths, opts.since === undefined ? {} : { since: opts.since });
  const answer = await withDb(opts.db, (db) =>
    importAdvisories(db, cliActor(), sources, (result) => {
      // Streamed as they come (progress for long imports); missing entries are summarised at the end.
      if (!opts.json && result.status !== 'missing') process.stdout.write(`${resultLine(result)}\n`);
    }),
  );
  // DESIGN §5: exit 1 when problems were found, so a script can gate on rejected documents.
  if (answer.counts.rejected > 0) process.exitCode = 1;
  if (opts.json) return printJson(answer);
  const lines = [...missingLines(answer.results), countsLine(answer.counts)];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/**
 * Adds `c981 advisories` and its subcommands; returns the group so more subcommands (e.g.
 * `advisories match`) can be added next to `import`.
 */
export function registerAdvisories(program: Command): Command {
  const advisories = program
    .command('advisories')
    .description('the organisation’s library of vendor security advisories (CSAF 2.0)');
  advisories
    .command('import')
    .description(
      'import CSAF advisories from files, folders, a provider directory or a ROLIE feed with its files laid out locally',
    )
    .argument('<paths...>', 'advisory files, folders (walked recursively) or ROLIE feed files')
    .option('--db <url>', 'SQLite file or postgres:// URL')
    .option('--since <date>', 'only advisories changed after this date (changes.csv, feed entry updated)')
    .option('--json', 'print one JSON document { results, counts }')
    .action((paths: string[], opts: ImportOptions) => importCommand(paths, opts));
  // More subcommands of the group go here (the lead's `advisories match`).
  return advisories;
}
