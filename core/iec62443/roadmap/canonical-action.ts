// The canonical form of a roadmap action: fixed key order, undefined keys dropped, each list's
// ids once in the order given and empty lists left out. Storage and API answers use it, so an
// unchanged action compares equal and records nothing.
import type { RoadmapActionDoc } from '../../schemas/roadmap-action.js';

function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const list = (ids: readonly string[] | undefined): string[] | undefined =>
  ids && ids.length > 0 ? [...new Set(ids)] : undefined;

export function canonicalAction(a: RoadmapActionDoc): RoadmapActionDoc {
  return compact({
    id: a.id,
    title: a.title,
    description: a.description,
    owner: a.owner,
    due: a.due,
    status: a.status,
    effortDays: a.effortDays,
    cost: a.cost,
    scope: a.scope,
    assets: list(a.assets),
    satisfies: list(a.satisfies),
    retires: list(a.retires),
  });
}
