// The organisation's advisory library (issue #10 item 4; docs/api.md "Advisories"): CSAF vendor
// advisories imported by org-admins, read by everyone signed in (GET /api/v1/advisories,
// /api/v1/advisories/{id}). Keys start ['advisories'] so an import refreshes every view of it.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, qs } from '../../api/client.js';

export interface AdvisorySummary {
  id: string;
  /** publisher namespace#tracking id: the identity across revisions. */
  key: string;
  trackingId: string;
  title: string;
  publisher: { name: string; namespace: string };
  initialReleaseDate: string | null;
  currentReleaseDate: string | null;
  version: string;
  status: string;
  cves: string[];
  maxCvssV3: number | null;
  maxCvssV4: number | null;
  productCount: number;
  vendors: string[];
  importedAt: string;
}

export interface AdvisoryList {
  items: AdvisorySummary[];
  total: number;
  limit: number;
  offset: number;
}

export interface Score {
  score: number;
  vector: string;
}

export interface AdvisoryDetail extends AdvisorySummary {
  category: string;
  publisherCategory: string;
  relatedIds: string[];
  sha256: string;
  source: string;
  importedBy: string | null;
  vulnerabilities: {
    cve: string | null;
    title: string | null;
    cwe: string | null;
    cvssV3: Score | null;
    cvssV4: Score | null;
    ssvc: string | null;
  }[];
  remediations: {
    cve: string | null;
    category: string;
    details: string;
    url: string | null;
    productIds: string[];
  }[];
  products: {
    productId: string;
    vendor: string | null;
    family: string | null;
    name: string | null;
    fullName: string;
    version: string | null;
    versionRange: string | null;
    modelNumbers: string[];
    relationship: { category: string; componentId: string; platformId: string } | null;
  }[];
}

export type ImportStatus = 'imported' | 'updated' | 'unchanged' | 'older' | 'rejected';

/** The answer to one upload (201 imported/updated, 200 unchanged/older; 422 is an ApiError). */
export interface ImportAnswer {
  source?: string;
  status: ImportStatus;
  trackingId?: string;
  advisoryId?: string;
  reason?: string;
}

export const PAGE_SIZE = 50;
export const advisoriesKey = ['advisories'] as const;

export const advisoriesQuery = (f: {
  q?: string | undefined;
  vendor?: string | undefined;
  page?: number | undefined;
}) =>
  queryOptions({
    queryKey: [...advisoriesKey, 'list', f.q ?? '', f.vendor ?? '', f.page ?? 0],
    queryFn: () =>
      api<AdvisoryList>(
        `/api/v1/advisories${qs({ q: f.q, vendor: f.vendor, limit: PAGE_SIZE, offset: (f.page ?? 0) * PAGE_SIZE || undefined })}`,
      ),
    // Typing in the search box keeps the last list on screen until the new one arrives.
    placeholderData: keepPreviousData,
  });

/** DELETE /api/v1/advisories/{id} (org-admins): the library forgets it; triage decisions stay keyed by its identity. */
export const deleteAdvisory = (id: string) =>
  api<void>(`/api/v1/advisories/${encodeURIComponent(id)}`, { method: 'DELETE' });

export const advisoryQuery = (id: string) =>
  queryOptions({
    queryKey: [...advisoriesKey, 'detail', id],
    queryFn: () => api<AdvisoryDetail>(`/api/v1/advisories/${encodeURIComponent(id)}`),
  });

/** The highest score to show: CVSS v3 when the advisory has one, else v4. */
export function maxScore(a: { maxCvssV3: number | null; maxCvssV4: number | null }): {
  score: number | null;
  version: '3' | '4' | null;
} {
  if (a.maxCvssV3 !== null) return { score: a.maxCvssV3, version: '3' };
  if (a.maxCvssV4 !== null) return { score: a.maxCvssV4, version: '4' };
  return { score: null, version: null };
}

/** CVSS qualitative rating (FIRST CVSS v3.1 §5). */
export function severityOf(score: number | null): 'critical' | 'high' | 'medium' | 'low' | 'none' | null {
  if (score === null) return null;
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'none';
}

export const REMEDIATION_LABEL: Record<string, string> = {
  vendor_fix: 'vendor fix',
  mitigation: 'mitigation',
  workaround: 'workaround',
  none_available: 'none available',
  no_fix_planned: 'no fix planned',
  fix_planned: 'fix planned',
  optional_patch: 'optional patch',
};

/** Categories that mean no fix will come: only compensating controls help. */
export const NO_FIX = new Set(['no_fix_planned', 'none_available']);
