import Type from 'typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ResultsPut } from '../../../core/schemas/site-file.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../errors.js';
import { qString } from '../../http.js';
import { getResults, putResults } from './results.service.js';

const SiteParam = Type.Object({ site: Type.String() });

export function registerResultRoutes(app: FastifyInstance, db: Db, actorOf: (req: FastifyRequest) => Actor): void {
  app.get(
    '/api/v1/sites/:site/results',
    {
      schema: {
        tags: ['results'],
        summary: 'Results of one zone or conduit',
        params: SiteParam,
        querystring: Type.Object({ scope: Type.String() }),
      },
    },
    async (req) => {
      const scope = qString(req.query as Record<string, unknown>, 'scope');
      if (!scope)
        throw new AppError('C981_ERR_VALIDATION', 'scope: give the zone or conduit id', [
          { path: 'scope', message: 'required' },
        ]);
      return getResults(db, actorOf(req), (req.params as { site: string }).site, scope);
    },
  );
  app.put(
    '/api/v1/sites/:site/results',
    {
      schema: {
        tags: ['results'],
        summary: 'Upsert results of one scope (null removes one; others stay)',
        params: SiteParam,
        body: ResultsPut,
      },
    },
    async (req) => putResults(db, actorOf(req), (req.params as { site: string }).site, req.body),
  );
}
