import { int, str, type Search } from '../../search.js';

/** Advisories page: the list's search and vendor filter, its page, and the advisory opened in detail. */
export interface AdvisoriesSearch {
  /** Text in the tracking id, title, CVEs or publisher. */
  q?: string;
  /** Text in a product vendor. */
  vendor?: string;
  /** 0-based page of the list. */
  page?: number;
  /** The advisory shown in detail (its id). */
  advisory?: string;
}

const ID = /^[A-Za-z0-9._:#@/+-]{1,200}$/;

/**
 * Unknown or malformed values are dropped, never an error. Every key is returned (undefined when
 * dropped) so the router's validated search replaces the raw one (see roadmap/search.ts).
 */
export const validateAdvisoriesSearch = (s: Search): AdvisoriesSearch => {
  const advisory = str(s, 'advisory');
  const page = int(s, 'page', 0, 100_000);
  return {
    q: str(s, 'q')?.slice(0, 200),
    vendor: str(s, 'vendor')?.slice(0, 200),
    page: page === 0 ? undefined : page,
    advisory: advisory !== undefined && ID.test(advisory) ? advisory : undefined,
  };
};
