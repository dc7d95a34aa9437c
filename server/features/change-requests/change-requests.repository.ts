// Stored change requests: plain queries on `db | trx`; the services open transactions.
import type { Selectable, Updateable } from 'kysely';
import type { ChangeOpDoc } from '../../../core/schemas/change-request.js';
import type { Queryable } from '../../db/batch.js';
import type { ChangeRequestsTable } from '../../db/schema.js';
import type { Signature } from '../signatures/e-signature.js';

export type ChangeRequestRow = Selectable<ChangeRequestsTable>;

/** The `ops` column: the operations and the content hash of each entity they touch, as proposed. */
export interface StoredOps {
  ops: ChangeOpDoc[];
  /** `zone:z-dmz` → SHA-256 of the entity's canonical JSON when proposed (null: it did not exist). */
  base: Record<string, string | null>;
}

/** The `decision` column: the review. */
export type Decision =
  | { kind: 'approved'; by: string; byName: string; at: string; signature: Signature }
  | { kind: 'rejected'; by: string; byName: string; at: string; reason: string };

export const parseOps = (r: ChangeRequestRow): StoredOps => JSON.parse(r.ops) as StoredOps;
export const parseDecision = (r: ChangeRequestRow): Decision | null =>
  r.decision ? (JSON.parse(r.decision) as Decision) : null;

export async function nextChangeRequestId(db: Queryable, siteId: string): Promise<number> {
  const row = await db
    .selectFrom('change_requests')
    .select((eb) => eb.fn.max('id').as('max'))
    .where('site_id', '=', siteId)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

export async function insertChangeRequest(db: Queryable, row: ChangeRequestRow): Promise<void> {
  await db.insertInto('change_requests').values(row).execute();
}

export async function updateChangeRequest(
  db: Queryable,
  siteId: string,
  id: number,
  set: Updateable<ChangeRequestsTable>,
): Promise<void> {
  await db.updateTable('change_requests').set(set).where('site_id', '=', siteId).where('id', '=', id).execute();
}

export function findChangeRequest(db: Queryable, siteId: string, id: number): Promise<ChangeRequestRow | undefined> {
  return db
    .selectFrom('change_requests')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function listChangeRequests(db: Queryable, siteId: string, status?: string): Promise<ChangeRequestRow[]> {
  let q = db.selectFrom('change_requests').selectAll().where('site_id', '=', siteId);
  if (status !== undefined) q = q.where('status', '=', status);
  return q.orderBy('id', 'desc').limit(500).execute();
}

/** The site's change-control settings. */
export async function changeControlOf(
  db: Queryable,
  siteId: string,
): Promise<{ enabled: boolean; emergencyDays: number; regulated: boolean } | undefined> {
  const row = await db
    .selectFrom('sites')
    .select(['change_control', 'emergency_days', 'regulated'])
    .where('id', '=', siteId)
    .executeTakeFirst();
  return (
    row && { enabled: row.change_control === 1, emergencyDays: row.emergency_days, regulated: row.regulated === 1 }
  );
}
