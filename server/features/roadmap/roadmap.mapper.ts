// Rows ↔ roadmap action documents. The document is stored whole (JSON) in canonical form; the
// columns lists filter on and deletes check (scope, status, due) are copies of its fields.
import type { Selectable } from 'kysely';
import { canonicalAction } from '../../../core/iec62443/roadmap/canonical-action.js';
import type { ActionStatus, RoadmapActionDoc } from '../../../core/schemas/roadmap-action.js';
import type { RoadmapActionsTable } from '../../db/schema.js';

export type ActionRow = Selectable<RoadmapActionsTable>;

export function actionFromRow(r: ActionRow): RoadmapActionDoc {
  const doc = JSON.parse(r.doc) as RoadmapActionDoc;
  // The columns are the truth for the key and what the queries use.
  return canonicalAction({
    ...doc,
    id: r.id,
    scope: r.scope_id,
    status: r.status as ActionStatus,
    due: r.due ?? undefined,
  });
}

export function actionToRow(siteId: string, a: RoadmapActionDoc, now: string): Omit<RoadmapActionsTable, 'created_at'> {
  return {
    site_id: siteId,
    id: a.id,
    scope_id: a.scope,
    status: a.status,
    due: a.due ?? null,
    doc: JSON.stringify(canonicalAction(a)),
    updated_at: now,
  };
}
