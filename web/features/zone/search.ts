import { RESULT_STATUSES } from '../../../core/schemas/vocabulary.js';
import { compact, int, oneOf, str, type Search } from '../../search.js';

/** Checklist status filter: a result status, no result yet, or blocking the zone's SL-T (DESIGN §3.5). */
export const STATUS_FILTERS = [...RESULT_STATUSES, 'unassessed', 'blocking'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** Zone page: the checklist filters and the requirement whose details are open. */
export interface ZoneSearch {
  fr?: number;
  status?: StatusFilter;
  q?: string;
  /** Also show requirements not required at the zone's SL-T. */
  all?: boolean;
  /** The requirement whose notes and evidence are open. */
  open?: string;
}

const bool = (s: Search, key: string): true | undefined =>
  s[key] === true || s[key] === 'true' || s[key] === '1' || s[key] === 1 ? true : undefined;

export const validateZoneSearch = (s: Search): ZoneSearch =>
  compact({
    fr: int(s, 'fr', 1, 7),
    status: oneOf(s, 'status', STATUS_FILTERS),
    q: str(s, 'q'),
    all: bool(s, 'all'),
    open: str(s, 'open'),
  });
