// POST /api/v1/sites/{site}/asset-imports: the raw CSV or XLSX file as the body (its own parser
// and upload limit, like site files), the mapping and options in the query string.
import Type from 'typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { IMPORT_KEYS } from '../../../core/asset-import/fields.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { qBool, qString } from '../../http.js';
import { UPLOAD_LIMIT } from '../site-files/site-files.routes.js';
import { importAssets } from './asset-import.service.js';

/** Header values are Latin-1: headers in other scripts come percent-encoded (as UTF-8). */
function decodeHeader(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function registerAssetImportRoutes(app: FastifyInstance, db: Db, actorOf: (req: FastifyRequest) => Actor): void {
  void app.register((scope, _opts, done) => {
    // XLSX is binary: the body arrives as bytes, whatever content type the client sends.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT }, (_req, body, next) =>
      next(null, body),
    );
    scope.post(
      '/api/v1/sites/:site/asset-imports',
      {
        bodyLimit: UPLOAD_LIMIT,
        schema: {
          tags: ['assets'],
          summary: 'Import an asset list from a spreadsheet (CSV or XLSX); dry run, or all or nothing',
          description:
            'The file is the request body. Columns are mapped to asset fields from their headers; `map` overrides ' +
            'the guess. Rows create or update assets matched by `key`. Any row error: 400 with the rows, nothing saved.',
          params: Type.Object({ site: Type.String() }),
          querystring: Type.Object({
            dryRun: Type.Optional(Type.Boolean({ description: 'plan and report without saving' })),
            key: Type.Optional(Type.Enum([...IMPORT_KEYS], { description: 'match existing assets by (default id)' })),
            format: Type.Optional(Type.Enum(['csv', 'xlsx'], { description: 'default: detected from the content' })),
            map: Type.Optional(
              Type.String({ description: 'Header:field pairs, e.g. "IP Address:ip,Hostname:name,Rack:-"' }),
            ),
            reason: Type.Optional(Type.String({ description: 'required when a regulated site changes' })),
          }),
          headers: Type.Object({
            'x-c981-map': Type.Optional(Type.String({ description: 'the mapping, instead of the map parameter' })),
          }),
        },
      },
      async (req) => {
        const q = req.query as Record<string, unknown>;
        const { site } = req.params as { site: string };
        const header = req.headers['x-c981-map'];
        const reason = qString(q, 'reason');
        const actor = actorOf(req);
        const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        return importAssets(db, reason?.trim() ? { ...actor, reason: reason.trim() } : actor, site, body, {
          key: qString(q, 'key'),
          map: qString(q, 'map') ?? (typeof header === 'string' ? decodeHeader(header) : undefined),
          format: qString(q, 'format'),
          dryRun: qBool(q, 'dryRun') ?? false,
        });
      },
    );
    done();
  });
}
