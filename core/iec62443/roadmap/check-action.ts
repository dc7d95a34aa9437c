// The checks on a roadmap action that its schema (core/schemas/roadmap-action.ts) cannot express:
// a real due date, a scope that is a zone or conduit of the site, requirement ids that exist in
// IEC 62443-3-3, compensating controls that exist on that same scope, assets that exist.
import type { RoadmapActionDoc } from '../../schemas/roadmap-action.js';
import type { SiteDoc } from '../../schemas/site-file.js';
import type { Issue } from '../../sitefile/issue.js';
import { requirement33 } from '../catalog.js';
import { isValidDate } from '../dates.js';

/** What the action names that exists in its site. Only the named ids need to be looked up. */
export interface RoadmapRefs {
  site: string;
  /** Whether the action's scope is a zone or a conduit of the site; null when neither. */
  scopeKind: 'zone' | 'conduit' | null;
  /** The scope (zone or conduit id) of each named compensating control that exists in the site. */
  controlScopes: ReadonlyMap<string, string>;
  /** The named assets that exist in the site. */
  assets: ReadonlySet<string>;
}

/** The refs of an action in a whole site document (the CLI, tests; the server queries instead). */
export function refsInSite(site: SiteDoc, action: RoadmapActionDoc): RoadmapRefs {
  const zone = (site.zones ?? []).some((z) => z.id === action.scope);
  const conduit = !zone && (site.conduits ?? []).some((c) => c.id === action.scope);
  return {
    site: site.id,
    scopeKind: zone ? 'zone' : conduit ? 'conduit' : null,
    controlScopes: new Map((site.compensatingControls ?? []).map((c) => [c.id, c.scope])),
    assets: new Set((site.assets ?? []).map((a) => a.id)),
  };
}

/**
 * Every problem with a schema-valid action, each at its path (`satisfies[2]`); empty when none.
 * With `before` (an edit of a stored action on the same scope), the controls and assets it already
 * named are not checked again: a done action keeps naming the control its work retired, and an
 * asset deleted since must not make every later edit of the action fail.
 *
 * @example
 * checkAction({ id: 'a', title: 'MFA', status: 'planned', scope: 'z', satisfies: ['SR 99.1'] },
 *   { site: 'plant', scopeKind: 'zone', controlScopes: new Map(), assets: new Set() })
 * // [{ path: ['satisfies', 0], message: '"SR 99.1" is not an IEC 62443-3-3 requirement id …' }]
 */
export function checkAction(a: RoadmapActionDoc, refs: RoadmapRefs, before?: RoadmapActionDoc): Issue[] {
  const issues: Issue[] = [];
  const kept = (list: 'retires' | 'assets', id: string): boolean =>
    before !== undefined && before.scope === a.scope && (before[list] ?? []).includes(id);
  if (a.due !== undefined && !isValidDate(a.due))
    issues.push({ path: ['due'], message: `"${a.due}" is not a calendar date` });
  if (refs.scopeKind === null)
    issues.push({ path: ['scope'], message: `"${a.scope}" is not a zone or conduit of site "${refs.site}"` });
  (a.satisfies ?? []).forEach((id, i) => {
    // The projection sets these results in the scope's 3-3 assessment, so only SR/RE ids count.
    if (!requirement33(id))
      issues.push({
        path: ['satisfies', i],
        message: `"${id}" is not an IEC 62443-3-3 requirement id (e.g. "SR 1.1" or "SR 1.1 RE 1")`,
      });
  });
  (a.retires ?? []).forEach((id, i) => {
    if (kept('retires', id)) return;
    const scope = refs.controlScopes.get(id);
    if (scope === undefined)
      issues.push({
        path: ['retires', i],
        message: `compensating control "${id}" does not exist in site "${refs.site}"`,
      });
    else if (scope !== a.scope)
      issues.push({
        path: ['retires', i],
        message: `compensating control "${id}" stands in for requirements of "${scope}", not of "${a.scope}"`,
      });
  });
  (a.assets ?? []).forEach((id, i) => {
    if (!kept('assets', id) && !refs.assets.has(id))
      issues.push({ path: ['assets', i], message: `asset "${id}" does not exist in site "${refs.site}"` });
  });
  return issues;
}
