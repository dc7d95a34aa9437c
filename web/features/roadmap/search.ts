import { ACTION_STATUSES, type ActionStatus } from '../../../core/schemas/roadmap-action.js';
import { ID_PATTERN } from '../../../core/schemas/vocabulary.js';
import { oneOf, str, type Search } from '../../search.js';

/** Roadmap page: the action list's filters and the what-if selection, so either is a shareable link. */
export interface RoadmapSearch {
  /** Only actions on this zone or conduit (and only its row in the projection). */
  scope?: string;
  status?: ActionStatus;
  /** What-if mode with these actions ticked; absent: the roadmap as planned. */
  whatIf?: string[];
}

const ID = new RegExp(ID_PATTERN);
const MAX_TICKED = 500;

/** The router parses `?whatIf=["a","b"]` to an array; a hand-written link may say `a,b`. */
function ticked(s: Search): string[] | undefined {
  const v = s.whatIf;
  const list = Array.isArray(v) ? v : typeof v === 'string' ? (v === '' ? [] : v.split(',')) : undefined;
  if (!list) return undefined;
  const ids = list.filter((x): x is string => typeof x === 'string' && ID.test(x));
  return [...new Set(ids)].slice(0, MAX_TICKED);
}

/**
 * Unknown or malformed values are dropped (the page then shows everything), never an error.
 * Every key is returned, undefined when dropped: the router lays the validated search over the
 * raw one, so a key left out would let the raw value (`?status=maybe`) through to the page.
 */
export const validateRoadmapSearch = (s: Search): RoadmapSearch => {
  const scope = str(s, 'scope');
  return {
    scope: scope !== undefined && ID.test(scope) ? scope : undefined,
    status: oneOf(s, 'status', ACTION_STATUSES),
    whatIf: ticked(s),
  };
};
