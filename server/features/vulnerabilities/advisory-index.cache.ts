// The matcher's index over every stored advisory, rebuilt only when the advisory library changes
// (an import, a replacement or a deletion changes the count or the newest import time).
import { buildAdvisoryIndex } from '../../../core/advisories/advisory-index.js';
import type { AdvisoryIndex } from '../../../core/advisories/advisory-index.js';
import type { Db } from '../../db/connection.js';
import { listAdvisoryModels } from '../advisories/advisory.repository.js';

interface Cached {
  stamp: string;
  index: Promise<AdvisoryIndex>;
}

const cache = new WeakMap<Db, Cached>();

async function libraryStamp(db: Db): Promise<string> {
  const row = await db.kysely
    .selectFrom('advisories')
    .select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.max('imported_at').as('latest')])
    .executeTakeFirst();
  return `${String(row?.n ?? 0)}|${String(row?.latest ?? '')}`;
}

export async function advisoryIndexOf(db: Db): Promise<AdvisoryIndex> {
  const stamp = await libraryStamp(db);
  const hit = cache.get(db);
  if (hit && hit.stamp === stamp) return hit.index;
  const index = listAdvisoryModels(db.kysely).then((models) => buildAdvisoryIndex(models));
  cache.set(db, { stamp, index });
  // A failed build must not stay cached.
  index.catch(() => cache.delete(db));
  return index;
}
