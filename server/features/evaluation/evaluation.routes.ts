import Type from 'typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { qString } from '../../http.js';
import { parseAsOf, scopeEvaluation, siteEvaluation } from './evaluation.service.js';
import { portfolio } from './portfolio.service.js';

const AsOf = Type.Object({ asOf: Type.Optional(Type.String({ description: 'UTC date YYYY-MM-DD (default today)' })) });
const asOfOf = (req: FastifyRequest) => parseAsOf(qString(req.query as Record<string, unknown>, 'asOf'));

export function registerEvaluationRoutes(app: FastifyInstance, db: Db, actorOf: (req: FastifyRequest) => Actor): void {
  app.get(
    '/api/v1/sites/:site/evaluation',
    {
      schema: {
        tags: ['evaluation'],
        summary: 'SL-T / SL-C / SL-A, gaps and blocking requirements of every zone and conduit, and the lint findings',
        params: Type.Object({ site: Type.String() }),
        querystring: AsOf,
      },
    },
    async (req) => siteEvaluation(db, actorOf(req), (req.params as { site: string }).site, asOfOf(req)),
  );

  for (const kind of ['zone', 'conduit'] as const) {
    app.get(
      `/api/v1/sites/:site/${kind}s/:id/evaluation`,
      {
        schema: {
          tags: ['evaluation'],
          summary: `Evaluation of one ${kind}`,
          params: Type.Object({ site: Type.String(), id: Type.String() }),
          querystring: AsOf,
        },
      },
      async (req) => {
        const { site, id } = req.params as { site: string; id: string };
        return scopeEvaluation(db, actorOf(req), site, kind, id, asOfOf(req));
      },
    );
  }

  app.get(
    '/api/v1/portfolio',
    {
      schema: {
        tags: ['evaluation'],
        summary: 'Per site: zones meeting SL-T, gaps per FR, worst zones; and the worst zones of the estate',
        querystring: AsOf,
      },
    },
    async (req) => portfolio(db, actorOf(req), asOfOf(req)),
  );
}
