// Reading the audit trail (issue #4 item 5): newest first, by sequence number. Keyset pages on
// `seq` are stable while records are added: every change takes the chain head's lock before its
// record gets a number (audit.repository.ts), so new records always land above every page read.
import { sql, type Selectable } from 'kysely';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import type { AuditEventsTable } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { decodeCursor, pageLimit, toPage, type Page } from '../pagination.js';
import type { AuditRecordView } from '../../../core/api/audit.js';
import { planAudit, type AuditFilter, type AuditPlan } from './audit-filter.js';

export type AuditRow = Selectable<AuditEventsTable>;

export type { AuditRecordView } from '../../../core/api/audit.js';

export interface AuditQuery extends AuditFilter {
  limit?: number;
  cursor?: string;
}

/** Up to `limit` records of the plan with a sequence number below `beforeSeq`, newest first. */
export async function fetchAuditRows(
  db: Db,
  plan: AuditPlan,
  beforeSeq: number | undefined,
  limit: number,
): Promise<AuditRow[]> {
  if (plan.sites !== null && plan.sites.length === 0) return [];
  let q = db.kysely.selectFrom('audit_events').selectAll();
  if (plan.sites !== null) q = q.where('site_id', 'in', plan.sites);
  if (plan.site !== undefined) q = q.where('site_id', '=', plan.site);
  if (plan.actor !== undefined) q = q.where('actor', '=', plan.actor);
  if (plan.entity !== undefined) q = q.where('entity', '=', plan.entity);
  if (plan.entityId !== undefined) q = q.where('entity_id', '=', plan.entityId);
  if (plan.action && 'exact' in plan.action) q = q.where('action', '=', plan.action.exact);
  // substr rather than LIKE: SQLite's LIKE ignores case and both would need `%`/`_` escaped.
  if (plan.action && 'prefix' in plan.action && plan.action.prefix !== '') {
    const { prefix } = plan.action;
    q = q.where(sql<boolean>`substr(${sql.ref('action')}, 1, ${prefix.length}) = ${prefix}`);
  }
  if (plan.atFrom !== undefined) q = q.where('at', '>=', plan.atFrom);
  if (plan.atBefore !== undefined) q = q.where('at', plan.atBefore.inclusive ? '<=' : '<', plan.atBefore.at);
  if (beforeSeq !== undefined) q = q.where('seq', '<', beforeSeq);
  return q.orderBy('seq', 'desc').limit(limit).execute();
}

function parseDetail(detail: string | null): unknown {
  if (detail === null) return null;
  try {
    return JSON.parse(detail) as unknown;
  } catch {
    // Every writer stores JSON; a record written otherwise is still shown, as stored.
    return detail;
  }
}

export function auditView(r: AuditRow): AuditRecordView {
  return {
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    actorKind: r.actor_kind,
    sourceIp: r.source_ip,
    action: r.action,
    site: r.site_id,
    entity: r.entity,
    entityId: r.entity_id,
    reason: r.reason,
    detail: parseDetail(r.detail),
    hash: r.hash,
  };
}

function cursorSeq(cursor: string | undefined): number | undefined {
  const decoded = decodeCursor(cursor, 1);
  if (decoded === undefined) return undefined;
  const [seq] = decoded;
  if (typeof seq === 'number' && Number.isInteger(seq) && seq > 0) return seq;
  throw new AppError('C981_ERR_VALIDATION', 'cursor is not valid; use the nextCursor of a previous page', [
    { path: 'cursor', message: 'invalid cursor' },
  ]);
}

/** One page of the records the actor may read, newest first. */
export async function listAudit(db: Db, actor: Actor, query: AuditQuery): Promise<Page<AuditRecordView>> {
  const limit = pageLimit(query.limit);
  const plan = planAudit(actor, query);
  const rows = await fetchAuditRows(db, plan, cursorSeq(query.cursor), limit + 1);
  const page = toPage(rows, limit, auditView, (r) => [r.seq]);
  // Auditors read the trail without the right to list users: name the actors here. The name is
  // looked up, not stored, so the chained record (and its hash) stays as it was written.
  const ids = [...new Set(page.items.map((r) => r.actor))];
  const users =
    ids.length === 0 ? [] : await db.kysely.selectFrom('users').select(['id', 'name']).where('id', 'in', ids).execute();
  const names = new Map(users.map((u) => [u.id, u.name]));
  return { ...page, items: page.items.map((r) => ({ ...r, actorName: names.get(r.actor) ?? null })) };
}
