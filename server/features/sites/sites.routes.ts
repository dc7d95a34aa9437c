import Type from 'typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SiteCreate, SitePatch } from '../../../core/schemas/site-file.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { PageParams, qBool, qInt, qString } from '../../http.js';
import { abilitiesOf } from '../access.js';
import * as sites from './sites.service.js';

type Query = Record<string, unknown>;
const SiteParam = Type.Object({ site: Type.String() });

export function registerSiteRoutes(app: FastifyInstance, db: Db, actorOf: (req: FastifyRequest) => Actor): void {
  app.get(
    '/api/v1/sites',
    { schema: { tags: ['sites'], summary: 'List sites', querystring: Type.Object(PageParams) } },
    async (req) => {
      const q = req.query as Query;
      const actor = actorOf(req);
      const page = await sites.listSites(db, actor, { limit: qInt(q, 'limit'), cursor: qString(q, 'cursor') });
      return { ...page, items: page.items.map((s) => ({ ...s, abilities: abilitiesOf(actor, 'site', s.id) })) };
    },
  );
  app.post(
    '/api/v1/sites',
    { schema: { tags: ['sites'], summary: 'Create a site', body: SiteCreate } },
    async (req, reply) => {
      const actor = actorOf(req);
      const site = await sites.createSite(db, actor, req.body);
      return reply.code(201).send({ ...site, abilities: abilitiesOf(actor, 'site', site.id) });
    },
  );
  app.get(
    '/api/v1/sites/:site',
    { schema: { tags: ['sites'], summary: 'Read a site with entity counts', params: SiteParam } },
    async (req) => {
      const actor = actorOf(req);
      const { site } = req.params as { site: string };
      return { ...(await sites.getSite(db, actor, site)), abilities: abilitiesOf(actor, 'site', site) };
    },
  );
  app.patch(
    '/api/v1/sites/:site',
    { schema: { tags: ['sites'], summary: 'Update a site (partial)', params: SiteParam, body: SitePatch } },
    async (req) => {
      const actor = actorOf(req);
      const { site } = req.params as { site: string };
      return { ...(await sites.updateSite(db, actor, site, req.body)), abilities: abilitiesOf(actor, 'site', site) };
    },
  );
  app.delete(
    '/api/v1/sites/:site',
    {
      schema: {
        tags: ['sites'],
        summary: 'Delete a site (?cascade=true when it still has content)',
        params: SiteParam,
        querystring: Type.Object({ cascade: Type.Optional(Type.Boolean()) }),
      },
    },
    async (req, reply) => {
      await sites.deleteSite(
        db,
        actorOf(req),
        (req.params as { site: string }).site,
        qBool(req.query as Query, 'cascade') ?? false,
      );
      return reply.code(204).send();
    },
  );
}
