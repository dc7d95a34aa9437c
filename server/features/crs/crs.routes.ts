// GET /api/v1/sites/:site/crs (docs/api.md "CRS"): the CRS as JSON, or as a downloadable HTML document.
import Type from 'typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../errors.js';
import { qString } from '../../http.js';
import { parseAsOf } from '../evaluation/evaluation.service.js';
import { renderCrsHtml } from './crs.html.js';
import { siteCrs } from './crs.service.js';

/** The HTML has inline CSS only: nothing else may load or run, whatever a value contains. */
export const CRS_CSP = "default-src 'none'; style-src 'unsafe-inline'";

export function registerCrsRoutes(app: FastifyInstance, db: Db, actorOf: (req: FastifyRequest) => Actor): void {
  app.get(
    '/api/v1/sites/:site/crs',
    {
      schema: {
        tags: ['risk'],
        summary: 'Cybersecurity Requirements Specification (IEC 62443-3-2 ZCR 6), as JSON or ?format=html',
        params: Type.Object({ site: Type.String() }),
        querystring: Type.Object({
          format: Type.Optional(Type.String({ description: 'json (default) or html' })),
          asOf: Type.Optional(Type.String({ description: 'UTC date YYYY-MM-DD for SL-A and gaps (default today)' })),
        }),
      },
    },
    async (req, reply) => {
      const q = req.query as Record<string, unknown>;
      const format = qString(q, 'format') ?? 'json';
      if (format !== 'json' && format !== 'html')
        throw new AppError('C981_ERR_VALIDATION', `format must be json or html; got "${format}"`, [
          { path: 'format', message: 'not json or html' },
        ]);
      const site = (req.params as { site: string }).site;
      const crs = await siteCrs(db, actorOf(req), site, parseAsOf(qString(q, 'asOf')));
      if (format === 'json') return crs;
      return reply
        .type('text/html; charset=utf-8')
        .header('content-security-policy', CRS_CSP)
        .header('content-disposition', `attachment; filename="crs-${site}-${crs.generatedAt.slice(0, 10)}.html"`)
        .send(renderCrsHtml(crs));
    },
  );
}
