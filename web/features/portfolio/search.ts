import { compact, oneOf, str, type Search } from '../../search.js';

/** Columns the portfolio table sorts by (fr1…fr7: the largest gap in that FR). */
export const PORTFOLIO_SORTS = ['name', 'zones', 'meeting', 'fr1', 'fr2', 'fr3', 'fr4', 'fr5', 'fr6', 'fr7'] as const;
export type PortfolioSort = (typeof PORTFOLIO_SORTS)[number];

/** Portfolio: the site-name filter and the sorted column, so a filtered view can be shared. */
export interface PortfolioSearch {
  q?: string;
  sort?: PortfolioSort;
  dir?: 'asc' | 'desc';
}
export const validatePortfolioSearch = (s: Search): PortfolioSearch =>
  compact({
    q: str(s, 'q'),
    sort: oneOf(s, 'sort', PORTFOLIO_SORTS),
    dir: oneOf(s, 'dir', ['asc', 'desc'] as const),
  });
