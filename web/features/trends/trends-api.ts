// Queries of the SL history (docs/api.md "Progress over time"). Keys start with ['site', id] and
// ['portfolio'], so any change to a site refreshes them with its other views (invalidateSite).
import { queryOptions } from '@tanstack/react-query';
import type { PortfolioTrends, SiteTrends } from '../../../core/api/trends.js';
import { addDays, siteDay } from '../../../core/iec62443/trends.js';
import { api } from '../../api/client.js';
import { sitePath } from '../../api/queries.js';

export type { PortfolioTrends, ScopeTrend, SiteTrends } from '../../../core/api/trends.js';

/** The windows the panels offer, in days (the API answers at most 366). */
export const TREND_WINDOWS = [30, 90, 365] as const;
export type TrendWindow = (typeof TREND_WINDOWS)[number];

/**
 * The first day of a window ending today. The browser's UTC day is close enough: the server
 * ends each site's series at the site's own today.
 */
const fromOf = (days: TrendWindow): string => addDays(siteDay(null), -(days - 1));

export const siteTrendsQuery = (site: string, days: TrendWindow) =>
  queryOptions({
    queryKey: ['site', site, 'trends', days],
    queryFn: () => api<SiteTrends>(`${sitePath(site, 'trends')}?from=${fromOf(days)}`),
  });

export const portfolioTrendsQuery = (days: TrendWindow) =>
  queryOptions({
    queryKey: ['portfolio', 'trends', days],
    queryFn: () => api<PortfolioTrends>(`/api/v1/trends?from=${fromOf(days)}`),
  });
