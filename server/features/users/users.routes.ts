// Account administration over HTTP (issue #4). Who may call each route is in
// plugins/route-permissions.ts; "or the user themself" is checked in user-admin.service.ts.
import Type from 'typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PasswordChange, SiteRoleSet, UserCreate } from '../../../core/schemas/accounts.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { PageParams, qInt, qString } from '../../http.js';
import { changePassword, readUser, setMemberRole } from './user-admin.service.js';
import { createUser, disableUser, listUsers } from './users.service.js';

type Query = Record<string, unknown>;
const UserParam = Type.Object({ id: Type.String() });
const idOf = (req: FastifyRequest): string => (req.params as { id: string }).id;

export function registerUserRoutes(app: FastifyInstance, db: Db, actorOf: (req: FastifyRequest) => Actor): void {
  app.get(
    '/api/v1/users',
    { schema: { tags: ['users'], summary: 'List users with their site roles', querystring: Type.Object(PageParams) } },
    async (req) => {
      const q = req.query as Query;
      return listUsers(db, actorOf(req), { limit: qInt(q, 'limit'), cursor: qString(q, 'cursor') });
    },
  );
  app.post(
    '/api/v1/users',
    { schema: { tags: ['users'], summary: 'Create a user', body: UserCreate } },
    async (req, reply) => reply.code(201).send(await createUser(db, actorOf(req), req.body)),
  );
  app.get(
    '/api/v1/users/:id',
    { schema: { tags: ['users'], summary: 'Read a user (org-admins: anyone; others: themselves)', params: UserParam } },
    async (req) => readUser(db, actorOf(req), idOf(req)),
  );
  app.patch(
    '/api/v1/users/:id/sites/:site',
    {
      schema: {
        tags: ['users'],
        summary: "Set the user's role on the site (null removes them from it)",
        params: Type.Object({ id: Type.String(), site: Type.String() }),
        body: SiteRoleSet,
      },
    },
    async (req) => setMemberRole(db, actorOf(req), idOf(req), (req.params as { site: string }).site, req.body),
  );
  app.post(
    '/api/v1/users/:id/disable',
    { schema: { tags: ['users'], summary: 'Disable a user and end their sessions', params: UserParam } },
    async (req) => disableUser(db, actorOf(req), idOf(req)),
  );
  app.put(
    '/api/v1/users/:id/password',
    {
      schema: {
        tags: ['users'],
        summary: "Set a password (your own needs currentPassword); ends the user's sessions",
        params: UserParam,
        body: PasswordChange,
      },
      // Each call hashes (and may verify) a password on purpose slowly; also caps guessing the
      // current password from a hijacked session.
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      await changePassword(db, actorOf(req), idOf(req), req.body);
      return reply.code(204).send();
    },
  );
}
