// Change requests and the change-control setting (docs/api.md "Baselines and change requests").
import Type, { type TSchema } from 'typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ChangeRequestCreate, ChangeRequestPatch } from '../../../core/schemas/change-request.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { qString } from '../../http.js';
import { ChangeControlBody, getChangeControl, putChangeControl } from './change-control.settings.js';
import {
  ApproveBody,
  applyChangeRequest,
  approveChangeRequest,
  RejectBody,
  rejectChangeRequest,
} from './change-request-review.service.js';
import {
  changeRequestId,
  createChangeRequest,
  getChangeRequest,
  listChangeRequests,
  rebaseChangeRequest,
  updateChangeRequest,
  withdrawChangeRequest,
} from './change-requests.service.js';

const tags = ['change control'];
const SiteParam = Type.Object({ site: Type.String() });
const IdParams = Type.Object({ site: Type.String(), id: Type.String() });
const ids = (req: FastifyRequest) => {
  const p = req.params as { site: string; id: string };
  return { site: p.site, id: changeRequestId(p.id) };
};

export function registerChangeRequestRoutes(
  app: FastifyInstance,
  db: Db,
  actorOf: (req: FastifyRequest) => Actor,
): void {
  const base = '/api/v1/sites/:site/change-requests';
  app.get(
    '/api/v1/sites/:site/change-control',
    { schema: { tags, summary: "The site's change-control setting", params: SiteParam } },
    async (req) => getChangeControl(db, actorOf(req), (req.params as { site: string }).site),
  );
  app.put(
    '/api/v1/sites/:site/change-control',
    {
      schema: {
        tags,
        summary: 'Turn change control on or off (reason on regulated sites)',
        params: SiteParam,
        body: ChangeControlBody,
      },
    },
    async (req) => putChangeControl(db, actorOf(req), (req.params as { site: string }).site, req.body),
  );
  app.get(
    base,
    {
      schema: {
        tags,
        summary: "The site's change requests, newest first",
        params: SiteParam,
        querystring: Type.Object({ status: Type.Optional(Type.String()) }),
      },
    },
    async (req) =>
      listChangeRequests(
        db,
        actorOf(req),
        (req.params as { site: string }).site,
        qString(req.query as Record<string, unknown>, 'status'),
      ),
  );
  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Propose a change (emergency: apply at once, approve later)',
        params: SiteParam,
        body: ChangeRequestCreate,
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await createChangeRequest(db, actorOf(req), (req.params as { site: string }).site, req.body)),
  );
  app.get(`${base}/:id`, { schema: { tags, summary: 'One change request', params: IdParams } }, async (req) => {
    const { site, id } = ids(req);
    return getChangeRequest(db, actorOf(req), site, id);
  });
  app.patch(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: 'Edit an open change request (author only)',
        params: IdParams,
        body: ChangeRequestPatch,
      },
    },
    async (req) => {
      const { site, id } = ids(req);
      return updateChangeRequest(db, actorOf(req), site, id, req.body);
    },
  );
  const action = (
    name: string,
    summary: string,
    run: (actor: Actor, site: string, id: number, body: unknown) => Promise<unknown>,
    body?: TSchema,
  ) =>
    app.post(
      `${base}/:id/${name}`,
      { schema: { tags, summary, params: IdParams, ...(body ? { body } : {}) } },
      async (req) => {
        const { site, id } = ids(req);
        return run(actorOf(req), site, id, req.body);
      },
    );
  action(
    'approve',
    'Approve with an e-signature (not the author)',
    (a, s, i, b) => approveChangeRequest(db, a, s, i, b),
    ApproveBody,
  );
  action(
    'reject',
    'Reject with a reason (not the author)',
    (a, s, i, b) => rejectChangeRequest(db, a, s, i, b),
    RejectBody,
  );
  action('apply', 'Apply an approved change request atomically (takes a baseline)', (a, s, i) =>
    applyChangeRequest(db, a, s, i),
  );
  action('rebase', 'Re-base a stale proposal on the site as it is now (voids its approval)', (a, s, i) =>
    rebaseChangeRequest(db, a, s, i),
  );
  action('withdraw', 'Withdraw an open or approved change request', (a, s, i) => withdrawChangeRequest(db, a, s, i));
}
