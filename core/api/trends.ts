// The answers of GET /api/v1/sites/{site}/trends and GET /api/v1/trends (issue #7 item 4, progress
// over time), shared by the server that builds them and the web app that draws them.

/** One day of one zone or conduit: its SL-T and SL-A on that day. */
export interface TrendPoint {
  day: string;
  slTarget: number[] | null;
  slAchieved: number[];
  /** No recording that day (the server was not running): the last recorded values carried over. */
  carried: boolean;
}

export interface ScopeTrend {
  id: string;
  kind: 'zone' | 'conduit';
  /** The current name; null for a zone or conduit deleted since. */
  name: string | null;
  /** Only the days on which the zone or conduit existed (no points before its first record). */
  points: TrendPoint[];
}

export interface SiteTrends {
  site: string;
  /** The IANA time zone whose calendar days the history uses ("UTC" when the site sets none). */
  timezone: string;
  from: string;
  /** Never after the site's today. */
  to: string;
  scopes: ScopeTrend[];
}

/** One day of a site (or the estate): how its zones stand against their SL-T. */
export interface PortfolioTrendPoint {
  day: string;
  zones: number;
  /** Zones with an SL-T and a gap of 0 in every FR (as in the portfolio). */
  zonesMeetingTarget: number;
  /** zonesMeetingTarget / zones. */
  share: number;
  /** The mean over the zones of the total gap (FR 1–7 summed; 0 for a zone without SL-T). */
  meanGap: number;
}

export interface SiteTrendSummary {
  id: string;
  name: string;
  points: PortfolioTrendPoint[];
}

export interface PortfolioTrends {
  from: string;
  to: string;
  sites: SiteTrendSummary[];
  /** Every listed site together, zone-weighted. */
  estate: PortfolioTrendPoint[];
}
