import { oneOf, str, type Search } from '../../search.js';
import { FINDING_RULES, FINDING_STATUSES, type FindingRule, type FindingStatusFilter } from './discovery-api.js';

/** Discovery page: the drift queue's filters and the run opened below the runs table. */
export interface DiscoverySearch {
  /** Absent: open findings only (the queue's work list). */
  status?: FindingStatusFilter;
  rule?: FindingRule;
  /** The analysis run shown in detail. */
  run?: string;
}

const RUN_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * Unknown or malformed values are dropped, never an error. Every key is returned (undefined when
 * dropped) so the router's validated search replaces the raw one (see roadmap/search.ts).
 */
export const validateDiscoverySearch = (s: Search): DiscoverySearch => {
  const run = str(s, 'run');
  return {
    status: oneOf(s, 'status', FINDING_STATUSES),
    rule: oneOf(s, 'rule', FINDING_RULES),
    run: run !== undefined && RUN_ID.test(run) ? run : undefined,
  };
};
