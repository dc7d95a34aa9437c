// Storage of discovery runs, observed flows and the drift queue (migration 0012).
import type { Insertable, Selectable } from 'kysely';
import type { Finding } from '../../../core/discovery/findings.js';
import type { FlowMatch } from '../../../core/discovery/site-match.js';
import type { Queryable } from '../../db/batch.js';
import type { DiscoveryRunsTable, DriftFindingsTable, ObservedFlowsTable } from '../../db/schema.js';

export type RunRow = Selectable<DiscoveryRunsTable>;
export type FindingRow = Selectable<DriftFindingsTable>;
export type ObservedFlowRow = Selectable<ObservedFlowsTable>;

export async function insertRun(db: Queryable, row: Insertable<DiscoveryRunsTable>): Promise<void> {
  await db.insertInto('discovery_runs').values(row).execute();
}

/** Runs newest first, without their (large) report column. */
export async function listRuns(db: Queryable, siteId: string, limit: number): Promise<Omit<RunRow, 'report'>[]> {
  return db
    .selectFrom('discovery_runs')
    .select(['id', 'site_id', 'created_at', 'created_by', 'source', 'captures', 'summary'])
    .where('site_id', '=', siteId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function getRun(db: Queryable, siteId: string, id: string): Promise<RunRow | undefined> {
  return db
    .selectFrom('discovery_runs')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export const flowKeyOf = (f: FlowMatch['flow']): string =>
  `${f.protocol ?? ''}|${f.transport}|${f.client}|${f.server}|${f.port ?? ''}`;

/** Adds a run's flows to the site's observed flows: counts add up, first/last seen widen. */
export async function upsertObservedFlows(
  db: Queryable,
  siteId: string,
  runId: string,
  flows: readonly FlowMatch[],
): Promise<void> {
  if (flows.length === 0) return;
  const existing = new Map<string, ObservedFlowRow>();
  const keys = flows.map((m) => flowKeyOf(m.flow));
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db
      .selectFrom('observed_flows')
      .selectAll()
      .where('site_id', '=', siteId)
      .where('flow_key', 'in', keys.slice(i, i + 500))
      .execute();
    for (const r of rows) existing.set(r.flow_key, r);
  }
  for (const m of flows) {
    const f = m.flow;
    const key = flowKeyOf(f);
    const prior = existing.get(key);
    const zones = {
      client_zone: m.clientZone,
      server_zone: m.serverZone,
      conduit_id: m.conduit,
      verdict: m.verdict,
      last_run_id: runId,
    };
    if (prior) {
      await db
        .updateTable('observed_flows')
        .set({
          ...zones,
          packets: prior.packets + f.packets,
          bytes: prior.bytes + f.bytes,
          first_seen: f.first < prior.first_seen ? f.first : prior.first_seen,
          last_seen: f.last > prior.last_seen ? f.last : prior.last_seen,
        })
        .where('site_id', '=', siteId)
        .where('flow_key', '=', key)
        .execute();
    } else {
      await db
        .insertInto('observed_flows')
        .values({
          site_id: siteId,
          flow_key: key,
          protocol: f.protocol,
          transport: f.transport,
          client: f.client,
          server: f.server,
          port: f.port,
          ...zones,
          packets: f.packets,
          bytes: f.bytes,
          first_seen: f.first,
          last_seen: f.last,
        })
        .execute();
    }
  }
}

export async function listObservedFlows(db: Queryable, siteId: string): Promise<ObservedFlowRow[]> {
  return db
    .selectFrom('observed_flows')
    .selectAll()
    .where('site_id', '=', siteId)
    .orderBy('flow_key')
    .limit(100_000)
    .execute();
}

export interface FindingUpsert {
  created: number;
  seen: number;
}

/**
 * Files a run's findings: a new subject opens a finding; one seen before (open or decided) gets
 * its last-seen time and count, and an open one its refreshed facts. A rejected finding stays
 * rejected when it recurs: the decision was about exactly this drift.
 */
export async function upsertFindings(
  db: Queryable,
  siteId: string,
  runId: string,
  findings: readonly Finding[],
  now: string,
  newId: () => string,
): Promise<FindingUpsert> {
  const out: FindingUpsert = { created: 0, seen: 0 };
  for (const f of findings) {
    const prior = await db
      .selectFrom('drift_findings')
      .select(['id', 'status', 'first_seen', 'last_seen', 'occurrences'])
      .where('site_id', '=', siteId)
      .where('subject', '=', f.subject)
      .executeTakeFirst();
    if (prior) {
      out.seen++;
      await db
        .updateTable('drift_findings')
        .set({
          ...(prior.status === 'open'
            ? { message: f.message, details: JSON.stringify(f.details), severity: f.severity }
            : {}),
          first_seen: f.first < prior.first_seen ? f.first : prior.first_seen,
          last_seen: f.last > prior.last_seen ? f.last : prior.last_seen,
          occurrences: prior.occurrences + 1,
          last_run_id: runId,
          updated_at: now,
        })
        .where('id', '=', prior.id)
        .execute();
      continue;
    }
    out.created++;
    await db
      .insertInto('drift_findings')
      .values({
        id: newId(),
        site_id: siteId,
        rule: f.rule,
        subject: f.subject,
        severity: f.severity,
        message: f.message,
        details: JSON.stringify(f.details),
        status: 'open',
        first_seen: f.first,
        last_seen: f.last,
        first_run_id: runId,
        last_run_id: runId,
        occurrences: 1,
        decided_by: null,
        decided_at: null,
        decision_reason: null,
        change_request_id: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
  return out;
}

export async function countOpenFindings(db: Queryable, siteId: string): Promise<number> {
  const row = await db
    .selectFrom('drift_findings')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('site_id', '=', siteId)
    .where('status', '=', 'open')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listFindings(
  db: Queryable,
  siteId: string,
  filter: { status?: string; rule?: string },
): Promise<FindingRow[]> {
  let q = db.selectFrom('drift_findings').selectAll().where('site_id', '=', siteId);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.rule) q = q.where('rule', '=', filter.rule);
  return q.orderBy('status').orderBy('severity').orderBy('last_seen', 'desc').orderBy('id').limit(5000).execute();
}

export async function getFinding(db: Queryable, siteId: string, id: string): Promise<FindingRow | undefined> {
  return db
    .selectFrom('drift_findings')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function decideFinding(
  db: Queryable,
  id: string,
  decision: Pick<FindingRow, 'status' | 'decided_by' | 'decided_at' | 'decision_reason' | 'change_request_id'>,
): Promise<boolean> {
  // Compare-and-set on 'open' so two people deciding at once cannot both win.
  const result = await db
    .updateTable('drift_findings')
    .set({ ...decision, updated_at: decision.decided_at ?? new Date().toISOString() })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
