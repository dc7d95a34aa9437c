// Who is asking, on every API request: a bearer API token or a session cookie (with its CSRF
// token on writes). Public: health, the API documents and sign-in; everything else needs one.
import '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../actor.js';
import type { Db } from '../db/connection.js';
import { AppError } from '../errors.js';
import { loadPrincipal } from '../features/auth/principal.js';
import { resolveSession, sessionLimits } from '../features/auth/sessions.js';
import { resolveToken } from '../features/tokens/token-resolve.js';

export const SESSION_COOKIE = 'c981_session';

const PUBLIC = new Set(['/api/health', '/api/openapi.json', '/api/v1/auth/login']);
const isPublic = (url: string): boolean =>
  !url.startsWith('/api/') || PUBLIC.has(url) || url === '/api/docs' || url.startsWith('/api/docs/');
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** The session's CSRF token, so a reloaded web page can learn it again from /auth/me. */
    sessionCsrf: string | null;
  }
}

export function registerAuth(app: FastifyInstance, db: Db): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionCsrf', null);
  const limits = sessionLimits();
  app.addHook('onRequest', async (req) => {
    const path = req.url.split('?')[0] ?? '';
    const reasonText = decodeReason(req.headers['x-c981-reason']);
    const reason = reasonText ? { reason: reasonText } : {};
    const authorization = req.headers.authorization;
    if (authorization?.startsWith('Bearer ')) {
      const token = await resolveToken(db, authorization.slice(7).trim());
      const found =
        token && (await loadPrincipal(db.kysely, token.userId, { readOnly: token.readOnly, sites: token.sites }));
      if (!found) throw new AppError('C981_ERR_UNAUTHENTICATED', 'the API token is unknown, expired or revoked');
      req.actor = {
        id: found.user.id,
        kind: 'token',
        name: found.user.name,
        sourceIp: req.ip,
        principal: found.principal,
        ...reason,
      };
      return;
    }
    const secret = req.cookies[SESSION_COOKIE];
    if (secret) {
      const session = await resolveSession(db.kysely, secret, limits);
      const found = session && (await loadPrincipal(db.kysely, session.userId));
      if (session && found) {
        // Cookies ride along on cross-site requests; a write must also prove it read the page.
        if (
          !SAFE_METHODS.has(req.method) &&
          req.headers['x-csrf-token'] !== session.csrfToken &&
          path !== '/api/v1/auth/login'
        )
          throw new AppError('C981_ERR_CSRF', 'missing or wrong x-csrf-token header for a signed-in write');
        req.sessionCsrf = session.csrfToken;
        req.actor = {
          id: found.user.id,
          kind: 'user',
          name: found.user.name,
          sourceIp: req.ip,
          principal: found.principal,
          ...reason,
        };
        return;
      }
    }
    if (!isPublic(path))
      throw new AppError('C981_ERR_UNAUTHENTICATED', 'sign in, or send an API token as "Authorization: Bearer …"');
  });
}

/**
 * The X-C981-Reason header as text. HTTP header values are Latin-1, so a reason in any other script
 * (or with an arrow or an emoji) travels percent-encoded as UTF-8 with the RFC 8187 prefix
 * `utf-8''`, which is how the web app always sends it; a plain value is taken as it is.
 */
export function decodeReason(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string') return null;
  let text = header.trim();
  if (/^utf-8''/i.test(text)) {
    try {
      text = decodeURIComponent(text.slice(7)).trim();
    } catch {
      throw new AppError(
        'C981_ERR_VALIDATION',
        "the X-C981-Reason header's utf-8'' value is not valid percent-encoding",
      );
    }
  }
  return text === '' ? null : text.slice(0, 2000);
}

/** The authenticated actor of a request (the hook has already refused anonymous ones). */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError('C981_ERR_UNAUTHENTICATED', 'sign in first');
  return req.actor;
}
