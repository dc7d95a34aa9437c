// Plain queries on roadmap_actions, taking `db | trx`; only services open transactions.
import type { RoadmapRefs } from '../../../core/iec62443/roadmap/check-action.js';
import type { RoadmapActionDoc } from '../../../core/schemas/roadmap-action.js';
import type { Queryable } from '../../db/batch.js';
import { existingAssets, scopeKind } from '../site-refs.js';
import type { ActionRow } from './roadmap.mapper.js';

export function listActionRows(
  db: Queryable,
  siteId: string,
  filter: { scope?: string | undefined; status?: string | undefined } = {},
): Promise<ActionRow[]> {
  let q = db.selectFrom('roadmap_actions').selectAll().where('site_id', '=', siteId).orderBy('id');
  if (filter.scope !== undefined) q = q.where('scope_id', '=', filter.scope);
  if (filter.status !== undefined) q = q.where('status', '=', filter.status);
  return q.execute();
}

export function findActionRow(db: Queryable, siteId: string, id: string): Promise<ActionRow | undefined> {
  return db
    .selectFrom('roadmap_actions')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * What an action names that exists in its site, in the shape `checkAction` checks against. Only
 * the named ids are looked up, so a large site costs no more.
 */
export async function actionRefs(db: Queryable, siteId: string, a: RoadmapActionDoc): Promise<RoadmapRefs> {
  const retires = a.retires ?? [];
  const [kind, assets, controls] = await Promise.all([
    scopeKind(db, siteId, a.scope),
    existingAssets(db, siteId, a.assets ?? []),
    retires.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom('compensating_controls')
          .select(['id', 'scope_id'])
          .where('site_id', '=', siteId)
          .where('id', 'in', [...retires])
          .execute(),
  ]);
  return { site: siteId, scopeKind: kind, controlScopes: new Map(controls.map((c) => [c.id, c.scope_id])), assets };
}

/** Ids of the site's actions on any of these zones or conduits (for delete checks). */
export async function actionsTargeting(db: Queryable, siteId: string, scopes: readonly string[]): Promise<string[]> {
  if (scopes.length === 0) return [];
  const rows = await db
    .selectFrom('roadmap_actions')
    .select('id')
    .where('site_id', '=', siteId)
    .where('scope_id', 'in', [...scopes])
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Deletes the actions on these zones or conduits (cascading deletes). */
export async function deleteActionsTargeting(db: Queryable, siteId: string, scopes: readonly string[]): Promise<void> {
  if (scopes.length === 0) return;
  await db
    .deleteFrom('roadmap_actions')
    .where('site_id', '=', siteId)
    .where('scope_id', 'in', [...scopes])
    .execute();
}

/**
 * Ids of the open (planned or in-progress) actions that retire this compensating control. Done
 * actions are left out: deleting the control is how their work ends. A roadmap holds hundreds of
 * actions, not millions: read them and look in the documents.
 */
export async function openActionsRetiring(db: Queryable, siteId: string, controlId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('roadmap_actions')
    .select(['id', 'doc'])
    .where('site_id', '=', siteId)
    .where('status', 'in', ['planned', 'in-progress'])
    .orderBy('id')
    .execute();
  return rows
    .filter((r) => ((JSON.parse(r.doc) as RoadmapActionDoc).retires ?? []).includes(controlId))
    .map((r) => r.id);
}

/** "roadmap actions (a-1, a-2, …)" for a 409; at most ten ids named. */
export const actionList = (ids: readonly string[]): string =>
  `roadmap actions (${ids.slice(0, 10).join(', ')}${ids.length > 10 ? `, and ${ids.length - 10} more` : ''})`;

/** The site's actions that name this asset (asset deletes check them). */
export async function actionsNamingAsset(db: Queryable, siteId: string, assetId: string): Promise<ActionRow[]> {
  const rows = await listActionRows(db, siteId);
  return rows.filter((r) => ((JSON.parse(r.doc) as RoadmapActionDoc).assets ?? []).includes(assetId));
}

/** Removes a deleted asset from the actions that named it (asset delete with cascade). */
export async function dropActionAsset(
  db: Queryable,
  siteId: string,
  rows: readonly ActionRow[],
  assetId: string,
  now: string,
): Promise<void> {
  for (const r of rows) {
    const doc = JSON.parse(r.doc) as RoadmapActionDoc;
    const assets = (doc.assets ?? []).filter((a) => a !== assetId);
    const next: RoadmapActionDoc = { ...doc, assets: assets.length > 0 ? assets : undefined };
    if (next.assets === undefined) delete next.assets;
    await db
      .updateTable('roadmap_actions')
      .set({ doc: JSON.stringify(next), updated_at: now })
      .where('site_id', '=', siteId)
      .where('id', '=', r.id)
      .execute();
  }
}
