// The caller's own API tokens: listed without secrets; a new token's secret is answered once.
import { queryOptions } from '@tanstack/react-query';
import { api, type Page } from '../../api/client.js';

export interface Token {
  id: string;
  name: string | null;
  readOnly: boolean;
  /** null: every site the owner may reach. */
  sites: string[] | null;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export interface CreatedToken {
  token: string;
  id: string;
  expiresAt: string;
  readOnly: boolean;
  sites: string[] | null;
}

export interface TokenInput {
  name?: string;
  readOnly: boolean;
  sites?: string[];
  expiresInDays?: number;
}

/** The server's limits (tokens.schema.ts). */
export const DEFAULT_TOKEN_DAYS = 90;
export const MAX_TOKEN_DAYS = 3650;

export const tokensQuery = queryOptions({
  queryKey: ['admin', 'tokens'],
  queryFn: async () => (await api<Page<Token>>('/api/v1/tokens')).items,
});

export const createToken = (input: TokenInput) => api<CreatedToken>('/api/v1/tokens', { method: 'POST', body: input });

export const revokeToken = (id: string) => api<Token>(`/api/v1/tokens/${encodeURIComponent(id)}`, { method: 'DELETE' });

export type TokenState = 'active' | 'revoked' | 'expired';
export const tokenState = (t: Token, now = new Date().toISOString()): TokenState =>
  t.revokedAt ? 'revoked' : t.expiresAt <= now ? 'expired' : 'active';
