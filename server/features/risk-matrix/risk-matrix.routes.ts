// Thin routes over the risk-matrix service (docs/api.md "Risk matrix").
import Type from 'typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { RiskMatrixSchema } from '../../../core/schemas/risk-matrix.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { deleteSiteMatrix, getOrgMatrix, getSiteMatrix, putOrgMatrix, putSiteMatrix } from './risk-matrix.service.js';

const SiteParam = Type.Object({ site: Type.String() });
const tags = ['risk'];
const site = (req: FastifyRequest): string => (req.params as { site: string }).site;

export function registerRiskMatrixRoutes(app: FastifyInstance, db: Db, actorOf: (req: FastifyRequest) => Actor): void {
  app.get(
    '/api/v1/risk-matrix',
    { schema: { tags, summary: "The organization's risk matrix, or the built-in default (source: 'default')" } },
    async (req) => getOrgMatrix(db, actorOf(req)),
  );
  app.put(
    '/api/v1/risk-matrix',
    { schema: { tags, summary: "Set the organization's risk matrix (org-admins)", body: RiskMatrixSchema } },
    async (req) => putOrgMatrix(db, actorOf(req), req.body),
  );
  app.get(
    '/api/v1/sites/:site/risk-matrix',
    {
      schema: {
        tags,
        summary: "The site's effective risk matrix (source: 'site', 'organization' or 'default')",
        params: SiteParam,
      },
    },
    async (req) => getSiteMatrix(db, actorOf(req), site(req)),
  );
  app.put(
    '/api/v1/sites/:site/risk-matrix',
    {
      schema: {
        tags,
        summary: "Set the site's own risk matrix (overrides the organization's)",
        params: SiteParam,
        body: RiskMatrixSchema,
      },
    },
    async (req) => putSiteMatrix(db, actorOf(req), site(req), req.body),
  );
  app.delete(
    '/api/v1/sites/:site/risk-matrix',
    {
      schema: {
        tags,
        summary: "Remove the site's own risk matrix (the organization's applies again)",
        params: SiteParam,
      },
    },
    async (req) => deleteSiteMatrix(db, actorOf(req), site(req)),
  );
}
