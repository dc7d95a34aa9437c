import Type from 'typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { ApproveBody, approveControl } from './control-approval.service.js';

export function registerControlApprovalRoute(
  app: FastifyInstance,
  db: Db,
  actorOf: (req: FastifyRequest) => Actor,
): void {
  app.post(
    '/api/v1/sites/:site/compensating-controls/:id/approve',
    {
      schema: {
        tags: ['compensating controls'],
        summary: 'Approve a compensating control now (optionally setting its expiry)',
        params: Type.Object({ site: Type.String(), id: Type.String() }),
        body: ApproveBody,
      },
    },
    async (req) => {
      const { site, id } = req.params as { site: string; id: string };
      return approveControl(db, actorOf(req), site, id, req.body);
    },
  );
}
