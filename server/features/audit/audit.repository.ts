// Every mutation records what happened, by whom, from where and why, in the same transaction as
// the change, as the next link of the audit chain (audit-chain.ts).
import type { Actor } from '../../actor.js';
import type { Queryable } from '../../db/batch.js';
import { chainHash, type ChainedFields } from './audit-chain.js';

export interface AuditEntry {
  action: string;
  siteId?: string | null;
  entity: string;
  entityId?: string | null;
  reason?: string | null;
  detail?: unknown;
}

/** Records the change as the next link of the chain and bumps the site's revision. */
export async function recordAudit(db: Queryable, actor: Actor, e: AuditEntry): Promise<void> {
  if (e.siteId)
    await db
      .updateTable('sites')
      .set((eb) => ({ revision: eb('revision', '+', 1) }))
      .where('id', '=', e.siteId)
      .execute();
  // Updating the head first takes its row lock (PostgreSQL) or the write lock (SQLite) before
  // the previous hash is read, so concurrent changes cannot fork the chain.
  const head = await db
    .updateTable('audit_head')
    .set((eb) => ({ count: eb('count', '+', 1) }))
    .where('id', '=', 1)
    .returning('hash')
    .executeTakeFirstOrThrow();
  const fields: ChainedFields = {
    at: new Date().toISOString(),
    actor: actor.id,
    actor_kind: actor.kind,
    source_ip: actor.sourceIp ?? null,
    action: e.action,
    site_id: e.siteId ?? null,
    entity: e.entity,
    entity_id: e.entityId ?? null,
    reason: e.reason ?? actor.reason ?? null,
    detail: e.detail === undefined ? null : JSON.stringify(e.detail),
  };
  const hash = chainHash(head.hash, fields);
  await db
    .insertInto('audit_events')
    .values({ ...fields, prev_hash: head.hash, hash })
    .execute();
  await db.updateTable('audit_head').set({ hash }).where('id', '=', 1).execute();
}
