import Type from 'typebox';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../errors.js';
import { validate } from '../../validation.js';
import { actorOf, SESSION_COOKIE } from '../../plugins/auth.js';
import { recordAudit } from '../audit/audit.repository.js';
import { orgPermissions, readableSites, sitePermissions } from '../../../core/accounts/permissions.js';
import { loadPrincipal } from './principal.js';
import { login } from './login.service.js';
import { endSession } from './sessions.js';

const LoginBody = Type.Object(
  { email: Type.String({ maxLength: 254 }), password: Type.String({ maxLength: 1024 }) },
  { additionalProperties: false },
);

export function registerAuthRoutes(app: FastifyInstance, db: Db): void {
  app.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in; sets the session cookie and answers the CSRF token for writes',
        body: LoginBody,
      },
      // Per-address throttle on top of the per-account lockout (login.service.ts).
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const body = await validate<{ email: string; password: string }>(LoginBody, req.body);
      const session = await login(db, body.email, body.password, req.ip);
      reply.setCookie(SESSION_COOKIE, session.secret, {
        httpOnly: true,
        sameSite: 'strict',
        secure: req.protocol === 'https',
        path: '/',
        expires: new Date(session.expiresAt),
      });
      return { userId: session.userId, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { schema: { tags: ['auth'], summary: 'Sign out (ends the session)' } },
    async (req, reply) => {
      const actor = actorOf(req);
      const secret = req.cookies[SESSION_COOKIE];
      if (secret) await endSession(db.kysely, secret);
      await db.kysely
        .transaction()
        .execute((trx) => recordAudit(trx, actor, { action: 'user.logout', entity: 'user', entityId: actor.id }));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/auth/me',
    { schema: { tags: ['auth'], summary: 'Who is signed in, with organization and site roles' } },
    async (req) => {
      const actor = actorOf(req);
      if (!actor.principal) return { id: actor.id, name: actor.name, orgRole: 'org-admin', sites: [] };
      const found = await loadPrincipal(db.kysely, actor.principal.userId);
      if (!found) throw new AppError('C981_ERR_UNAUTHENTICATED', 'the account is no longer active');
      const principal = actor.principal;
      const readable =
        readableSites(principal) ?? (await db.kysely.selectFrom('sites').select('id').execute()).map((s) => s.id);
      return {
        ...found.user,
        via: actor.kind,
        orgRole: found.principal.orgRole,
        readOnly: principal.readOnly,
        sites: [...found.principal.siteRoles].map(([site, role]) => ({ site, role })),
        // What the caller may do, organization-wide and per readable site: the web app shows
        // only the actions the server would allow.
        permissions: orgPermissions(principal),
        sitePermissions: Object.fromEntries(readable.map((site) => [site, sitePermissions(principal, site)])),
        ...(req.sessionCsrf ? { csrfToken: req.sessionCsrf } : {}),
      };
    },
  );
}
