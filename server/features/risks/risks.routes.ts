// Thin routes over the threat scenarios (the risk register's data) and the SL-T recommendation
// (docs/api.md "Threat scenarios and SL-T recommendation").
import Type from 'typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ThreatScenario } from '../../../core/schemas/risk-scenario.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { PageParams, qBool, qInt, qString } from '../../http.js';
import { abilitiesOf } from '../access.js';
import {
  createRisk,
  deleteRisk,
  getRisk,
  listRisks,
  RISK_SORTS,
  ThreatScenarioPatch,
  updateRisk,
} from './risks.service.js';
import { AcceptBody, acceptRisk, withdrawAcceptance } from './risk-acceptance.service.js';
import { AdoptBody, adoptSltRecommendation, sltRecommendation, type TargetKind } from './slt-recommendation.service.js';

type Query = Record<string, unknown>;
const tags = ['risk'];
const SiteParam = Type.Object({ site: Type.String() });
const IdParams = Type.Object({ site: Type.String(), id: Type.String() });
const ids = (req: FastifyRequest) => req.params as { site: string; id: string };

export function registerRiskRoutes(app: FastifyInstance, db: Db, actorOf: (req: FastifyRequest) => Actor): void {
  const base = '/api/v1/sites/:site/risks';
  app.get(
    base,
    {
      schema: {
        tags,
        summary: "List the site's threat scenarios with their computed risk (the risk register)",
        params: SiteParam,
        querystring: Type.Object({
          ...PageParams,
          target: Type.Optional(Type.String({ description: 'zone or conduit id' })),
          tolerable: Type.Optional(Type.String({ description: 'true or false: unmitigated risk tolerable or not' })),
          level: Type.Optional(Type.String({ description: 'unmitigated risk level id, e.g. high' })),
          sort: Type.Optional(Type.String({ description: RISK_SORTS.join(', ') })),
        }),
      },
    },
    async (req) => {
      const q = req.query as Query;
      return listRisks(db, actorOf(req), (req.params as { site: string }).site, {
        limit: qInt(q, 'limit'),
        cursor: qString(q, 'cursor'),
        target: qString(q, 'target'),
        tolerable: qBool(q, 'tolerable'),
        level: qString(q, 'level'),
        sort: qString(q, 'sort'),
      });
    },
  );
  app.post(
    base,
    { schema: { tags, summary: 'Create a threat scenario', params: SiteParam, body: ThreatScenario } },
    async (req, reply) =>
      reply.code(201).send(await createRisk(db, actorOf(req), (req.params as { site: string }).site, req.body)),
  );
  app.get(`${base}/:id`, { schema: { tags, summary: 'Read a threat scenario', params: IdParams } }, async (req) =>
    getRisk(db, actorOf(req), ids(req).site, ids(req).id),
  );
  app.patch(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: 'Update a threat scenario (partial; null clears an optional field; the id never changes)',
        params: IdParams,
        body: ThreatScenarioPatch,
      },
    },
    async (req) => updateRisk(db, actorOf(req), ids(req).site, ids(req).id, req.body),
  );
  app.delete(
    `${base}/:id`,
    { schema: { tags, summary: 'Delete a threat scenario', params: IdParams } },
    async (req, reply) => {
      await deleteRisk(db, actorOf(req), ids(req).site, ids(req).id);
      return reply.code(204).send();
    },
  );
  app.post(
    `${base}/:id/accept`,
    {
      schema: {
        tags,
        summary: "Accept the scenario's intolerable risk until a date, with a rationale (approvers)",
        params: IdParams,
        body: AcceptBody,
      },
    },
    async (req) => acceptRisk(db, actorOf(req), ids(req).site, ids(req).id, req.body),
  );
  app.delete(
    `${base}/:id/accept`,
    { schema: { tags, summary: "Withdraw the acceptance of the scenario's risk", params: IdParams } },
    async (req) => withdrawAcceptance(db, actorOf(req), ids(req).site, ids(req).id),
  );

  for (const [kind, path] of [
    ['zone', 'zones'],
    ['conduit', 'conduits'],
  ] as [TargetKind, string][]) {
    app.get(
      `/api/v1/sites/:site/${path}/:id/slt-recommendation`,
      {
        schema: {
          tags,
          summary: `The SL-T recommended for the ${kind} from its threat scenarios, beside its current SL-T`,
          params: IdParams,
        },
      },
      async (req) => sltRecommendation(db, actorOf(req), ids(req).site, kind, ids(req).id),
    );
    app.post(
      `/api/v1/sites/:site/${path}/:id/slt-recommendation/adopt`,
      {
        schema: {
          tags,
          summary: `Set the ${kind}'s SL-T to the recommendation, with a rationale`,
          params: IdParams,
          body: AdoptBody,
        },
      },
      async (req) => {
        const actor = actorOf(req);
        const { site, id } = ids(req);
        return {
          ...(await adoptSltRecommendation(db, actor, site, kind, id, req.body)),
          abilities: abilitiesOf(actor, kind, site),
        };
      },
    );
  }
}
