// Stored baselines: plain queries on `db | trx`; the service opens transactions.
import type { Selectable } from 'kysely';
import type { Queryable } from '../../db/batch.js';
import type { BaselinesTable } from '../../db/schema.js';

export type BaselineRow = Selectable<BaselinesTable>;
export type BaselineHead = Omit<BaselineRow, 'snapshot'>;

const HEAD = [
  'site_id',
  'id',
  'name',
  'description',
  'trigger',
  'ref',
  'revision',
  'content_hash',
  'taken_at',
  'taken_by',
] as const;

export async function nextBaselineId(db: Queryable, siteId: string): Promise<number> {
  const row = await db
    .selectFrom('baselines')
    .select((eb) => eb.fn.max('id').as('max'))
    .where('site_id', '=', siteId)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

export async function insertBaseline(db: Queryable, row: BaselineRow): Promise<void> {
  await db.insertInto('baselines').values(row).execute();
}

/** Newest first, without the snapshots (they can be large). */
export function listBaselineHeads(
  db: Queryable,
  siteId: string,
  limit: number,
  before?: number,
): Promise<BaselineHead[]> {
  let q = db.selectFrom('baselines').select(HEAD).where('site_id', '=', siteId);
  if (before !== undefined) q = q.where('id', '<', before);
  return q.orderBy('id', 'desc').limit(limit).execute();
}

export function findBaseline(db: Queryable, siteId: string, id: number): Promise<BaselineRow | undefined> {
  return db.selectFrom('baselines').selectAll().where('site_id', '=', siteId).where('id', '=', id).executeTakeFirst();
}
