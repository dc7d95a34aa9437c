// The inventory table's routes: the compact all-assets read, its count, and moving assets
// between zones in bulk.
import Type from 'typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { qString } from '../../http.js';
import { AssetMove, moveAssets } from './asset-move.service.js';
import { inventoryCount, inventoryJson } from './inventory.service.js';

const SiteQuery = Type.Object({
  site: Type.Optional(Type.String({ description: 'one site id; default: every site you may read' })),
});

export function registerInventoryRoutes(app: FastifyInstance, db: Db, actorOf: (req: FastifyRequest) => Actor): void {
  app.get(
    '/api/v1/inventory',
    {
      schema: {
        tags: ['assets'],
        summary: 'Every asset of the readable sites (or one site) in compact column form, for the inventory table',
        querystring: SiteQuery,
      },
    },
    async (req, reply) => {
      const site = qString(req.query as Record<string, unknown>, 'site');
      const body = await inventoryJson(db, actorOf(req), site);
      return reply.type('application/json; charset=utf-8').header('cache-control', 'no-store').send(body);
    },
  );
  app.get(
    '/api/v1/inventory/count',
    {
      schema: {
        tags: ['assets'],
        summary: 'How many assets GET /api/v1/inventory would answer',
        querystring: SiteQuery,
      },
    },
    async (req) => inventoryCount(db, actorOf(req), qString(req.query as Record<string, unknown>, 'site')),
  );
  app.post(
    '/api/v1/sites/:site/assets/move',
    {
      schema: {
        tags: ['assets'],
        summary: 'Move assets of the site into a zone (or out of every zone), all or nothing',
        params: Type.Object({ site: Type.String() }),
        body: AssetMove,
      },
    },
    async (req) => moveAssets(db, actorOf(req), (req.params as { site: string }).site, req.body),
  );
}
