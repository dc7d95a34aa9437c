// GET /api/v1/sites/:site/reports/:kind and GET /api/v1/reports/portfolio (docs/reports.md):
// downloads in PDF, XLSX, CSV or HTML, streamed. The report is loaded and checked before the
// first byte, so a wrong kind, format, site or size answers a JSON error.
import Type from 'typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isReportFormat, reportFileName, SITE_REPORT_KINDS } from '../../../core/reports/kinds.js';
import type { ReportDocument, ReportFormat, ReportKind } from '../../../core/reports/model.js';
import { REPORT_FORMATS } from '../../../core/reports/model.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../errors.js';
import { qString } from '../../http.js';
import { CRS_CSP } from '../crs/crs.routes.js';
import { parseAsOf } from '../evaluation/evaluation.service.js';
import { CONTENT_TYPES, renderReport } from './render/render.js';
import { loadReport } from './reports.service.js';

const Query = Type.Object({
  format: Type.Optional(Type.String({ description: 'pdf (default), xlsx, csv or html' })),
  asOf: Type.Optional(
    Type.String({ description: 'UTC date YYYY-MM-DD for SL-A, gaps and control validity (default today)' }),
  ),
});

function parseFormat(q: Record<string, unknown>): ReportFormat {
  const format = qString(q, 'format') ?? 'pdf';
  if (!isReportFormat(format))
    throw new AppError('C981_ERR_VALIDATION', `format must be one of ${REPORT_FORMATS.join(', ')}; got "${format}"`, [
      { path: 'format', message: `unknown format "${format}"` },
    ]);
  return format;
}

async function send(reply: FastifyReply, doc: ReportDocument, format: ReportFormat): Promise<FastifyReply> {
  const body = await renderReport(doc, format);
  const name = reportFileName(doc.kind, doc.header.site?.id ?? null, doc.header.generatedAt, format);
  reply.type(CONTENT_TYPES[format]).header('content-disposition', `attachment; filename="${name}"`);
  // The HTML is inline CSS only: nothing in it may load or run, whatever a value contains.
  if (format === 'html') reply.header('content-security-policy', CRS_CSP);
  return reply.send(body);
}

export function registerReportRoutes(app: FastifyInstance, db: Db, actorOf: (req: FastifyRequest) => Actor): void {
  app.get(
    '/api/v1/sites/:site/reports/:kind',
    {
      schema: {
        tags: ['reports'],
        summary: `A site report (${SITE_REPORT_KINDS.join(', ')}) as a PDF, XLSX, CSV or HTML download`,
        params: Type.Object({ site: Type.String(), kind: Type.String({ enum: [...SITE_REPORT_KINDS] }) }),
        querystring: Query,
      },
    },
    async (req, reply) => {
      const { site, kind } = req.params as { site: string; kind: string };
      if (!(SITE_REPORT_KINDS as readonly string[]).includes(kind))
        throw new AppError('C981_ERR_NOT_FOUND', `no report "${kind}": one of ${SITE_REPORT_KINDS.join(', ')}`);
      const q = req.query as Record<string, unknown>;
      const format = parseFormat(q);
      const doc = await loadReport(db, actorOf(req), kind as ReportKind, site, parseAsOf(qString(q, 'asOf')));
      return send(reply, doc, format);
    },
  );

  app.get(
    '/api/v1/reports/portfolio',
    {
      schema: {
        tags: ['reports'],
        summary: 'The executive portfolio summary of the readable sites as a PDF, XLSX, CSV or HTML download',
        querystring: Query,
      },
    },
    async (req, reply) => {
      const q = req.query as Record<string, unknown>;
      const format = parseFormat(q);
      const doc = await loadReport(db, actorOf(req), 'portfolio', null, parseAsOf(qString(q, 'asOf')));
      return send(reply, doc, format);
    },
  );
}
