// Thin routes over the remediation roadmap: its actions and their projection (docs/api.md
// "Remediation roadmap").
import Type from 'typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ACTION_STATUSES, RoadmapAction } from '../../../core/schemas/roadmap-action.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { PageParams, qInt, qString } from '../../http.js';
import { parseAsOf } from '../evaluation/evaluation.service.js';
import { roadmapProjection, WhatIfBody, whatIfProjection } from './roadmap-projection.service.js';
import {
  createAction,
  deleteAction,
  getAction,
  listActions,
  RoadmapActionPatch,
  updateAction,
} from './roadmap.service.js';

type Query = Record<string, unknown>;
const tags = ['roadmap'];
const SiteParam = Type.Object({ site: Type.String() });
const IdParams = Type.Object({ site: Type.String(), id: Type.String() });
const AsOfQuery = Type.Object({
  asOf: Type.Optional(Type.String({ description: 'YYYY-MM-DD (UTC); today by default' })),
});
const siteOf = (req: FastifyRequest) => (req.params as { site: string }).site;
const ids = (req: FastifyRequest) => req.params as { site: string; id: string };

export function registerRoadmapRoutes(app: FastifyInstance, db: Db, actorOf: (req: FastifyRequest) => Actor): void {
  const base = '/api/v1/sites/:site/roadmap/actions';
  app.get(
    base,
    {
      schema: {
        tags,
        summary: "List the roadmap's actions, by due date (undated last)",
        params: SiteParam,
        querystring: Type.Object({
          ...PageParams,
          scope: Type.Optional(Type.String({ description: 'zone or conduit id' })),
          status: Type.Optional(Type.String({ description: ACTION_STATUSES.join(' | ') })),
        }),
      },
    },
    async (req) => {
      const q = req.query as Query;
      return listActions(db, actorOf(req), siteOf(req), {
        limit: qInt(q, 'limit'),
        cursor: qString(q, 'cursor'),
        scope: qString(q, 'scope'),
        status: qString(q, 'status'),
      });
    },
  );
  app.post(
    base,
    { schema: { tags, summary: 'Add a roadmap action', params: SiteParam, body: RoadmapAction } },
    async (req, reply) => reply.code(201).send(await createAction(db, actorOf(req), siteOf(req), req.body)),
  );
  app.get(`${base}/:id`, { schema: { tags, summary: 'Read a roadmap action', params: IdParams } }, async (req) =>
    getAction(db, actorOf(req), ids(req).site, ids(req).id),
  );
  app.patch(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: 'Update a roadmap action (partial; null clears an optional field; the id never changes)',
        params: IdParams,
        body: RoadmapActionPatch,
      },
    },
    async (req) => updateAction(db, actorOf(req), ids(req).site, ids(req).id, req.body),
  );
  app.delete(
    `${base}/:id`,
    { schema: { tags, summary: 'Delete a roadmap action', params: IdParams } },
    async (req, reply) => {
      await deleteAction(db, actorOf(req), ids(req).site, ids(req).id);
      return reply.code(204).send();
    },
  );

  const projection = '/api/v1/sites/:site/roadmap/projection';
  app.get(
    projection,
    {
      schema: {
        tags,
        summary: 'Projected SL-A per zone and conduit after each planned action, by quarter',
        params: SiteParam,
        querystring: AsOfQuery,
      },
    },
    async (req) => roadmapProjection(db, actorOf(req), siteOf(req), parseAsOf(qString(req.query as Query, 'asOf'))),
  );
  app.post(
    projection,
    {
      schema: {
        tags,
        summary: 'What-if: the projection for the ticked actions only, whatever their status (stores nothing)',
        params: SiteParam,
        querystring: AsOfQuery,
        body: WhatIfBody,
      },
    },
    async (req) =>
      whatIfProjection(db, actorOf(req), siteOf(req), req.body, parseAsOf(qString(req.query as Query, 'asOf'))),
  );
}
