// GET …/zones/{zone}/checklist.xlsx downloads the offline checklist; POST the filled workbook
// back (raw body) to preview (?dryRun=true) or import it. Likewise for conduits. The upload has
// its own parser for binary bodies, as the site-file upload does; every other route keeps JSON.
import Type from 'typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { RESOLUTIONS, type Resolution } from '../../../core/offline-assessment/answer.js';
import type { ScopeKind } from '../../../core/offline-assessment/meta.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../errors.js';
import { qBool, qString } from '../../http.js';
import { exportChecklist, importChecklist, XLSX_TYPE } from './offline-assessment.service.js';

/** A filled checklist is a few hundred KB; evidence lists could grow it, never to this. */
export const CHECKLIST_UPLOAD_LIMIT = 20 * 1024 * 1024;

// Conduit routes name their id `:id` like the conduit resource routes; zone assessment routes use `:zone`.
const PATHS: Record<ScopeKind, { url: string; param: string }> = {
  zone: { url: '/api/v1/sites/:site/zones/:zone/checklist.xlsx', param: 'zone' },
  conduit: { url: '/api/v1/sites/:site/conduits/:id/checklist.xlsx', param: 'id' },
};

const ImportQuery = Type.Object({
  dryRun: Type.Optional(Type.Boolean({ description: 'report what would change, save nothing' })),
  resolve: Type.Optional(Type.Enum(['file', 'database'], { description: 'how to settle every conflict' })),
  keep: Type.Optional(Type.String({ description: 'comma-separated requirements whose C-981 value stays' })),
  reason: Type.Optional(Type.String({ description: 'required when a regulated site changes' })),
});

function resolutionOf(q: Record<string, unknown>): Resolution | undefined {
  const v = qString(q, 'resolve');
  if (v === undefined || v === '') return undefined;
  if (!RESOLUTIONS.includes(v as Resolution))
    throw new AppError('C981_ERR_VALIDATION', `resolve: must be file or database; got "${v}"`, [
      { path: 'resolve', message: `got "${v}"` },
    ]);
  return v as Resolution;
}

const keepOf = (q: Record<string, unknown>): string[] | undefined =>
  qString(q, 'keep')
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

export function registerOfflineAssessmentRoutes(
  app: FastifyInstance,
  db: Db,
  actorOf: (req: FastifyRequest) => Actor,
): void {
  void app.register((scope, _opts, done) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: CHECKLIST_UPLOAD_LIMIT }, (_req, body, next) =>
      next(null, body),
    );
    for (const [kind, { url, param }] of Object.entries(PATHS) as [ScopeKind, (typeof PATHS)[ScopeKind]][]) {
      const params = Type.Object({ site: Type.String(), [param]: Type.String() });
      const ids = (req: FastifyRequest) => {
        const p = req.params as Record<string, string>;
        return { site: p.site ?? '', scope: p[param] ?? '' };
      };
      scope.get(
        url,
        {
          schema: {
            tags: ['offline assessment'],
            summary: `The ${kind}'s 62443-3-3 checklist as an XLSX workbook to fill offline (one sheet per FR)`,
            params,
          },
        },
        async (req, reply: FastifyReply) => {
          const { site, scope: id } = ids(req);
          const file = await exportChecklist(db, actorOf(req), site, kind, id);
          return reply
            .type(XLSX_TYPE)
            .header('content-disposition', `attachment; filename="${file.fileName}"`)
            .send(file.body);
        },
      );
      scope.post(
        url,
        {
          bodyLimit: CHECKLIST_UPLOAD_LIMIT,
          schema: {
            tags: ['offline assessment'],
            summary: `Import a filled ${kind} checklist (the XLSX as the body): changed rows only, conflicts refused unless resolved`,
            params,
            querystring: ImportQuery,
          },
        },
        async (req) => {
          const { site, scope: id } = ids(req);
          const q = req.query as Record<string, unknown>;
          if (!Buffer.isBuffer(req.body) || req.body.length === 0)
            throw new AppError('C981_ERR_VALIDATION', 'send the filled checklist (XLSX) as the request body');
          const actor = actorOf(req);
          const reason = qString(q, 'reason');
          return importChecklist(db, reason ? { ...actor, reason } : actor, site, kind, id, req.body, {
            dryRun: qBool(q, 'dryRun') ?? false,
            resolve: resolutionOf(q),
            keep: keepOf(q),
          });
        },
      );
    }
    done();
  });
}
