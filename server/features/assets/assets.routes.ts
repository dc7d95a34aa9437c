import Type from 'typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { PageParams, qInt, qString } from '../../http.js';
import { ASSET_FILTERS, parseAssetFilters } from '../site-routes.js';
import { searchAssets } from './assets.service.js';

export function registerAssetSearchRoute(app: FastifyInstance, db: Db, actorOf: (req: FastifyRequest) => Actor): void {
  const filters = Object.fromEntries(
    Object.entries({ site: 'site id', ...ASSET_FILTERS }).map(([k, d]) => [
      k,
      Type.Optional(Type.String({ description: d })),
    ]),
  );
  app.get(
    '/api/v1/assets',
    {
      schema: {
        tags: ['assets'],
        summary: 'Search assets across the readable sites',
        querystring: Type.Object({ ...PageParams, ...filters }),
      },
    },
    async (req) => {
      const q = req.query as Record<string, unknown>;
      return searchAssets(db, actorOf(req), {
        ...parseAssetFilters(q),
        site: qString(q, 'site'),
        limit: qInt(q, 'limit'),
        cursor: qString(q, 'cursor'),
      });
    },
  );
}
