import Type from 'typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { qString } from '../../http.js';
import { parseAsOf } from '../evaluation/evaluation.service.js';
import { zoneChecklist } from './zone-checklist.service.js';
import { QualifyBody, qualifyComponent } from './zone-qualify.service.js';

const Params = Type.Object({ site: Type.String(), zone: Type.String() });

export function registerZoneAssessmentRoutes(
  app: FastifyInstance,
  db: Db,
  actorOf: (req: FastifyRequest) => Actor,
): void {
  app.get(
    '/api/v1/sites/:site/zones/:zone/requirements',
    {
      schema: {
        tags: ['evaluation'],
        summary: "The zone's 62443-3-3 checklist with results and covering controls",
        params: Params,
        querystring: Type.Object({ asOf: Type.Optional(Type.String()) }),
      },
    },
    async (req) => {
      const { site, zone } = req.params as { site: string; zone: string };
      return zoneChecklist(
        db,
        actorOf(req),
        site,
        zone,
        parseAsOf(qString(req.query as Record<string, unknown>, 'asOf')),
      );
    },
  );

  app.post(
    '/api/v1/sites/:site/zones/:zone/qualify',
    {
      schema: {
        tags: ['evaluation'],
        summary: "Would a candidate component meet the zone's SL-T? Per FR, with the 4-2 items that fall short",
        params: Params,
        body: QualifyBody,
      },
    },
    async (req) => {
      const { site, zone } = req.params as { site: string; zone: string };
      return qualifyComponent(db, actorOf(req), site, zone, req.body);
    },
  );
}
