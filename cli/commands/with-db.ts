import type { Db } from '../../server/db/connection.js';

/** Opens (creating and migrating) the database for one command and always closes it. */
export async function withDb<T>(url: string | undefined, fn: (db: Db) => Promise<T>): Promise<T> {
  const { openDb, resolveDbUrl } = await import('../../server/db/connection.js');
  const db = await openDb(resolveDbUrl(url));
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}
