// Thin routes over the risk-assessment services (docs/api.md "Risk assessment").
import Type from 'typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { approveAssessment } from './risk-assessment-approval.service.js';
import { AssessmentApproveBody, AssessmentPatchBody } from './risk-assessment.schemas.js';
import { getApprovedVersion, getAssessment, patchAssessment } from './risk-assessment.service.js';

const SiteParam = Type.Object({ site: Type.String() });
const VersionQuery = Type.Object({ version: Type.Optional(Type.String({ description: 'an approved version' })) });
const tags = ['risk'];
const site = (req: FastifyRequest): string => (req.params as { site: string }).site;

export function registerRiskAssessmentRoutes(
  app: FastifyInstance,
  db: Db,
  actorOf: (req: FastifyRequest) => Actor,
): void {
  const url = '/api/v1/sites/:site/risk-assessment';
  app.get(
    url,
    {
      schema: {
        tags,
        summary: "The site's risk assessment (ZCR 1–7) with its computed parts and status, or ?version=N as approved",
        params: SiteParam,
        querystring: VersionQuery,
      },
    },
    async (req) => {
      const { version } = req.query as { version?: string };
      return version === undefined
        ? getAssessment(db, actorOf(req), site(req))
        : getApprovedVersion(db, actorOf(req), site(req), version);
    },
  );
  app.patch(
    url,
    {
      schema: {
        tags,
        summary: 'Change the risk assessment (a new version)',
        params: SiteParam,
        body: AssessmentPatchBody,
      },
    },
    async (req) => patchAssessment(db, actorOf(req), site(req), req.body),
  );
  app.post(
    `${url}/approve`,
    {
      schema: {
        tags,
        summary: 'Approve the current version with an electronic signature (ZCR 7)',
        params: SiteParam,
        body: AssessmentApproveBody,
      },
    },
    async (req) => approveAssessment(db, actorOf(req), site(req), req.body),
  );
}
