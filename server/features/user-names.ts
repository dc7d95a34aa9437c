// Display names for the actor ids records carry (author, approver, taken by), so answers say who
// did something without every client looking users up. Ids that are not users (the CLI, the
// system) keep their id as the name.
import type { Queryable } from '../db/batch.js';

export async function userNames(db: Queryable, ids: Iterable<string | null | undefined>): Promise<Map<string, string>> {
  const wanted = [...new Set([...ids].filter((id): id is string => typeof id === 'string' && id !== ''))];
  const out = new Map<string, string>(wanted.map((id) => [id, id]));
  if (wanted.length === 0) return out;
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', wanted).execute();
  for (const r of rows) out.set(r.id, r.name);
  return out;
}
