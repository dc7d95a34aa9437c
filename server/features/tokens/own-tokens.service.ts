// API tokens for the caller (GET/POST/DELETE /api/v1/tokens). The routes are open to anyone
// signed in; what makes them safe is here: the owner is always the caller, and a token can never
// mint a token that reaches further than itself.
import type { Principal } from '../../../core/accounts/permissions.js';
import { can } from '../../../core/accounts/permissions.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { AppError, notFound } from '../../errors.js';
import { validate } from '../../validation.js';
import { tokenOwnerId } from './tokens.repository.js';
import { OwnTokenCreate, type OwnTokenCreateInput } from './tokens.schema.js';
import { createToken, listTokens, revokeToken, type CreatedToken } from './tokens.service.js';
import type { TokenView } from './tokens.mapper.js';

/** The caller's account; the local operator has none, so its tokens would belong to nobody. */
function callerOf(actor: Actor): Principal {
  if (!actor.principal)
    throw new AppError(
      'C981_ERR_VALIDATION',
      'the local operator has no account of its own: create tokens for a user (c981 token create --email …)',
    );
  return actor.principal;
}

const readOnlyRefused = (what: string): AppError =>
  new AppError('C981_ERR_FORBIDDEN', `a read-only API token may not ${what}`);

/** Creates a token for the caller; the answer carries the secret, once. */
export async function createOwnToken(db: Db, actor: Actor, body: unknown): Promise<CreatedToken> {
  const p = callerOf(actor);
  // Otherwise a leaked read-only token could mint itself a writing one.
  if (p.readOnly) throw readOnlyRefused('create tokens');
  const input = await validate<OwnTokenCreateInput>(OwnTokenCreate, body);
  let sites = input.sites;
  if (p.tokenSites !== null) {
    // A site-limited token passes its limit on: omitted means "the same sites", never "all".
    const limit = p.tokenSites;
    sites ??= [...limit];
    const outside = sites.filter((s) => !limit.includes(s));
    if (outside.length > 0)
      throw new AppError(
        'C981_ERR_FORBIDDEN',
        `this API token is limited to ${limit.map((s) => `"${s}"`).join(', ')}: a token it creates cannot reach ${outside.map((s) => `"${s}"`).join(', ')}`,
      );
  }
  return createToken(db, actor, { ...input, ...(sites ? { sites } : {}), userId: p.userId });
}

/** The caller's tokens, newest first, revoked and expired ones included, never a secret or hash. */
export async function listOwnTokens(db: Db, actor: Actor): Promise<{ items: TokenView[]; nextCursor: null }> {
  const p = callerOf(actor);
  // A person has a handful of tokens: one page, in the shape of every other list.
  return { items: await listTokens(db, actor, p.userId), nextCursor: null };
}

/**
 * Revokes one of the caller's tokens; org-admins (and the local operator) may revoke anyone's.
 * Someone else's token answers 404, so token ids of other users cannot be probed.
 */
export async function revokeOwnToken(db: Db, actor: Actor, tokenId: string): Promise<TokenView> {
  const p = actor.principal;
  if (p?.readOnly) throw readOnlyRefused('revoke tokens');
  if (p && !can(p, 'user.manage') && (await tokenOwnerId(db.kysely, tokenId)) !== p.userId)
    throw notFound('API token', tokenId);
  return revokeToken(db, actor, tokenId);
}
