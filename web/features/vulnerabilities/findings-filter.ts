// What the Vulnerabilities tab lists: the URL's filters over the API's findings (already in
// priority order), and the words for a finding's state. Pure, so it is tested without a browser.
import { NO_FIX } from '../advisories/advisories-api.js';
import type { Finding } from './vulnerabilities-api.js';
import { NO_ZONE, type VulnerabilitiesSearch } from './search.js';

const text = (f: Finding): string =>
  [
    f.assetId,
    f.assetName,
    f.vendor,
    f.model,
    f.orderNumber,
    f.firmware,
    f.zoneName,
    f.trackingId,
    f.title,
    f.reason,
    f.triage?.owner,
    f.triage?.note,
    ...f.cves,
  ]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();

export function filterFindings(findings: readonly Finding[], search: VulnerabilitiesSearch): Finding[] {
  const words = (search.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return findings.filter((f) => {
    if (f.status === 'closed' && !search.closed) return false;
    if (search.verdict && f.verdict !== search.verdict) return false;
    if (search.triage) {
      const decision = f.triage?.decision ?? null;
      if (search.triage === 'untriaged' ? decision !== null : decision !== search.triage) return false;
    }
    if (search.zone && (search.zone === NO_ZONE ? f.zoneId !== null : f.zoneId !== search.zone)) return false;
    if (words.length > 0) {
      const t = text(f);
      if (!words.every((w) => t.includes(w))) return false;
    }
    return true;
  });
}

/** The zones findings are in, for the zone filter (by name). */
export function zonesOf(findings: readonly Finding[]): { id: string; name: string }[] {
  const zones = new Map<string, string>();
  let none = false;
  for (const f of findings) {
    if (f.zoneId) zones.set(f.zoneId, f.zoneName ?? f.zoneId);
    else none = true;
  }
  const list = [...zones].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
  return none ? [...list, { id: NO_ZONE, name: 'no zone' }] : list;
}

export type StateChip = { label: string; className: string; title: string };

/** The verdict chip: affected red, review amber, not affected green, closed grey. */
export function stateChip(f: Pick<Finding, 'verdict' | 'status'>): StateChip {
  if (f.status === 'closed')
    return { label: 'closed', className: 'badge closed', title: 'The firmware is now past the fix' };
  switch (f.verdict) {
    case 'affected':
      return {
        label: 'affected',
        className: 'badge danger',
        title: 'The asset matches an affected product and version',
      };
    case 'review':
      return {
        label: 'review',
        className: 'badge warn',
        title: 'The product matches but the version could not be decided: check it',
      };
    case 'not-affected':
      return { label: 'not affected', className: 'badge ok', title: 'The asset’s version is not affected' };
  }
}

/** True when the vendor will not fix it: only compensating controls help. */
export const noFix = (f: Pick<Finding, 'remediations' | 'fixAvailable'>): boolean =>
  !f.fixAvailable && f.remediations.some((r) => NO_FIX.has(r));

/** Short form of an ISO timestamp: "2025-03-04 14:05" in the browser's time zone. */
export function when(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A due date in the past on an open finding decided "now" or "next". */
export const overdue = (f: Finding, today: string): boolean =>
  f.status === 'open' &&
  (f.triage?.decision === 'now' || f.triage?.decision === 'next') &&
  !!f.triage.due &&
  f.triage.due < today;
