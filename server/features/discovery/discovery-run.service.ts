// A discovery run (issue #9 item 4): captures are read (streamed: an upload is analysed while it
// arrives), matched against the site's zones, conduits and assets, and the run, its observed
// flows and its drift findings are stored in one transaction with one audit record.
import { randomUUID } from 'node:crypto';
import { discoverCaptures, type CaptureSource } from '../../../core/discovery/discover-files.js';
import { driftFindings, type Finding } from '../../../core/discovery/findings.js';
import { matchSite, type SiteMatch } from '../../../core/discovery/site-match.js';
import type { DiscoveryReport } from '../../../core/discovery/types.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../errors.js';
import { requirePermission } from '../access.js';
import { recordAudit } from '../audit/audit.repository.js';
import { currentSite } from '../change-requests/change-request-apply.js';
import { nowIso, requireSite } from '../site-refs.js';
import { userNames } from '../user-names.js';
import * as repo from './discovery.repository.js';
import { runView, type RunSummary, type RunView, type StoredRunReport } from './discovery.views.js';
import { lookupMacVendor } from './oui-vendors.js';

/** Rows of a run's report kept for its detail view; the counts always cover everything. */
const STORED_HOSTS = 5_000;
const STORED_FLOWS = 20_000;

export interface RunAnswer {
  run: RunView;
  findings: { new: number; seen: number; open: number };
  /** The findings of this run (stored or, for a dry run, only computed). */
  found: Finding[];
}

export interface RunOptions {
  source: 'upload' | 'cli';
  /** Analyse and match without storing anything (CLI --dry-run). */
  dryRun?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export async function analyseCaptures(
  sources: readonly CaptureSource[],
  onProgress?: (done: number, total: number) => void,
): Promise<DiscoveryReport> {
  const report = await discoverCaptures(sources, { lookupVendor: lookupMacVendor, onProgress });
  const unknown = report.captures.filter((c) => c.format === null);
  if (unknown.length > 0)
    throw new AppError(
      'C981_ERR_CAPTURE_FORMAT',
      `not a pcap or pcapng capture: ${unknown.map((c) => c.file).join(', ')}`,
    );
  return report;
}

function summarise(report: DiscoveryReport, match: SiteMatch, found: readonly Finding[], created: number): RunSummary {
  const matched = match.hosts.filter((h) => h.asset !== null).length;
  return {
    hosts: report.hosts.length,
    devices: report.devices.length,
    flows: report.flows.length,
    identifiedFlows: report.flows.filter((f) => f.protocol !== null).length,
    matchedHosts: matched,
    unknownHosts: report.hosts.length - matched,
    findings: found.length,
    newFindings: created,
    truncated: report.hosts.length > STORED_HOSTS || report.flows.length > STORED_FLOWS,
  };
}

function storedReport(report: DiscoveryReport, match: SiteMatch): StoredRunReport {
  return {
    hosts: report.hosts.slice(0, STORED_HOSTS).map((h, i) => {
      const m = match.hosts[i]!;
      return { ...h, asset: m.asset, matchedBy: m.matchedBy, subnetZone: m.subnetZone, zone: m.zone };
    }),
    flows: match.flows.slice(0, STORED_FLOWS).map(({ flow, ...m }) => ({ ...flow, ...m })),
  };
}

export async function runDiscovery(
  db: Db,
  actor: Actor,
  siteId: string,
  sources: readonly CaptureSource[],
  options: RunOptions,
): Promise<RunAnswer> {
  requirePermission(actor, 'discovery.upload', siteId);
  await requireSite(db.kysely, siteId);
  const report = await analyseCaptures(sources, options.onProgress);
  const id = randomUUID();
  const now = nowIso();
  const answer = await db.kysely.transaction().execute(async (trx) => {
    const site = await currentSite(trx, siteId);
    const match = matchSite(report, site);
    const found = driftFindings(report, match, site);
    if (options.dryRun) {
      const summary = summarise(report, match, found, found.length);
      return { summary, counts: { new: found.length, seen: 0, open: found.length }, found };
    }
    const upsert = await repo.upsertFindings(trx, siteId, id, found, now, randomUUID);
    const summary = summarise(report, match, found, upsert.created);
    await repo.insertRun(trx, {
      id,
      site_id: siteId,
      created_at: now,
      created_by: actor.principal ? actor.id : null,
      source: options.source,
      captures: JSON.stringify(report.captures),
      summary: JSON.stringify(summary),
      report: JSON.stringify(storedReport(report, match)),
    });
    await repo.upsertObservedFlows(trx, siteId, id, match.flows);
    await recordAudit(trx, actor, {
      action: 'discovery.run',
      siteId,
      entity: 'discoveryRun',
      entityId: id,
      reason: actor.reason ?? null,
      detail: {
        files: report.captures.map((c) => ({ file: c.file, packets: c.packets, bytes: c.bytes })),
        ...summary,
        seenFindings: upsert.seen,
      },
    });
    const open = await repo.countOpenFindings(trx, siteId);
    return { summary, counts: { new: upsert.created, seen: upsert.seen, open }, found };
  });
  const createdBy = actor.principal ? actor.id : null;
  const names = await userNames(db.kysely, [createdBy]);
  const run = runView(
    {
      id,
      site_id: siteId,
      created_at: now,
      created_by: createdBy,
      source: options.source,
      captures: JSON.stringify(report.captures),
      summary: JSON.stringify(answer.summary),
    },
    names,
  );
  return { run, findings: answer.counts, found: answer.found };
}

export async function listRuns(db: Db, _actor: Actor, siteId: string): Promise<{ items: RunView[] }> {
  await requireSite(db.kysely, siteId);
  const rows = await repo.listRuns(db.kysely, siteId, 100);
  const names = await userNames(
    db.kysely,
    rows.map((r) => r.created_by),
  );
  return { items: rows.map((r) => runView(r, names)) };
}

export async function getRun(db: Db, _actor: Actor, siteId: string, id: string): Promise<RunView & StoredRunReport> {
  await requireSite(db.kysely, siteId);
  const row = await repo.getRun(db.kysely, siteId, id);
  if (!row) throw new AppError('C981_ERR_NOT_FOUND', `discovery run "${id}" not found`);
  const names = await userNames(db.kysely, [row.created_by]);
  return { ...runView(row, names), ...(JSON.parse(row.report) as StoredRunReport) };
}
