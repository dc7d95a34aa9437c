import { ID_PATTERN } from '../../../core/schemas/vocabulary.js';
import { oneOf, str, type Search } from '../../search.js';
import { VERDICTS, type Verdict } from './vulnerabilities-api.js';

export const TRIAGE_FILTERS = ['now', 'next', 'never', 'untriaged'] as const;
export type TriageFilter = (typeof TRIAGE_FILTERS)[number];

/** A site's Vulnerabilities tab: the findings' filters, so every view is a shareable link. */
export interface VulnerabilitiesSearch {
  verdict?: Verdict;
  triage?: TriageFilter;
  /** A zone id, or "-" for assets in no zone. */
  zone?: string;
  /** Text in the asset, product, advisory, CVE or reason. */
  q?: string;
  /** Also list closed findings (firmware now past the fix). */
  closed?: boolean;
}

const ID = new RegExp(ID_PATTERN);
export const NO_ZONE = '-';

const bool = (s: Search, key: string): boolean | undefined => {
  const v = s[key];
  return v === true || v === 'true' || v === '1' ? true : undefined;
};

/**
 * Unknown or malformed values are dropped, never an error. Every key is returned (undefined when
 * dropped) so the router's validated search replaces the raw one (see roadmap/search.ts).
 */
export const validateVulnerabilitiesSearch = (s: Search): VulnerabilitiesSearch => {
  const zone = str(s, 'zone');
  return {
    verdict: oneOf(s, 'verdict', VERDICTS),
    triage: oneOf(s, 'triage', TRIAGE_FILTERS),
    zone: zone !== undefined && (zone === NO_ZONE || ID.test(zone)) ? zone : undefined,
    q: str(s, 'q')?.slice(0, 200),
    closed: bool(s, 'closed'),
  };
};

/** The portfolio's vulnerabilities page: the top findings filtered to one site. */
export interface PortfolioVulnerabilitiesSearch {
  site?: string;
}

export const validatePortfolioVulnerabilitiesSearch = (s: Search): PortfolioVulnerabilitiesSearch => {
  const site = str(s, 'site');
  return { site: site !== undefined && ID.test(site) ? site : undefined };
};
