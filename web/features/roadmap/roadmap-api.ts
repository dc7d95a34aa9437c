// The remediation roadmap (GET/POST /api/v1/sites/{site}/roadmap/actions, PATCH and DELETE
// …/actions/{id}, GET …/roadmap/projection and its what-if POST; docs/api.md). Keys start
// ['site', site, 'roadmap'] so invalidateSite() refreshes the page after any change in the site.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { RoadmapProjection } from '../../../core/iec62443/roadmap/projection.types.js';
import type { RoadmapActionDoc } from '../../../core/schemas/roadmap-action.js';
import { api, apiAll } from '../../api/client.js';
import { sitePath } from '../../api/queries.js';
import type { ActionPatch } from './action-form.js';

export type ActionView = RoadmapActionDoc & { site: string; abilities: string[] };

export type ProjectionView = RoadmapProjection & {
  site: string;
  /** The ticked ids of a what-if; null for the roadmap as planned. */
  whatIf: string[] | null;
  abilities: string[];
};

export const actionsQuery = (site: string) =>
  queryOptions({
    queryKey: ['site', site, 'roadmap', 'actions'],
    queryFn: () => apiAll<ActionView>(sitePath(site, 'roadmap', 'actions')),
  });

/** The roadmap as planned, or (with `ticked`) the what-if of exactly those actions. */
export const projectionQuery = (site: string, ticked?: readonly string[]) =>
  queryOptions({
    queryKey: ['site', site, 'roadmap', 'projection', ticked ? [...ticked].sort() : null],
    queryFn: () =>
      ticked
        ? api<ProjectionView>(sitePath(site, 'roadmap', 'projection'), { method: 'POST', body: { actions: ticked } })
        : api<ProjectionView>(sitePath(site, 'roadmap', 'projection')),
    // Ticking an action keeps the last projection on screen until the new one arrives.
    placeholderData: keepPreviousData,
  });

export const createAction = (site: string, body: RoadmapActionDoc, reason: string | undefined) =>
  api<ActionView>(sitePath(site, 'roadmap', 'actions'), { method: 'POST', body, reason });

/** PATCH …/actions/{id}: the changed fields, null clearing an optional one. */
export const updateAction = (site: string, id: string, patch: ActionPatch, reason: string | undefined) =>
  api<ActionView>(sitePath(site, 'roadmap', 'actions', id), { method: 'PATCH', body: patch, reason });

export const deleteAction = (site: string, id: string, reason: string | undefined) =>
  api<void>(sitePath(site, 'roadmap', 'actions', id), { method: 'DELETE', reason });
