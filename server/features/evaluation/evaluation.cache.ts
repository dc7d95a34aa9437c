// Site evaluations are cached per database, keyed by site and date, and trusted only while the
// site's revision (bumped by recordAudit in every change's transaction) is unchanged.
import type { Db } from '../../db/connection.js';

interface Entry<T> {
  revision: number;
  value: T;
}

const MAX_ENTRIES = 500;
const caches = new WeakMap<Db, Map<string, Entry<unknown>>>();

export async function cached<T>(
  db: Db,
  siteId: string,
  revision: number,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const id = `${siteId}\u0000${key}`;
  const hit = cache.get(id);
  if (hit && hit.revision === revision) {
    // Refresh recency: Map keeps insertion order, the oldest entry is evicted first.
    cache.delete(id);
    cache.set(id, hit);
    return hit.value as T;
  }
  const value = await compute();
  cache.delete(id);
  cache.set(id, { revision, value });
  if (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return value;
}
