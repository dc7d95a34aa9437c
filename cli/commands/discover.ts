// c981 discover FILE… [--json] (issue #9 item 3): hosts, devices and flows seen in packet
// captures, offline. One JSON document with --json (docs/discovery.schema.json); a readable summary
// otherwise. A progress bar on stderr for large captures when stderr is a terminal.
import { access } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Finding } from '../../core/discovery/findings.js';
import type { DiscoveryReport } from '../../core/discovery/types.js';
import { useBatchJitBudget } from '../batch-jit.js';
import { CliError, printJson } from '../output.js';
import { progressBar } from '../progress-bar.js';
import { cliActor } from './cli-actor.js';
import { withDb } from './with-db.js';

interface Options {
  json?: boolean;
  site?: string;
  db?: string;
  dryRun?: boolean;
}

/** Below this many bytes in total a bar would only flicker. */
const LARGE_INPUT = 16 * 1024 * 1024;

function summary(r: DiscoveryReport): string {
  const lines: string[] = [];
  for (const c of r.captures) {
    lines.push(
      `${c.file}: ${c.format ?? 'unknown'}${c.compressed ? ' (gzip)' : ''}, ${c.packets} packets, ${c.bytes} bytes` +
        (c.skipped > 0 ? `, ${c.skipped} corrupt records skipped` : ''),
    );
  }
  lines.push('', `hosts (${r.hosts.length}):`);
  for (const h of r.hosts) {
    const protocols = [...new Set(h.protocols.map((p) => `${p.protocol}/${p.role}`))].join(' ');
    const identity = h.identities[0];
    const id = identity
      ? `  [${[identity.vendor, identity.product ?? identity.name, identity.firmware].filter(Boolean).join(' ')}]`
      : '';
    lines.push(
      `  ${(h.ip ?? '-').padEnd(16)} ${(h.mac ?? '-').padEnd(18)} ${(h.vendor ?? '').slice(0, 24).padEnd(25)}${protocols}${id}`,
    );
  }
  const known = r.flows.filter((f) => f.protocol !== null);
  lines.push('', `flows (${known.length} identified, ${r.flows.length - known.length} other):`);
  for (const f of known) {
    const port = f.port === null ? '' : `:${f.port}`;
    lines.push(`  ${f.protocol!.padEnd(15)} ${f.client} -> ${f.server}${port}  ${f.packets} packets`);
  }
  lines.push('', `devices: ${r.devices.length}`);
  return `${lines.join('\n')}\n`;
}

function findingsText(
  site: string,
  found: readonly Finding[],
  counts: { new: number; seen: number; open: number },
  dryRun: boolean,
): string {
  const lines = [
    `${found.length} findings against site ${site}` +
      (dryRun
        ? ' (dry run: nothing stored)'
        : ` (${counts.new} new, ${counts.seen} seen before; ${counts.open} open in the drift queue)`),
  ];
  for (const f of found) lines.push(`  ${f.severity.padEnd(6)} ${f.rule.padEnd(27)} ${f.message}`);
  return `${lines.join('\n')}\n`;
}

export function registerDiscover(program: Command): void {
  program
    .command('discover')
    .description('find hosts, devices, ICS protocols and flows in pcap/pcapng captures (offline)')
    .argument('<files...>', 'capture files (pcap or pcapng, optionally gzip-compressed; told apart by content)')
    .option('--json', 'print one JSON document (docs/discovery.schema.json)')
    .option('--site <id>', 'match against this site: assets, zone subnets, conduits; file the drift findings')
    .option('--db <url>', 'SQLite file or postgres:// URL (with --site)')
    .option('--dry-run', 'with --site: show the findings without storing the run')
    .action(async (files: string[], opts: Options) => {
      for (const file of files) {
        await access(file).catch(() => {
          throw new CliError('C981_ERR_NOT_FOUND', `cannot read ${file}`);
        });
      }
      if (opts.site === undefined && (opts.db !== undefined || opts.dryRun))
        throw new CliError('C981_ERR_USAGE', '--db and --dry-run go with --site');
      useBatchJitBudget();
      // Keeps the worker cli/early-start.ts booted only if a capture will be read in shards.
      const { keepShardWorkerFor } = await import('../../core/discovery/parallel/worker-start.js');
      await keepShardWorkerFor(files);
      if (opts.site !== undefined) return discoverAgainstSite(files, opts.site, opts);
      const [{ discoverCaptureFiles }, { lookupMacVendor }] = await Promise.all([
        import('../../core/discovery/discover-files.js'),
        import('../../server/features/discovery/oui-vendors.js'),
      ]);
      const bar = await progressBar('reading captures', 'bytes');
      let report: DiscoveryReport;
      try {
        report = await discoverCaptureFiles(files, {
          lookupVendor: lookupMacVendor,
          onProgress: (done, total) => {
            if (total >= LARGE_INPUT) bar.update(done, total);
          },
        });
      } finally {
        bar.stop();
      }
      const unknown = report.captures.filter((c) => c.format === null);
      if (unknown.length > 0)
        throw new CliError(
          'C981_ERR_CAPTURE_FORMAT',
          `not a pcap or pcapng capture: ${unknown.map((c) => c.file).join(', ')}`,
        );
      if (opts.json) return printJson(report);
      process.stdout.write(summary(report));
    });
}

async function discoverAgainstSite(files: string[], site: string, opts: Options): Promise<void> {
  const [{ fileSource }, { runDiscovery }] = await Promise.all([
    import('../../core/discovery/discover-files.js'),
    import('../../server/features/discovery/discovery-run.service.js'),
  ]);
  const sources = await Promise.all(files.map(fileSource));
  const total = sources.reduce((n, s) => n + (s.size ?? 0), 0);
  const bar = await progressBar('reading captures', 'bytes');
  try {
    const answer = await withDb(opts.db, (db) =>
      runDiscovery(db, cliActor(), site, sources, {
        source: 'cli',
        dryRun: opts.dryRun ?? false,
        onProgress: (done) => {
          if (total >= LARGE_INPUT) bar.update(done, total);
        },
      }),
    );
    bar.stop();
    if (answer.found.length > 0) process.exitCode = 1;
    if (opts.json) return printJson({ run: answer.run, findings: answer.findings, found: answer.found });
    process.stdout.write(findingsText(site, answer.found, answer.findings, opts.dryRun ?? false));
    // DESIGN §5: exit 1 when problems were found, so a script can gate on drift.
    if (answer.found.length > 0) process.exitCode = 1;
  } finally {
    bar.stop();
  }
}
