// An action's effect on a whole site document: its requirements `implemented` in its scope, its
// retired controls gone. The projection does the same on one scope at a time; this whole-site form
// lets tests check the projection against `evaluateSite`, and is the benchmark's naive peer.
import type { RoadmapActionDoc } from '../../schemas/roadmap-action.js';
import type { SiteDoc } from '../../schemas/site-file.js';

export function applyActionToSite(site: SiteDoc, a: RoadmapActionDoc): SiteDoc {
  const assessments = [...(site.assessments ?? [])];
  if (a.satisfies && a.satisfies.length > 0) {
    const at = assessments.findIndex((x) => x.scope === a.scope);
    const results = { ...(assessments[at]?.results ?? {}) };
    for (const id of a.satisfies) results[id] = 'implemented';
    if (at >= 0) assessments[at] = { scope: a.scope, results };
    else assessments.push({ scope: a.scope, results });
  }
  const retired = new Set(a.retires ?? []);
  return {
    ...site,
    assessments,
    compensatingControls: (site.compensatingControls ?? []).filter((c) => !(c.scope === a.scope && retired.has(c.id))),
  };
}
