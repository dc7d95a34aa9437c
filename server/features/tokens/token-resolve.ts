// Turns a presented bearer token into who it acts for. Called on every API request that carries
// one, so it does one indexed read and writes only when last_used_at is stale.
import type { Db } from '../../db/connection.js';
import { hashToken, looksLikeToken } from './token-secret.js';
import { sitesFromColumn } from './tokens.mapper.js';

/** last_used_at is a hint for people cleaning up old tokens, not an access log: minute precision is plenty. */
const LAST_USED_RESOLUTION_MS = 60_000;

export interface ResolvedToken {
  tokenId: string;
  userId: string;
  readOnly: boolean;
  /** null: every site the user may reach. */
  sites: string[] | null;
}

/** The token's grant when it is well-formed, known, unrevoked, unexpired and its user enabled; else null. */
export async function resolveToken(db: Db, presented: string): Promise<ResolvedToken | null> {
  if (!looksLikeToken(presented)) return null;
  // Lookup by hash: the secret is never compared directly, so timing reveals nothing about it.
  const row = await db.kysely
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id',
      'api_tokens.user_id',
      'api_tokens.read_only',
      'api_tokens.sites',
      'api_tokens.expires_at',
      'api_tokens.revoked_at',
      'api_tokens.last_used_at',
      'users.disabled',
    ])
    .where('api_tokens.token_hash', '=', hashToken(presented))
    .executeTakeFirst();
  const now = new Date();
  const nowText = now.toISOString();
  // ISO-8601 UTC timestamps of one format compare correctly as text.
  if (!row || row.revoked_at !== null || row.expires_at <= nowText || row.disabled !== 0) return null;
  const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS).toISOString();
  if (row.last_used_at === null || row.last_used_at < stale)
    // The condition is repeated in SQL so that concurrent requests write at most once between them.
    await db.kysely
      .updateTable('api_tokens')
      .set({ last_used_at: nowText })
      .where('id', '=', row.id)
      .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', stale)]))
      .execute();
  return { tokenId: row.id, userId: row.user_id, readOnly: row.read_only === 1, sites: sitesFromColumn(row.sites) };
}
