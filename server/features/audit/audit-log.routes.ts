// The audit trail API: JSON pages and a streamed CSV export with the same filters. Both routes are
// 'authenticated' in route-permissions.ts (they have no :site to check 'audit.read' on); the
// service answers only the records of sites the caller may audit.
import { Readable } from 'node:stream';
import Type from 'typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { PageParams, qInt, qString } from '../../http.js';
import { auditCsv } from './audit-csv.js';
import type { AuditFilter } from './audit-filter.js';
import { listAudit } from './audit-log.service.js';

const FILTERS = {
  site: 'site id; records of other sites and without a site are left out',
  actor: 'actor id (user id, "local", "cli")',
  entity: 'entity kind, e.g. zone',
  entityId: 'entity id',
  action: 'exact action (zone.update), or a prefix ending in "*" (zone.*)',
  from: 'ISO timestamp with a zone, or a UTC date YYYY-MM-DD (from its start)',
  to: 'ISO timestamp with a zone (inclusive), or a UTC date YYYY-MM-DD (the whole day)',
};
const Filters = Object.fromEntries(
  Object.entries(FILTERS).map(([k, description]) => [k, Type.Optional(Type.String({ description }))]),
);

function filtersOf(q: Record<string, unknown>): AuditFilter {
  const f: AuditFilter = {};
  for (const key of Object.keys(FILTERS) as (keyof AuditFilter)[]) {
    const v = qString(q, key);
    if (v !== undefined) f[key] = v;
  }
  return f;
}

export function registerAuditLogRoutes(app: FastifyInstance, db: Db, actorOf: (req: FastifyRequest) => Actor): void {
  app.get(
    '/api/v1/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Audit trail, newest first: the records of the sites you may read (org-admins: all)',
        querystring: Type.Object({ ...PageParams, ...Filters }),
      },
    },
    async (req) => {
      const q = req.query as Record<string, unknown>;
      return listAudit(db, actorOf(req), { ...filtersOf(q), limit: qInt(q, 'limit'), cursor: qString(q, 'cursor') });
    },
  );

  app.get(
    '/api/v1/audit.csv',
    {
      schema: {
        tags: ['audit'],
        summary: 'Audit trail as CSV (RFC 4180), newest first, with the filters of GET /api/v1/audit',
        querystring: Type.Object(Filters),
      },
    },
    async (req, reply) => {
      const csv = auditCsv(db, actorOf(req), filtersOf(req.query as Record<string, unknown>));
      const day = new Date().toISOString().slice(0, 10);
      // One chunk (CSV_CHUNK records) read ahead at most: a slow client holds back the queries.
      const body = Readable.from(csv, { highWaterMark: 1 });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="audit-${day}.csv"`)
        .send(body);
    },
  );
}
