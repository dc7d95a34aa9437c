// Every mutation records what happened, by whom and why, in the same transaction as the change.
// (The tamper-evident chain and the viewer arrive with the accounts issue.)
import type { Actor } from '../../actor.js';
import type { Queryable } from '../../db/batch.js';

export interface AuditEntry {
  action: string;
  siteId?: string | null;
  entity: string;
  entityId?: string | null;
  reason?: string | null;
  detail?: unknown;
}

/** Records the change and bumps the site's revision, in the caller's transaction. */
export async function recordAudit(db: Queryable, actor: Actor, e: AuditEntry): Promise<void> {
  if (e.siteId)
    await db
      .updateTable('sites')
      .set((eb) => ({ revision: eb('revision', '+', 1) }))
      .where('id', '=', e.siteId)
      .execute();
  await db
    .insertInto('audit_events')
    .values({
      at: new Date().toISOString(),
      actor: actor.id,
      action: e.action,
      site_id: e.siteId ?? null,
      entity: e.entity,
      entity_id: e.entityId ?? null,
      reason: e.reason ?? null,
      detail: e.detail === undefined ? null : JSON.stringify(e.detail),
    })
    .execute();
}
