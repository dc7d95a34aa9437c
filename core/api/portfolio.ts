// The answer of GET /api/v1/portfolio (DESIGN §6), shared by the server that builds it and the web
// app that shows it, so the two cannot drift.

export interface WorstZone {
  site: string;
  id: string;
  /** The zone's name, so a list of worst zones reads without another request. */
  name: string;
  totalGap: number;
  gap: number[];
}

export interface SitePortfolio {
  id: string;
  name: string;
  regulated: boolean;
  zones: number;
  /** Zones with an SL-T and a gap of 0 in every FR. */
  zonesMeetingTarget: number;
  fr: { fr: number; zonesWithGap: number; maxGap: number }[];
  worstZones: WorstZone[];
}

export interface Portfolio {
  asOf: string;
  sites: SitePortfolio[];
  worstZones: WorstZone[];
}
