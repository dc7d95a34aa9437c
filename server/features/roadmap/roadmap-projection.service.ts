// The roadmap's projection (docs/roadmap.md): the site as stored and its actions, through the
// pure projection of core/iec62443/roadmap. Read-only, so the what-if is a POST only because the
// ticked ids travel in a body; it stores nothing and needs no more than site.read.
import Type from 'typebox';
import { projectRoadmap, projectWhatIf, type RoadmapProjection } from '../../../core/iec62443/roadmap/projection.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { notFound } from '../../errors.js';
import { validate } from '../../validation.js';
import { requirePermission } from '../access.js';
import { loadSite } from '../site-files/site-loader.js';
import { throwIfIssues } from '../site-refs.js';
import { actionFromRow } from './roadmap.mapper.js';
import { listActionRows } from './roadmap.repository.js';
import { roadmapAbilities } from './roadmap.service.js';

export type ProjectionView = RoadmapProjection & {
  site: string;
  /** The ticked action ids of a what-if, in the order given; null for the roadmap as planned. */
  whatIf: string[] | null;
  /** What the caller may do with the roadmap: `read`, and `update` / `delete` with roadmap.update. */
  abilities: string[];
};

export const WhatIfBody = Type.Object(
  {
    actions: Type.Array(Type.String({ maxLength: 200 }), {
      maxItems: 5000,
      description: 'ids of the actions to apply, whatever their status',
    }),
  },
  { additionalProperties: false },
);

async function siteAndActions(db: Db, siteId: string) {
  const [site, rows] = await Promise.all([loadSite(db.kysely, siteId), listActionRows(db.kysely, siteId)]);
  if (!site) throw notFound('site', siteId);
  return { site, actions: rows.map(actionFromRow) };
}

/** The roadmap as planned: every action neither done nor cancelled, in due-date order. */
export async function roadmapProjection(db: Db, actor: Actor, siteId: string, asOf: string): Promise<ProjectionView> {
  requirePermission(actor, 'site.read', siteId);
  const { site, actions } = await siteAndActions(db, siteId);
  return {
    site: siteId,
    whatIf: null,
    ...projectRoadmap(site, actions, asOf),
    abilities: roadmapAbilities(actor, siteId),
  };
}

/** What-if: the projection of the ticked actions only; an id that is not an action of the site → 400. */
export async function whatIfProjection(
  db: Db,
  actor: Actor,
  siteId: string,
  body: unknown,
  asOf: string,
): Promise<ProjectionView> {
  requirePermission(actor, 'site.read', siteId);
  const { actions: ticked } = await validate<{ actions: string[] }>(WhatIfBody, body);
  const { site, actions } = await siteAndActions(db, siteId);
  const known = new Set(actions.map((a) => a.id));
  throwIfIssues(
    ticked.flatMap((id, i) =>
      known.has(id) ? [] : [{ path: ['actions', i], message: `no roadmap action "${id}" in site "${siteId}"` }],
    ),
  );
  return {
    site: siteId,
    whatIf: ticked,
    ...projectWhatIf(site, actions, ticked, asOf),
    abilities: roadmapAbilities(actor, siteId),
  };
}
