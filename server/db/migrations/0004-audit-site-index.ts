// The audit log API filters by site (and shows newest first): index it so a large trail stays fast.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('audit_events_site_seq_idx').on('audit_events').columns(['site_id', 'seq']).execute();
  await db.schema.createIndex('audit_events_actor_seq_idx').on('audit_events').columns(['actor', 'seq']).execute();
}
