// Thin routes over the SL history (docs/api.md "Progress over time").
import Type from 'typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { qString } from '../../http.js';
import { portfolioTrends, siteTrends } from './trends.service.js';

const tags = ['evaluation'];
const Window = Type.Object({
  from: Type.Optional(Type.String({ description: 'first day YYYY-MM-DD (default: 89 days before to)' })),
  to: Type.Optional(Type.String({ description: 'last day YYYY-MM-DD (default: today); at most 366 days in all' })),
});
const windowOf = (req: FastifyRequest) => {
  const q = req.query as Record<string, unknown>;
  return { from: qString(q, 'from'), to: qString(q, 'to') };
};

export function registerTrendRoutes(app: FastifyInstance, db: Db, actorOf: (req: FastifyRequest) => Actor): void {
  app.get(
    '/api/v1/sites/:site/trends',
    {
      schema: {
        tags,
        summary: 'Daily SL-T and SL-A of every zone and conduit (days in the site time zone)',
        params: Type.Object({ site: Type.String() }),
        querystring: Window,
      },
    },
    async (req) => siteTrends(db, actorOf(req), (req.params as { site: string }).site, windowOf(req)),
  );
  app.get(
    '/api/v1/trends',
    {
      schema: {
        tags,
        summary: 'Per readable site and day: zones meeting SL-T, their share and the mean gap; and the estate',
        querystring: Window,
      },
    },
    async (req) => portfolioTrends(db, actorOf(req), windowOf(req)),
  );
}
