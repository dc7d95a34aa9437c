// Change control (issue #7): baselines — named, immutable snapshots of a site's model — and change
// requests, proposed edits that are reviewed, e-signed by someone other than their author and
// applied atomically. A per-site switch says whether the site must go through change requests.
// Migrations never import application code: the tables are described as they are at this version.
import type { CreateTableBuilder, Kysely } from 'kysely';

type Table = CreateTableBuilder<string, string>;

export async function up(db: Kysely<unknown>): Promise<void> {
  // 1: direct edits of the model are refused; changes go through change requests.
  await db.schema
    .alterTable('sites')
    .addColumn('change_control', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // Days an emergency change may stay unapproved before it is flagged overdue.
  await db.schema
    .alterTable('sites')
    .addColumn('emergency_days', 'integer', (c) => c.notNull().defaultTo(3))
    .execute();

  await (db.schema.createTable('baselines') as Table)
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('id', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    // What took it: 'manual', 'change-request', 'risk-assessment', 'control-approval'.
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('ref', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('taken_at', 'text', (c) => c.notNull())
    .addColumn('taken_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('baselines_pk', ['site_id', 'id'])
    .execute();

  await (db.schema.createTable('change_requests') as Table)
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('id', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    // 'draft' | 'submitted' | 'approved' | 'rejected' | 'applied' | 'withdrawn'
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('emergency', 'integer', (c) => c.notNull().defaultTo(0))
    // JSON: the proposed operations.
    .addColumn('ops', 'text', (c) => c.notNull())
    .addColumn('base_revision', 'integer', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // JSON: the review decision (approval with its e-signature, or rejection).
    .addColumn('decision', 'text')
    .addColumn('applied_at', 'text')
    .addColumn('applied_by', 'text')
    .addColumn('applied_baseline', 'integer')
    // Emergency changes: the day by which the approval is due.
    .addColumn('approval_due', 'text')
    .addPrimaryKeyConstraint('change_requests_pk', ['site_id', 'id'])
    .execute();
  await db.schema.createIndex('change_requests_status').on('change_requests').columns(['site_id', 'status']).execute();
}
