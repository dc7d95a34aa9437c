// GET /api/v1/sites/:site/traceability (docs/api.md "Traceability"): the matrix as JSON, or as a
// CSV download with ?format=csv.
import Type from 'typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../errors.js';
import { qString } from '../../http.js';
import { parseAsOf } from '../evaluation/evaluation.service.js';
import { traceabilityCsv } from './traceability.csv.js';
import { siteTraceability } from './traceability.service.js';

export function registerTraceabilityRoutes(
  app: FastifyInstance,
  db: Db,
  actorOf: (req: FastifyRequest) => Actor,
): void {
  app.get(
    '/api/v1/sites/:site/traceability',
    {
      schema: {
        tags: ['evaluation'],
        summary:
          'Traceability matrix: per applicable requirement and zone or conduit, the result, evidence, compensating controls, roadmap actions and approvals',
        params: Type.Object({ site: Type.String() }),
        querystring: Type.Object({
          scope: Type.Optional(Type.String({ description: 'zone or conduit id' })),
          fr: Type.Optional(Type.String({ description: 'foundational requirement 1–7' })),
          requirement: Type.Optional(Type.String({ description: 'IEC 62443-3-3 id, e.g. "SR 1.1 RE 1"' })),
          status: Type.Optional(
            Type.String({
              description: 'implemented, partial, planned, not-implemented, not-applicable or unassessed',
            }),
          ),
          asOf: Type.Optional(
            Type.String({ description: 'UTC date YYYY-MM-DD controls are judged on (default today)' }),
          ),
          format: Type.Optional(Type.String({ description: 'json (default) or csv (a download)' })),
        }),
      },
    },
    async (req, reply) => {
      const q = req.query as Record<string, unknown>;
      const format = qString(q, 'format') ?? 'json';
      if (format !== 'json' && format !== 'csv')
        throw new AppError('C981_ERR_VALIDATION', `format: must be json or csv; got "${format}"`, [
          { path: 'format', message: 'not json or csv' },
        ]);
      const site = (req.params as { site: string }).site;
      const matrix = await siteTraceability(
        db,
        actorOf(req),
        site,
        {
          scope: qString(q, 'scope'),
          fr: qString(q, 'fr'),
          requirement: qString(q, 'requirement'),
          status: qString(q, 'status'),
        },
        parseAsOf(qString(q, 'asOf')),
      );
      if (format === 'json') return matrix;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="traceability-${site}-${matrix.asOf}.csv"`)
        .send(traceabilityCsv(matrix));
    },
  );
}
