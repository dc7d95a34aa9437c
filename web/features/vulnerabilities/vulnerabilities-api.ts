// Vendor advisories matched against a site's inventory (issue #10 item 4): the findings per asset
// and advisory with their priority and triage (GET /api/v1/sites/{site}/vulnerabilities, PUT
// …/vulnerabilities/triage), and the portfolio's counts and top findings (GET
// /api/v1/vulnerabilities). Site keys start ['site', site, 'vulnerabilities'] so invalidateSite()
// refreshes them after any change in the site (an asset's firmware closes or opens findings).
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { sitePath } from '../../api/queries.js';

export const VERDICTS = ['affected', 'review', 'not-affected'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const DECISIONS = ['now', 'next', 'never'] as const;
export type Decision = (typeof DECISIONS)[number];

export interface Triage {
  decision: Decision | null;
  owner: string | null;
  /** YYYY-MM-DD */
  due: string | null;
  note: string | null;
  compensatingControlId: string | null;
  roadmapActionId: string | null;
  updatedAt: string;
  updatedBy: string | null;
}

export interface Finding {
  assetId: string;
  assetName: string;
  vendor: string | null;
  model: string | null;
  orderNumber: string | null;
  firmware: string | null;
  legacy: boolean;
  zoneId: string | null;
  zoneName: string | null;
  /** The highest SL-T of the zone over FR 1–7. */
  zoneSlT: number | null;
  exposed: boolean;
  /** Enterprise, external or remote-access zones that reach the asset's zone through conduits. */
  exposedVia: string[];
  advisoryId: string;
  advisoryKey: string;
  trackingId: string;
  title: string;
  verdict: Verdict;
  /** closed: the firmware is now past the fix (the finding was triaged before). */
  status: 'open' | 'closed';
  cves: string[];
  maxCvssV3: number | null;
  maxCvssV4: number | null;
  /** Remediation categories (CSAF), e.g. vendor_fix, mitigation, no_fix_planned. */
  remediations: string[];
  fixAvailable: boolean;
  fixedIn: string[];
  reason: string;
  priority: number;
  priorityFactors: string[];
  triage: Triage | null;
}

export type TriageCounts = {
  affected: number;
  review: number;
  closed: number;
  now: number;
  next: number;
  never: number;
  untriaged: number;
};

export interface SiteVulnerabilities {
  advisoryCount: number;
  assetCount: number;
  counts: TriageCounts;
  /** By priority, highest first. */
  findings: Finding[];
}

export interface PortfolioSiteVulnerabilities extends TriageCounts {
  siteId: string;
  siteName: string;
  /** Affected findings with CVSS ≥ 9. */
  critical: number;
  /** Findings whose advisory has no fix (no_fix_planned / none_available). */
  noFix: number;
}

export type PortfolioFinding = Finding & { siteId: string; siteName: string };

export interface PortfolioVulnerabilities {
  sites: PortfolioSiteVulnerabilities[];
  /** The top 20 findings across the readable sites. */
  top: PortfolioFinding[];
}

export interface TriageBody {
  assetId: string;
  advisoryKey: string;
  decision: Decision | null;
  owner: string | null;
  due: string | null;
  note: string | null;
  compensatingControlId: string | null;
  roadmapActionId: string | null;
}

export const vulnerabilitiesKey = (site: string) => ['site', site, 'vulnerabilities'] as const;

export const siteVulnerabilitiesQuery = (site: string) =>
  queryOptions({
    queryKey: vulnerabilitiesKey(site),
    queryFn: () => api<SiteVulnerabilities>(sitePath(site, 'vulnerabilities')),
  });

export const portfolioVulnerabilitiesQuery = queryOptions({
  queryKey: ['vulnerabilities', 'portfolio'],
  queryFn: () => api<PortfolioVulnerabilities>('/api/v1/vulnerabilities'),
});

/** PUT …/vulnerabilities/triage; answers the finding's triage as stored. */
export const saveTriage = (site: string, body: TriageBody, reason: string | undefined) =>
  api<Triage>(sitePath(site, 'vulnerabilities', 'triage'), { method: 'PUT', body, reason });

/** A finding's identity within its site. */
export const findingKey = (f: { assetId: string; advisoryKey: string }): string => `${f.assetId}\u0000${f.advisoryKey}`;
