// Which scenarios the register shows and in what order, from the URL's filters (search.ts). Pure,
// so the rules are unit-tested (register-filter.test.tsx).
import type { RiskView } from './risks-api.js';
import { DEFAULT_SORT, type AcceptanceFilter, type RiskSearch } from './search.js';

/** What remains after countermeasures (or before, without a residual rating) is what gets accepted. */
const remaining = (r: RiskView) => r.residualRisk ?? r.unmitigatedRisk;

/** Intolerable remaining risk without a valid acceptance: an approver must decide (ZCR 5/6). */
export const needsAcceptance = (r: RiskView): boolean =>
  remaining(r)?.tolerable === false && (!r.acceptance || r.acceptance.expired);

const ACCEPTANCE_TEST: Record<AcceptanceFilter, (r: RiskView) => boolean> = {
  accepted: (r) => r.acceptance !== null && !r.acceptance.expired,
  expired: (r) => r.acceptance?.expired === true,
  'needs-acceptance': needsAcceptance,
};

/**
 * The register's rows. `rankOf` orders risk level ids lowest first (the matrix's riskLevels);
 * sorting by a rating puts the highest first, unrated last, then by id, like the API's `sort`.
 */
export function registerRows(risks: RiskView[], search: RiskSearch, rankOf: (level: string) => number): RiskView[] {
  const sort = search.sort ?? DEFAULT_SORT;
  const rank = (r: RiskView) => {
    const rating = sort === '-residual' ? r.residualRisk : r.unmitigatedRisk;
    return rating ? rankOf(rating.level) : -1;
  };
  const byId = (a: RiskView, b: RiskView) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return risks
    .filter(
      (r) =>
        (!search.target || r.target.id === search.target) &&
        (!search.intolerable || r.unmitigatedRisk?.tolerable === false) &&
        (!search.acceptance || ACCEPTANCE_TEST[search.acceptance](r)),
    )
    .sort((a, b) => (sort === 'id' ? byId(a, b) : rank(b) - rank(a) || byId(a, b)));
}
