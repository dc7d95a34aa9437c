// Passive discovery against a site (issue #9 items 4–5): zones get subnets; each capture analysis
// is a run; flows seen are kept per site with first/last seen; findings form the drift queue that
// a person accepts into the model or rejects with a reason.
// Migrations never import application code: the tables are described as they are at this version.
import type { CreateTableBuilder, Kysely } from 'kysely';

type Table = CreateTableBuilder<string, string>;

export async function up(db: Kysely<unknown>): Promise<void> {
  // JSON array of canonical CIDR prefixes; null when the zone has none.
  await db.schema.alterTable('zones').addColumn('subnets', 'text').execute();

  await (db.schema.createTable('discovery_runs') as Table)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    // JSON: the capture summaries, the counts, and the whole discovery document.
    .addColumn('captures', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('report', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('discovery_runs_site').on('discovery_runs').columns(['site_id', 'created_at']).execute();

  await (db.schema.createTable('observed_flows') as Table)
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('flow_key', 'text', (c) => c.notNull())
    .addColumn('protocol', 'text')
    .addColumn('transport', 'text', (c) => c.notNull())
    .addColumn('client', 'text', (c) => c.notNull())
    .addColumn('server', 'text', (c) => c.notNull())
    .addColumn('port', 'integer')
    .addColumn('client_zone', 'text')
    .addColumn('server_zone', 'text')
    .addColumn('conduit_id', 'text')
    // 'allowed' | 'same-zone' | 'no-conduit' | 'not-in-channel' | 'unzoned', as of the last run.
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('packets', 'integer', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('first_seen', 'text', (c) => c.notNull())
    .addColumn('last_seen', 'text', (c) => c.notNull())
    .addColumn('last_run_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('observed_flows_pk', ['site_id', 'flow_key'])
    .execute();

  await (db.schema.createTable('drift_findings') as Table)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('rule', 'text', (c) => c.notNull())
    // Stable per rule and observation (e.g. the zone pair and protocol), so a re-run updates, not duplicates.
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('first_seen', 'text', (c) => c.notNull())
    .addColumn('last_seen', 'text', (c) => c.notNull())
    .addColumn('first_run_id', 'text', (c) => c.notNull())
    .addColumn('last_run_id', 'text', (c) => c.notNull())
    .addColumn('occurrences', 'integer', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('change_request_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('drift_findings_subject', ['site_id', 'subject'])
    .execute();
  await db.schema.createIndex('drift_findings_status').on('drift_findings').columns(['site_id', 'status']).execute();
}
