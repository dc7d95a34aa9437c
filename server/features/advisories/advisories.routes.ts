// The organisation's advisory library (issue #10; docs/api.md "Advisories"): upload one CSAF
// document, list, read, delete. The upload's body is kept as raw bytes so its hash is the hash of
// exactly what was sent.
import Type from 'typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../errors.js';
import { qInt, qString } from '../../http.js';
import { deleteAdvisory, importUploadedAdvisory } from './advisory-import.service.js';
import { getAdvisoryDetail, listAdvisories } from './advisory.views.js';

const tags = ['advisories'];
const IdParam = Type.Object({ id: Type.String() });
const MB = 1024 * 1024;

/** Largest advisory accepted in one upload (bytes); the largest real ones are well under 1 MB. */
export const ADVISORY_UPLOAD_LIMIT = 20 * MB;

const tooLarge = () =>
  new AppError('C981_ERR_TOO_LARGE', `an advisory upload may be at most ${ADVISORY_UPLOAD_LIMIT / MB} MB`);

/** Reads the body as bytes, refusing it (413) once it grows past the limit. */
async function readLimited(payload: AsyncIterable<Uint8Array | string>, declared: number): Promise<Buffer> {
  if (Number.isFinite(declared) && declared > ADVISORY_UPLOAD_LIMIT) throw tooLarge();
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of payload) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    total += b.length;
    if (total > ADVISORY_UPLOAD_LIMIT) throw tooLarge();
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

const ResultBody = Type.Object({
  source: Type.String(),
  status: Type.String({ description: 'imported | updated | unchanged | older' }),
  trackingId: Type.Optional(Type.String()),
  advisoryId: Type.Optional(Type.String()),
  reason: Type.Optional(Type.String()),
});

export function registerAdvisoryRoutes(app: FastifyInstance, db: Db, actorOf: (req: FastifyRequest) => Actor): void {
  const base = '/api/v1/advisories';
  void app.register((scope, _opts, done) => {
    // The document's exact bytes (any content type, JSON expected): hashed as sent, parsed by the import.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (req, payload, next) => {
      readLimited(payload, Number(req.headers['content-length'])).then(
        (body) => next(null, body),
        (err: unknown) => next(err instanceof Error ? err : new Error(String(err))),
      );
    });
    scope.post(
      base,
      {
        schema: {
          tags,
          summary: 'Import one CSAF 2.0 advisory into the organisation’s library',
          description:
            'The CSAF JSON document is the request body (application/json), at most 20 MB. It is validated ' +
            '(CSAF 2.0 schema and mandatory tests) and stored under its publisher namespace and tracking id; a ' +
            'newer revision replaces an older one. 201 imported/updated, 200 unchanged/older, 422 ' +
            'C981_ERR_CSAF_INVALID with the reasons (nothing stored).',
          querystring: Type.Object({
            sha256: Type.Optional(Type.String({ description: 'expected SHA-256 (hex) of the body' })),
            sha512: Type.Optional(Type.String({ description: 'expected SHA-512 (hex) of the body' })),
            file: Type.Optional(
              Type.String({ maxLength: 300, description: 'the original file name (shown as source)' }),
            ),
          }),
          response: { 200: ResultBody, 201: ResultBody },
        },
      },
      async (req, reply) => {
        const q = req.query as Record<string, unknown>;
        const body = Buffer.isBuffer(req.body) ? req.body : null;
        if (!body || body.length === 0)
          throw new AppError('C981_ERR_VALIDATION', 'send the CSAF document as the request body');
        const file = qString(q, 'file')?.split(/[\\/]/u).pop()?.trim().slice(0, 300);
        const result = await importUploadedAdvisory(db, actorOf(req), new Uint8Array(body), {
          source: file || 'upload',
          sha256: qString(q, 'sha256'),
          sha512: qString(q, 'sha512'),
        });
        if (result.status === 'rejected')
          throw new AppError(
            'C981_ERR_CSAF_INVALID',
            result.reason ?? 'not a valid CSAF document',
            (result.reasons ?? [result.reason ?? 'invalid']).map((message) => ({ message })),
          );
        const shown = { ...result };
        delete shown.reasons;
        return reply.code(result.status === 'imported' || result.status === 'updated' ? 201 : 200).send(shown);
      },
    );
    done();
  });

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'The advisory library, newest first (by current release date)',
        querystring: Type.Object({
          q: Type.Optional(Type.String({ description: 'text in the tracking id, title, CVEs or publisher' })),
          vendor: Type.Optional(Type.String({ description: 'text in a product vendor' })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
          offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
        }),
      },
    },
    async (req) => {
      const q = req.query as Record<string, unknown>;
      return listAdvisories(db, {
        q: qString(q, 'q'),
        vendor: qString(q, 'vendor'),
        limit: qInt(q, 'limit'),
        offset: qInt(q, 'offset'),
      });
    },
  );
  app.get(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: 'One advisory: vulnerabilities with scores, remediations and the product table',
        params: IdParam,
      },
    },
    async (req) => getAdvisoryDetail(db, (req.params as { id: string }).id),
  );
  app.delete(
    `${base}/:id`,
    { schema: { tags, summary: 'Remove an advisory from the library (audited)', params: IdParam } },
    async (req, reply) => {
      await deleteAdvisory(db, actorOf(req), (req.params as { id: string }).id);
      return reply.code(204).send();
    },
  );
}
