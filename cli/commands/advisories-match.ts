// c981 advisories match --advisories FILE|DIR… (--inventory FILE | --site ID [--db URL]) [--json]
// (issue #10 item 3): which advisories name which assets, and the verdict with its reason. Offline
// with --inventory (a site file, or a CSV with vendor, model, firmware and optional order-number
// columns); --site reads a site's assets from the database. Exit 1 when any asset is affected.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { InventoryAsset } from '../../core/advisories/advisory-index.js';
import type { Advisory } from '../../core/advisories/advisory.js';
import type { AssetAdvisories } from '../../core/advisories/match-inventory.js';
import { CliError, printJson } from '../output.js';
import { withDb } from './with-db.js';

interface MatchOptions {
  advisories: string[];
  inventory?: string;
  site?: string;
  db?: string;
  json?: boolean;
}

/** Loads, checks and normalises the advisories; invalid ones are reported and left out. */
async function loadAdvisories(paths: readonly string[]): Promise<{ advisories: Advisory[]; problems: string[] }> {
  const { readAdvisorySources, parseCsafBytes, checkHash } =
    await import('../../server/features/advisories/advisory-sources.js');
  const { validateCsaf } = await import('../../core/advisories/validate.js');
  const { normalizeCsaf } = await import('../../core/advisories/normalize.js');
  const advisories = new Map<string, Advisory>();
  const problems: string[] = [];
  let missing = 0;
  for await (const src of readAdvisorySources(paths)) {
    if (!src.bytes) {
      missing++;
      continue;
    }
    if (src.problem) {
      problems.push(`${src.source}: ${src.problem}`);
      continue;
    }
    if (src.expectedHash && !checkHash(src.bytes, src.expectedHash)) {
      problems.push(`${src.source}: ${src.expectedHash.algorithm.toUpperCase()} mismatch`);
      continue;
    }
    const parsed = parseCsafBytes(src.bytes);
    if (!parsed.ok) {
      problems.push(`${src.source}: ${parsed.reason}`);
      continue;
    }
    const valid = await validateCsaf(parsed.doc);
    if (!valid.ok) {
      problems.push(`${src.source}: not valid CSAF 2.0: ${valid.reasons.slice(0, 3).join('; ')}`);
      continue;
    }
    const a = normalizeCsaf(parsed.doc as never);
    const prev = advisories.get(a.key);
    // Two revisions of one advisory: the later release replaces the earlier.
    if (!prev || (a.currentReleaseDate ?? '') >= (prev.currentReleaseDate ?? '')) advisories.set(a.key, a);
  }
  if (missing > 0) problems.push(`${missing} listed advisories are not present locally (skipped)`);
  return { advisories: [...advisories.values()], problems };
}

/** A site file's assets, or a CSV's rows with vendor / model / firmware / order-number columns. */
async function loadInventory(file: string): Promise<InventoryAsset[]> {
  const bytes = await readFile(file).catch(() => {
    throw new CliError('C981_ERR_NOT_FOUND', `cannot read ${file}`);
  });
  const { decodeText, parseCsv } = await import('../../core/asset-import/csv.js');
  const text = decodeText(bytes);
  const first = text.trimStart()[0];
  if (first === '{' || /^(format|sites|organization)\s*:/m.test(text.slice(0, 4000))) {
    const { loadSiteFile, SiteFileError } = await import('../../core/sitefile/load.js');
    try {
      return loadSiteFile(text, file).sites.flatMap((s) =>
        (s.assets ?? []).map((a) => ({
          id: a.id,
          vendor: a.vendor ?? null,
          model: a.model ?? null,
          orderNumber: a.orderNumber ?? null,
          firmware: a.firmware ?? null,
        })),
      );
    } catch (e) {
      if (e instanceof SiteFileError) throw new CliError('C981_ERR_VALIDATION', e.message, 2, e.issues);
      throw e;
    }
  }
  const { mapColumns } = await import('../../core/asset-import/header-guess.js');
  const rows = parseCsv(text);
  const header = rows[0];
  if (!header) throw new CliError('C981_ERR_VALIDATION', `${file} is empty`);
  const { columns } = mapColumns(header.cells.map((c) => String(c ?? '')));
  const col = (field: string) => columns.find((c) => c.field === field)?.index;
  const [idCol, name, vendor, model, firmware, order] = [
    'id',
    'name',
    'vendor',
    'model',
    'firmware',
    'orderNumber',
  ].map(col);
  // Without an id or name column, the first column nothing else claims names the asset ("Asset", "Tag").
  const id = idCol ?? columns.find((c) => c.field === null && c.header.trim() !== '')?.index;
  if (model === undefined && order === undefined)
    throw new CliError(
      'C981_ERR_VALIDATION',
      `${file}: no model or order-number column (headers: ${header.cells.join(', ')})`,
    );
  const cell = (r: { cells: (string | number | boolean | null)[] }, i: number | undefined): string | null => {
    const v = i === undefined ? null : r.cells[i];
    const text = v === null || v === undefined ? '' : String(v).trim();
    return text === '' ? null : text;
  };
  return rows
    .slice(1)
    .filter((r) => r.cells.some((c) => c !== null && String(c).trim() !== ''))
    .map((r) => ({
      id: cell(r, id) ?? cell(r, name) ?? `row ${r.row}`,
      vendor: cell(r, vendor),
      model: cell(r, model),
      orderNumber: cell(r, order),
      firmware: cell(r, firmware),
    }));
}

async function siteInventory(site: string, dbUrl: string | undefined): Promise<InventoryAsset[]> {
  return withDb(dbUrl, async (db) => {
    const exists = await db.kysely.selectFrom('sites').select('id').where('id', '=', site).executeTakeFirst();
    if (!exists) throw new CliError('C981_ERR_NOT_FOUND', `site "${site}" not found`);
    const rows = await db.kysely
      .selectFrom('assets')
      .select(['id', 'vendor', 'model', 'order_number', 'firmware'])
      .where('site_id', '=', site)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      vendor: r.vendor,
      model: r.model,
      orderNumber: r.order_number,
      firmware: r.firmware,
    }));
  });
}

function printTable(results: readonly AssetAdvisories[]): void {
  const named = results.filter((r) => r.advisories.length > 0);
  for (const r of named) {
    process.stdout.write(`${r.id}  ${[r.vendor, r.model, r.orderNumber, r.firmware].filter(Boolean).join(' | ')}\n`);
    for (const a of r.advisories) {
      const score = a.maxCvssV3 ?? a.maxCvssV4;
      process.stdout.write(
        `  ${a.verdict.padEnd(12)} ${a.id.padEnd(18)} ${score === null ? '   -' : score.toFixed(1).padStart(4)}  ${a.reason}\n`,
      );
    }
  }
  const count = (v: string) => results.filter((r) => r.advisories.some((a) => a.verdict === v)).length;
  process.stdout.write(
    `${results.length} assets, ${named.length} named by an advisory: ${count('affected')} affected, ${count('review')} to review\n`,
  );
}

async function matchCommand(opts: MatchOptions): Promise<void> {
  if (!opts.inventory === !opts.site)
    throw new CliError('C981_ERR_VALIDATION', 'give exactly one of --inventory FILE or --site ID');
  const { advisories, problems } = await loadAdvisories(opts.advisories);
  for (const p of problems) process.stderr.write(`warning: ${p}\n`);
  if (advisories.length === 0) throw new CliError('C981_ERR_VALIDATION', 'no valid advisories to match against');
  const assets = opts.inventory ? await loadInventory(opts.inventory) : await siteInventory(opts.site!, opts.db);
  const { buildAdvisoryIndex } = await import('../../core/advisories/advisory-index.js');
  const { matchInventory } = await import('../../core/advisories/match-inventory.js');
  const results = matchInventory(buildAdvisoryIndex(advisories), assets);
  if (opts.json) {
    printJson({
      assets: results.map((r) => ({
        id: r.id,
        vendor: r.vendor,
        model: r.model,
        orderNumber: r.orderNumber,
        firmware: r.firmware,
        advisories: r.advisories.map((a) => ({
          id: a.id,
          verdict: a.verdict,
          productIds: a.productIds,
          cves: a.cves,
          maxCvssV3: a.maxCvssV3,
          remediations: a.remediations,
          fixedIn: a.fixedIn,
          reason: a.reason,
        })),
      })),
    });
  } else printTable(results);
  if (results.some((r) => r.advisories.some((a) => a.verdict === 'affected'))) process.exitCode = 1;
}

export function registerAdvisoriesMatch(group: Command): void {
  group
    .command('match')
    .description(
      'match advisories against an inventory (site file or CSV) or a site: affected / not-affected / review, with reasons',
    )
    .requiredOption('--advisories <paths...>', 'CSAF files, folders or ROLIE feed files')
    .option(
      '--inventory <file>',
      'a site file (JSON/YAML) or a CSV with vendor, model, firmware and order-number columns',
    )
    .option('--site <id>', "match a site's assets from the database")
    .option('--db <url>', 'SQLite file or postgres:// URL (with --site)')
    .option('--json', 'print one JSON document { assets: [ { id, vendor, model, firmware, advisories } ] }')
    .action((opts: MatchOptions) => matchCommand(opts));
}
