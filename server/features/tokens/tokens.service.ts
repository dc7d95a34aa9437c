// API tokens (issue #4): created for a user, optionally read-only or limited to some sites,
// listed without secrets, revoked at once. Enforcement on routes is the auth plugin's job; it
// calls resolveToken (token-resolve.ts).
import { randomUUID } from 'node:crypto';
import type { Issue } from '../../../core/sitefile/issue.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { AppError, notFound } from '../../errors.js';
import { validate } from '../../validation.js';
import { recordAudit } from '../audit/audit.repository.js';
import { nowIso, throwIfIssues } from '../site-refs.js';
import { hashToken, newTokenSecret } from './token-secret.js';
import { tokenFromRow, type TokenView } from './tokens.mapper.js';
import { requireOwner, siteAccess } from './tokens.repository.js';
import { DEFAULT_TOKEN_DAYS, TokenCreate, type TokenCreateInput } from './tokens.schema.js';

const DAY_MS = 86_400_000;

export interface CreatedToken {
  /** The secret: returned here once and never stored or shown again. */
  token: string;
  id: string;
  expiresAt: string;
  readOnly: boolean;
  sites: string[] | null;
}

export async function createToken(db: Db, actor: Actor, body: unknown): Promise<CreatedToken> {
  const input = await validate<TokenCreateInput>(TokenCreate, body);
  const sites = input.sites ? [...new Set(input.sites)] : null;
  const token = newTokenSecret();
  const id = randomUUID();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + (input.expiresInDays ?? DEFAULT_TOKEN_DAYS) * DAY_MS).toISOString();
  return db.kysely.transaction().execute(async (trx) => {
    const owner = await requireOwner(trx, input.userId);
    if (owner.disabled) throw new AppError('C981_ERR_CONFLICT', `user "${owner.email}" is disabled`);
    if (sites) {
      // A token can narrow what its user may reach, never widen it.
      const { existing, member } = await siteAccess(trx, owner.id, sites);
      const issues: Issue[] = [];
      sites.forEach((site, i) => {
        if (!existing.has(site)) issues.push({ path: ['sites', i], message: `site "${site}" does not exist` });
        else if (!owner.orgAdmin && !member.has(site))
          issues.push({ path: ['sites', i], message: `user "${owner.email}" is not a member of site "${site}"` });
      });
      throwIfIssues(issues);
    }
    await trx
      .insertInto('api_tokens')
      .values({
        id,
        user_id: owner.id,
        name: input.name ?? null,
        token_hash: hashToken(token),
        read_only: input.readOnly ? 1 : 0,
        sites: sites ? JSON.stringify(sites) : null,
        created_at: now.toISOString(),
        expires_at: expiresAt,
      })
      .execute();
    // The audit trail is readable by auditors: it names the token, never its secret or hash.
    await recordAudit(trx, actor, {
      action: 'apiToken.create',
      entity: 'apiToken',
      entityId: id,
      detail: { userId: owner.id, name: input.name ?? null, readOnly: input.readOnly, sites, expiresAt },
    });
    return { token, id, expiresAt, readOnly: input.readOnly, sites };
  });
}

/** The user's tokens, newest first, including revoked and expired ones (so people see why one stopped working). */
export async function listTokens(db: Db, _actor: Actor, userId: string): Promise<TokenView[]> {
  await requireOwner(db.kysely, userId);
  const rows = await db.kysely
    .selectFrom('api_tokens')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(tokenFromRow);
}

/** Idempotent: revoking a revoked token changes nothing and records nothing. */
export async function revokeToken(db: Db, actor: Actor, id: string): Promise<TokenView> {
  return db.kysely.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('API token', id);
    if (row.revoked_at !== null) return tokenFromRow(row);
    const revokedAt = nowIso();
    await trx
      .updateTable('api_tokens')
      .set({ revoked_at: revokedAt })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .execute();
    await recordAudit(trx, actor, {
      action: 'apiToken.revoke',
      entity: 'apiToken',
      entityId: id,
      detail: { userId: row.user_id, name: row.name },
    });
    return tokenFromRow({ ...row, revoked_at: revokedAt });
  });
}
