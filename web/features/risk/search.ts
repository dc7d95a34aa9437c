import { ID_PATTERN } from '../../../core/schemas/vocabulary.js';
import { oneOf, str, type Search } from '../../search.js';

/**
 * Acceptance filter of the register (docs/risk.md#risk-acceptance): scenarios with a valid
 * acceptance, with a lapsed one, or whose remaining risk is intolerable and not (or no longer)
 * accepted, i.e. the ones an approver must still decide on (IEC 62443-3-2 ZCR 5/6).
 */
export const ACCEPTANCE_FILTERS = ['accepted', 'expired', 'needs-acceptance'] as const;
export type AcceptanceFilter = (typeof ACCEPTANCE_FILTERS)[number];

/** Register orders, named as the API's `sort` (docs/api.md): worst before treatment first is the default. */
export const REGISTER_SORTS = ['-unmitigated', '-residual', 'id'] as const;
export type RegisterSort = (typeof REGISTER_SORTS)[number];
export const DEFAULT_SORT: RegisterSort = '-unmitigated';

/** Risk page: the register's filters and order, so a filtered register is a shareable link. */
export interface RiskSearch {
  /** Only scenarios about this zone or conduit id. */
  target?: string;
  /** Only scenarios intolerable before treatment. */
  intolerable?: true;
  acceptance?: AcceptanceFilter;
  /** Absent: DEFAULT_SORT (kept out of the URL). */
  sort?: RegisterSort;
}

const ID = new RegExp(ID_PATTERN);

// The router parses `?intolerable=true` to a boolean; a hand-written link may say 1.
const bool = (s: Search, key: string): true | undefined =>
  s[key] === true || s[key] === 'true' || s[key] === '1' || s[key] === 1 ? true : undefined;

/**
 * Unknown or malformed values are dropped (the register then shows everything), never an error.
 * Every key is returned, undefined when dropped: the router lays the validated search over the
 * raw one, so a key left out would let the raw value (`?acceptance=maybe`) through to the page.
 */
export const validateRiskSearch = (s: Search): RiskSearch => {
  const target = str(s, 'target');
  const sort = oneOf(s, 'sort', REGISTER_SORTS);
  return {
    target: target !== undefined && ID.test(target) ? target : undefined,
    intolerable: bool(s, 'intolerable'),
    acceptance: oneOf(s, 'acceptance', ACCEPTANCE_FILTERS),
    sort: sort === DEFAULT_SORT ? undefined : sort,
  };
};
