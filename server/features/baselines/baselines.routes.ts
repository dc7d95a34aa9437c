// Baselines and their diffs (docs/api.md "Baselines and change requests").
import Type from 'typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../errors.js';
import { qBool, qInt, qString } from '../../http.js';
import { CRS_CSP } from '../crs/crs.routes.js';
import { renderDiffCsv, renderDiffHtml } from './baseline-diff.render.js';
import {
  BaselineCreate,
  baselineId,
  createBaseline,
  diffBaseline,
  getBaseline,
  listBaselines,
} from './baselines.service.js';

type Query = Record<string, unknown>;
const tags = ['change control'];
const SiteParam = Type.Object({ site: Type.String() });
const IdParams = Type.Object({ site: Type.String(), baseline: Type.String() });
const ids = (req: FastifyRequest) => req.params as { site: string; baseline: string };

export function registerBaselineRoutes(app: FastifyInstance, db: Db, actorOf: (req: FastifyRequest) => Actor): void {
  const base = '/api/v1/sites/:site/baselines';
  app.get(
    base,
    {
      schema: {
        tags,
        summary: "List the site's baselines, newest first",
        params: SiteParam,
        querystring: Type.Object({
          limit: Type.Optional(Type.String()),
          before: Type.Optional(Type.String({ description: 'page: baselines older than this id' })),
        }),
      },
    },
    async (req) => {
      const q = req.query as Query;
      return listBaselines(db, actorOf(req), (req.params as { site: string }).site, {
        limit: qInt(q, 'limit'),
        before: qInt(q, 'before'),
      });
    },
  );
  app.post(
    base,
    { schema: { tags, summary: 'Take a baseline of the site now', params: SiteParam, body: BaselineCreate } },
    async (req, reply) => {
      const made = await createBaseline(db, actorOf(req), (req.params as { site: string }).site, req.body);
      return reply.code(201).send(made);
    },
  );
  app.get(
    `${base}/:baseline`,
    {
      schema: {
        tags,
        summary: 'One baseline; ?snapshot=true includes the whole snapshot',
        params: IdParams,
        querystring: Type.Object({ snapshot: Type.Optional(Type.String()) }),
      },
    },
    async (req) => {
      const { site, baseline } = ids(req);
      return getBaseline(db, actorOf(req), site, baselineId(baseline), qBool(req.query as Query, 'snapshot') ?? false);
    },
  );
  app.get(
    `${base}/:baseline/diff`,
    {
      schema: {
        tags,
        summary: 'What changed from the baseline to another one or to now; ?format=json|html|csv',
        params: IdParams,
        querystring: Type.Object({
          to: Type.Optional(Type.String({ description: 'another baseline id, or now (default)' })),
          format: Type.Optional(Type.String({ description: 'json (default), html or csv' })),
        }),
      },
    },
    async (req, reply) => {
      const q = req.query as Query;
      const format = qString(q, 'format') ?? 'json';
      if (!['json', 'html', 'csv'].includes(format))
        throw new AppError('C981_ERR_VALIDATION', `format must be json, html or csv; got "${format}"`, [
          { path: 'format', message: 'not json, html or csv' },
        ]);
      const { site, baseline } = ids(req);
      const actor = actorOf(req);
      const diff = await diffBaseline(db, actor, site, baselineId(baseline), qString(q, 'to'));
      if (format === 'json') return diff;
      const to = 'now' in diff.to ? 'now' : String(diff.to.baseline);
      const name = `changes-${site}-b${diff.from.baseline}-${to}.${format}`;
      reply.header('content-disposition', `attachment; filename="${name}"`);
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(renderDiffCsv(diff));
      const info = await db.kysely.selectFrom('sites').select('name').where('id', '=', site).executeTakeFirstOrThrow();
      return reply
        .type('text/html; charset=utf-8')
        .header('content-security-policy', CRS_CSP)
        .send(renderDiffHtml(diff, info));
    },
  );
}
