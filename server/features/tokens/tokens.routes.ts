// The caller's own API tokens over HTTP (issue #4). All routes are 'authenticated' in the route
// table; ownership and read-only limits are checked in own-tokens.service.ts.
import Type from 'typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { createOwnToken, listOwnTokens, revokeOwnToken } from './own-tokens.service.js';
import { OwnTokenCreate } from './tokens.schema.js';

export function registerTokenRoutes(app: FastifyInstance, db: Db, actorOf: (req: FastifyRequest) => Actor): void {
  app.get(
    '/api/v1/tokens',
    { schema: { tags: ['tokens'], summary: 'Your API tokens (never their secrets)' } },
    async (req) => listOwnTokens(db, actorOf(req)),
  );
  app.post(
    '/api/v1/tokens',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Create an API token for yourself; the answer shows the secret once',
        body: OwnTokenCreate,
      },
    },
    async (req, reply) => reply.code(201).send(await createOwnToken(db, actorOf(req), req.body)),
  );
  app.delete(
    '/api/v1/tokens/:id',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Revoke one of your API tokens (org-admins: anyone’s); it stops working at once',
        params: Type.Object({ id: Type.String() }),
      },
    },
    async (req) => revokeOwnToken(db, actorOf(req), (req.params as { id: string }).id),
  );
}
