// Thin routes over advisories matched against sites (docs/api.md "Vulnerabilities").
import Type from 'typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { setTriage } from './triage.service.js';
import { portfolioVulnerabilities, siteVulnerabilities } from './vulnerabilities.service.js';
import { PortfolioVulnerabilities, SiteVulnerabilities, Triage, TriageBody } from './vulnerabilities.views.js';

const tags = ['vulnerabilities'];
const SiteParam = Type.Object({ site: Type.String() });
const siteOf = (req: FastifyRequest) => (req.params as { site: string }).site;

export function registerVulnerabilityRoutes(
  app: FastifyInstance,
  db: Db,
  actorOf: (req: FastifyRequest) => Actor,
): void {
  app.get(
    '/api/v1/sites/:site/vulnerabilities',
    {
      schema: {
        tags,
        summary:
          "Advisories matched against the site's assets, most urgent first (affected and review; closed when triaged before)",
        params: SiteParam,
        response: { 200: SiteVulnerabilities },
      },
    },
    (req) => siteVulnerabilities(db, actorOf(req), siteOf(req)),
  );
  app.put(
    '/api/v1/sites/:site/vulnerabilities/triage',
    {
      schema: {
        tags,
        summary: 'Now / Next / Never for one advisory on one asset, with owner, due date and links',
        params: SiteParam,
        body: TriageBody,
        response: { 200: Triage },
      },
    },
    (req) => setTriage(db, actorOf(req), siteOf(req), req.body),
  );
  app.get(
    '/api/v1/vulnerabilities',
    {
      schema: {
        tags,
        summary: 'Per readable site: findings by verdict and triage; the most urgent findings across sites',
        response: { 200: PortfolioVulnerabilities },
      },
    },
    (req) => portfolioVulnerabilities(db, actorOf(req)),
  );
}
