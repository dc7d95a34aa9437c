// Site-file upload and download. Uploads have their own parser and a 200 MB limit; every other
// route keeps the 1 MB JSON limit (DESIGN §6).
import Type from 'typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../errors.js';
import { qBool, qString } from '../../http.js';
import { exportText, importSiteText } from './site-files.service.js';

export const UPLOAD_LIMIT = 200 * 1024 * 1024;

export function registerSiteFileRoutes(app: FastifyInstance, db: Db, actorOf: (req: FastifyRequest) => Actor): void {
  void app.register((scope, _opts, done) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string', bodyLimit: UPLOAD_LIMIT }, (_req, body, next) =>
      next(null, body),
    );
    scope.post(
      '/api/v1/site-files',
      {
        bodyLimit: UPLOAD_LIMIT,
        schema: {
          tags: ['site files'],
          summary: 'Import a site file (YAML or JSON, detected from the content); all or nothing',
          querystring: Type.Object({
            reason: Type.Optional(Type.String({ description: 'required when a regulated site changes' })),
            dryRun: Type.Optional(Type.Boolean({ description: 'validate and report the changes without saving' })),
            file: Type.Optional(Type.String({ description: 'name used in error locations' })),
          }),
        },
      },
      async (req) => {
        const q = req.query as Record<string, unknown>;
        if (typeof req.body !== 'string' || req.body.trim() === '')
          throw new AppError('C981_ERR_VALIDATION', 'send the site file as the request body');
        return importSiteText(db, actorOf(req), req.body, qString(q, 'file') ?? 'upload', {
          reason: qString(q, 'reason') ?? (req.headers['x-c981-reason'] as string | undefined),
          dryRun: qBool(q, 'dryRun') ?? false,
        });
      },
    );
    done();
  });

  app.get(
    '/api/v1/sites/:site/export',
    {
      schema: {
        tags: ['site files'],
        summary: 'Export a site as a canonical site file',
        params: Type.Object({ site: Type.String() }),
        querystring: Type.Object({ format: Type.Optional(Type.Enum(['yaml', 'json'])) }),
      },
    },
    async (req, reply) => {
      const { site } = req.params as { site: string };
      const format = qString(req.query as Record<string, unknown>, 'format') ?? 'yaml';
      if (format !== 'yaml' && format !== 'json')
        throw new AppError('C981_ERR_VALIDATION', 'format must be yaml or json', [
          { path: 'format', message: `got "${format}"` },
        ]);
      actorOf(req);
      const text = await exportText(db, [site], format);
      return reply
        .type(format === 'json' ? 'application/json; charset=utf-8' : 'application/yaml; charset=utf-8')
        .header('content-disposition', `attachment; filename="${site}.${format === 'json' ? 'json' : 'yaml'}"`)
        .send(text);
    },
  );
}
