// The REST shape every site-scoped resource shares (DESIGN §6):
// GET POST /sites/{site}/<resource>, GET PATCH DELETE /sites/{site}/<resource>/{id}.
import Type, { type TSchema } from 'typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../actor.js';
import type { Db } from '../db/connection.js';
import { PageParams, qBool, qInt, qString } from '../http.js';
import type { Page } from './pagination.js';
import { abilitiesOf } from './access.js';
import type { EntityKind } from '../../core/accounts/permissions.js';

type Query = Record<string, unknown>;

export interface CrudService<T> {
  list(db: Db, actor: Actor, site: string, query: Query & { limit?: number; cursor?: string }): Promise<Page<T>>;
  get(db: Db, actor: Actor, site: string, id: string): Promise<T>;
  create(db: Db, actor: Actor, site: string, body: unknown): Promise<T>;
  update(db: Db, actor: Actor, site: string, id: string, body: unknown): Promise<T>;
  remove(db: Db, actor: Actor, site: string, id: string, cascade: boolean): Promise<void>;
}

export interface CrudOptions<T> {
  /** URL segment, e.g. "zones". */
  path: string;
  /** Name in docs, e.g. "zone". */
  noun: string;
  /** The entity kind, for the caller's `abilities` on each entity. */
  kind: EntityKind;
  tag: string;
  create: TSchema;
  patch: TSchema;
  /** Extra list filters: name → description. */
  filters?: Record<string, string>;
  /** Reads the extra filters from the query string. */
  parseFilters?: (q: Query) => Query;
  service: CrudService<T>;
}

export function registerCrud<T>(
  app: FastifyInstance,
  db: Db,
  actorOf: (req: FastifyRequest) => Actor,
  o: CrudOptions<T>,
): void {
  const base = `/api/v1/sites/:site/${o.path}`;
  const siteParam = Type.Object({ site: Type.String() });
  const idParams = Type.Object({ site: Type.String(), id: Type.String() });
  const filterSchema = Object.fromEntries(
    Object.entries(o.filters ?? {}).map(([k, d]) => [k, Type.Optional(Type.String({ description: d }))]),
  );

  app.get(
    base,
    {
      schema: {
        tags: [o.tag],
        summary: `List the site's ${o.path}`,
        params: siteParam,
        querystring: Type.Object({ ...PageParams, ...filterSchema }),
      },
    },
    async (req) => {
      const { site } = req.params as { site: string };
      const q = req.query as Query;
      const query = { ...(o.parseFilters?.(q) ?? {}), limit: qInt(q, 'limit'), cursor: qString(q, 'cursor') };
      const actor = actorOf(req);
      const page = await o.service.list(db, actor, site, query);
      const abilities = abilitiesOf(actor, o.kind, site);
      return { ...page, items: page.items.map((item) => ({ ...item, abilities })) };
    },
  );

  app.post(
    base,
    { schema: { tags: [o.tag], summary: `Create a ${o.noun}`, params: siteParam, body: o.create } },
    async (req, reply) => {
      const { site } = req.params as { site: string };
      const actor = actorOf(req);
      const created = {
        ...(await o.service.create(db, actor, site, req.body)),
        abilities: abilitiesOf(actor, o.kind, site),
      };
      return reply.code(201).send(created);
    },
  );

  app.get(`${base}/:id`, { schema: { tags: [o.tag], summary: `Read a ${o.noun}`, params: idParams } }, async (req) => {
    const { site, id } = req.params as { site: string; id: string };
    const actor = actorOf(req);
    return { ...(await o.service.get(db, actor, site, id)), abilities: abilitiesOf(actor, o.kind, site) };
  });

  app.patch(
    `${base}/:id`,
    {
      schema: {
        tags: [o.tag],
        summary: `Update a ${o.noun} (partial; null clears an optional field; the id never changes)`,
        params: idParams,
        body: o.patch,
      },
    },
    async (req) => {
      const { site, id } = req.params as { site: string; id: string };
      const actor = actorOf(req);
      return {
        ...(await o.service.update(db, actor, site, id, req.body)),
        abilities: abilitiesOf(actor, o.kind, site),
      };
    },
  );

  app.delete(
    `${base}/:id`,
    {
      schema: {
        tags: [o.tag],
        summary: `Delete a ${o.noun}`,
        params: idParams,
        querystring: Type.Object({
          cascade: Type.Optional(Type.Boolean({ description: 'also remove what still refers to it' })),
        }),
      },
    },
    async (req, reply) => {
      const { site, id } = req.params as { site: string; id: string };
      await o.service.remove(db, actorOf(req), site, id, qBool(req.query as Query, 'cascade') ?? false);
      return reply.code(204).send();
    },
  );
}
