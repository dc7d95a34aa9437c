import type { Selectable } from 'kysely';
import type { ApiTokensTable } from '../../db/schema.js';

/** A token as lists show it: never the secret, never its hash. */
export interface TokenView {
  id: string;
  name: string | null;
  readOnly: boolean;
  /** null: every site the user may reach. */
  sites: string[] | null;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export const sitesFromColumn = (v: string | null): string[] | null => (v ? (JSON.parse(v) as string[]) : null);

export function tokenFromRow(r: Selectable<ApiTokensTable>): TokenView {
  return {
    id: r.id,
    name: r.name,
    readOnly: r.read_only === 1,
    sites: sitesFromColumn(r.sites),
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
    lastUsedAt: r.last_used_at,
  };
}
