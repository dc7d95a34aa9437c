// Passive discovery (issue #9): analysis runs of packet captures, the drift queue of findings and
// the observed traffic between zones (GET …/discovery/runs, …/runs/{id}, …/findings,
// …/zone-traffic; POST …/findings/{id}/accept and …/reject). Keys start ['site', site,
// 'discovery'] so invalidateSite() refreshes the page after any change in the site.
import { queryOptions } from '@tanstack/react-query';
import { api, qs } from '../../api/client.js';
import { sitePath } from '../../api/queries.js';

export const FINDING_RULES = [
  'FLOW-NO-CONDUIT',
  'FLOW-NOT-IN-CHANNEL',
  'HOST-UNKNOWN',
  'HOST-ZONE-MISMATCH',
  'CLEARTEXT-CREDENTIALS',
  'REMOTE-ACCESS-INTO-CONTROL',
] as const;
export type FindingRule = (typeof FINDING_RULES)[number];
export const FINDING_STATUSES = ['open', 'accepted', 'rejected', 'all'] as const;
export type FindingStatusFilter = (typeof FINDING_STATUSES)[number];
export type Severity = 'high' | 'medium' | 'low';

export interface CaptureView {
  file: string;
  format: 'pcap' | 'pcapng' | null;
  compressed: boolean;
  linkTypes: number[];
  packets: number;
  bytes: number;
  first: string | null;
  last: string | null;
  skipped: number;
}

export interface RunSummary {
  hosts: number;
  devices: number;
  flows: number;
  identifiedFlows: number;
  matchedHosts: number;
  unknownHosts: number;
  findings: number;
  newFindings: number;
  /** The stored report was cut to its first rows (very large captures). */
  truncated?: boolean;
}

export interface RunView {
  id: string;
  site: string;
  createdAt: string;
  createdBy: string | null;
  createdByName: string | null;
  source: 'upload' | 'cli';
  captures: CaptureView[];
  summary: RunSummary;
}

export interface Identity {
  protocol: string;
  vendor?: string;
  product?: string;
  orderNumber?: string;
  firmware?: string;
  serial?: string;
  name?: string;
  applicationUri?: string;
  productUri?: string;
}

export interface HostRow {
  ip: string | null;
  mac: string | null;
  vendor: string | null;
  protocols: { protocol: string; role: string; port: number | null }[];
  identities: Identity[];
  packetsSent: number;
  packetsReceived: number;
  firstSeen: string;
  lastSeen: string;
  asset: string | null;
  matchedBy: 'mac' | 'ip' | 'identity' | null;
  zone: string | null;
  subnetZone: string | null;
}

export type FlowVerdict = 'allowed' | 'same-zone' | 'no-conduit' | 'not-in-channel' | 'unzoned';

export interface FlowRow {
  protocol: string | null;
  transport: 'tcp' | 'udp' | 'l2';
  client: string;
  server: string;
  port: number | null;
  packets: number;
  bytes: number;
  first: string;
  last: string;
  details: Record<string, unknown>;
  clientZone: string | null;
  serverZone: string | null;
  conduit: string | null;
  verdict: FlowVerdict;
}

export type RunDetail = RunView & { hosts: HostRow[]; flows: FlowRow[] };

/** What accepting a HOST-UNKNOWN finding would create; the dialog lets the user edit it. */
export interface ProposedAsset {
  name?: string;
  type?: string;
  zone?: string;
  vendor?: string;
  model?: string;
  firmware?: string;
  orderNumber?: string;
  serial?: string;
  ip?: string[];
  mac?: string[];
}

export interface FlowFindingDetails {
  kind: 'flow';
  clientZone: string | null;
  serverZone: string | null;
  conduit: string | null;
  protocol: string | null;
  transport: string;
  port: number | null;
  flows: { client: string; server: string; packets: number }[];
  packets: number;
  usernames?: string[];
}

export interface HostFindingDetails {
  kind: 'host';
  ip: string | null;
  mac: string | null;
  vendor: string | null;
  zone: string | null;
  asset: string | null;
  assetZone: string | null;
  protocols: string[];
  identities: Identity[];
  proposedAsset?: ProposedAsset;
}

export interface FindingView {
  id: string;
  site: string;
  rule: FindingRule;
  subject: string;
  severity: Severity;
  message: string;
  details: FlowFindingDetails | HostFindingDetails;
  status: 'open' | 'accepted' | 'rejected';
  firstSeen: string;
  lastSeen: string;
  occurrences: number;
  lastRunId: string | null;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  reason: string | null;
  changeRequestId: number | null;
  abilities: ('accept' | 'reject')[];
}

export interface AcceptAnswer {
  finding: FindingView;
  applied: 'model' | 'change-request' | 'acknowledged';
  changeRequestId?: number;
  entity?: { kind: 'asset' | 'conduit'; id: string };
}

export interface ZoneTraffic {
  from: string;
  to: string;
  conduit: string | null;
  verdict: 'allowed' | 'no-conduit' | 'not-in-channel';
  protocols: string[];
  packets: number;
  firstSeen: string;
  lastSeen: string;
}

export interface UploadAnswer {
  run: RunView;
  findings: { new: number; seen: number; open: number };
}

export const discoveryKey = (site: string) => ['site', site, 'discovery'] as const;

export const runsQuery = (site: string) =>
  queryOptions({
    queryKey: [...discoveryKey(site), 'runs'],
    queryFn: async () => (await api<{ items: RunView[] }>(sitePath(site, 'discovery', 'runs'))).items,
  });

export const runQuery = (site: string, run: string) =>
  queryOptions({
    queryKey: [...discoveryKey(site), 'run', run],
    queryFn: () => api<RunDetail>(sitePath(site, 'discovery', 'runs', run)),
    // A run never changes once stored.
    staleTime: Infinity,
  });

export const findingsQuery = (site: string, status: FindingStatusFilter, rule: FindingRule | undefined) =>
  queryOptions({
    queryKey: [...discoveryKey(site), 'findings', status, rule ?? null],
    queryFn: async () =>
      (await api<{ items: FindingView[] }>(`${sitePath(site, 'discovery', 'findings')}${qs({ status, rule })}`)).items,
  });

export const zoneTrafficQuery = (site: string) =>
  queryOptions({
    queryKey: [...discoveryKey(site), 'zone-traffic'],
    queryFn: async () => (await api<{ items: ZoneTraffic[] }>(sitePath(site, 'discovery', 'zone-traffic'))).items,
  });

export interface AcceptBody {
  reason?: string;
  asset?: { name?: string; type?: string; zone?: string };
}

/** The reason goes in the body (kept with the decision) and, on regulated sites, in the header too. */
export const acceptFinding = (site: string, id: string, body: AcceptBody, regulated: boolean) =>
  api<AcceptAnswer>(sitePath(site, 'discovery', 'findings', id, 'accept'), {
    method: 'POST',
    body,
    reason: regulated ? body.reason : undefined,
  });

export const rejectFinding = (site: string, id: string, reason: string, regulated: boolean) =>
  api<{ finding: FindingView }>(sitePath(site, 'discovery', 'findings', id, 'reject'), {
    method: 'POST',
    body: { reason },
    reason: regulated ? reason : undefined,
  });
