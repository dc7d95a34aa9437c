// Words for the drift queue: each rule's short name and what accepting a finding does to the
// approved zone & conduit model (the server does it; the dialog says it before the user agrees).
import type { FindingRule, FindingView, Severity } from './discovery-api.js';

export const RULE_LABEL: Record<FindingRule, string> = {
  'FLOW-NO-CONDUIT': 'Flow without conduit',
  'FLOW-NOT-IN-CHANNEL': 'Flow outside the conduit’s channels',
  'HOST-UNKNOWN': 'Host not in the inventory',
  'HOST-ZONE-MISMATCH': 'Asset in another zone’s subnet',
  'CLEARTEXT-CREDENTIALS': 'Clear-text credentials',
  'REMOTE-ACCESS-INTO-CONTROL': 'Remote access into control',
};

export const SEVERITY_BADGE: Record<Severity, string> = { high: 'badge danger', medium: 'badge warn', low: 'badge' };

/** Rules whose acceptance only acknowledges the observation (a reason is always required). */
export const ACKNOWLEDGE_ONLY: ReadonlySet<FindingRule> = new Set([
  'CLEARTEXT-CREDENTIALS',
  'REMOTE-ACCESS-INTO-CONTROL',
]);

const portText = (port: number | null | undefined) => (port === null || port === undefined ? '' : `/${port}`);

/** One sentence: what accepting this finding changes. */
export function acceptEffect(f: FindingView): string {
  const d = f.details;
  switch (f.rule) {
    case 'HOST-UNKNOWN':
      return 'Accepting adds the host to the asset inventory as a new asset (edit its name, type and zone below).';
    case 'HOST-ZONE-MISMATCH':
      return d.kind === 'host'
        ? `Accepting moves asset ${d.asset ?? '?'} from zone ${d.assetZone ?? '?'} to zone ${d.zone ?? '?'}, where its address was seen.`
        : 'Accepting moves the asset to the zone where its address was seen.';
    case 'FLOW-NO-CONDUIT':
      return d.kind === 'flow'
        ? `Accepting creates a conduit joining zones ${d.clientZone ?? '?'} and ${d.serverZone ?? '?'}, with a channel for ${d.protocol ?? d.transport}${portText(d.port)} from ${d.clientZone ?? '?'} to ${d.serverZone ?? '?'}.`
        : 'Accepting creates a conduit joining the two zones with a channel for the flow.';
    case 'FLOW-NOT-IN-CHANNEL':
      return d.kind === 'flow'
        ? `Accepting adds a channel for ${d.protocol ?? d.transport}${portText(d.port)} from ${d.clientZone ?? '?'} to ${d.serverZone ?? '?'} to conduit ${d.conduit ?? '?'}.`
        : 'Accepting adds a channel for the flow to the conduit.';
    case 'CLEARTEXT-CREDENTIALS':
    case 'REMOTE-ACCESS-INTO-CONTROL':
      return 'Accepting acknowledges the observation with your reason; the zone & conduit model is not changed.';
  }
}

/** Short form of an ISO timestamp in the browser's time zone: "2025-03-04 14:05". */
export function when(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
