// Drift findings (issue #9 item 4): what the capture shows that the approved model does not say.
// Each finding has a stable rule id and a subject that stays the same when the same drift is seen
// again, so re-running a capture updates the queue instead of growing it.
import type { AssetDoc } from '../schemas/site-file.js';
import type { FlowMatch, HostMatch, SiteMatch, SiteModel } from './site-match.js';
import type { DiscoveryReport, FlowReport, HostReport, Identity, ProtocolId } from './types.js';

export const FINDING_RULES = [
  'FLOW-NO-CONDUIT',
  'FLOW-NOT-IN-CHANNEL',
  'HOST-UNKNOWN',
  'HOST-ZONE-MISMATCH',
  'CLEARTEXT-CREDENTIALS',
  'REMOTE-ACCESS-INTO-CONTROL',
] as const;
export type FindingRule = (typeof FINDING_RULES)[number];
export type Severity = 'high' | 'medium' | 'low';

export interface FlowRef {
  client: string;
  server: string;
  packets: number;
}

export interface Finding {
  rule: FindingRule;
  subject: string;
  severity: Severity;
  message: string;
  first: string;
  last: string;
  details: FindingDetails;
}

export type FindingDetails =
  | {
      kind: 'flow';
      clientZone: string | null;
      serverZone: string | null;
      conduit: string | null;
      protocol: ProtocolId | null;
      transport: FlowReport['transport'];
      port: number | null;
      /** Host pairs behind the finding (at most 20), largest first. */
      flows: FlowRef[];
      packets: number;
      usernames?: string[];
    }
  | {
      kind: 'host';
      ip: string | null;
      mac: string | null;
      vendor: string | null;
      zone: string | null;
      /** The zone whose subnet holds the IP (HOST-ZONE-MISMATCH moves the asset there). */
      subnetZone: string | null;
      asset: string | null;
      assetZone: string | null;
      protocols: string[];
      identities: Identity[];
      /** What accepting the finding would create (HOST-UNKNOWN) — editable before accepting. */
      proposedAsset?: Partial<AssetDoc>;
    };

/** IEC 62443-3-2 zone kinds where interactive remote access from outside needs a designed path. */
const CONTROL_KINDS = new Set(['control', 'safety', 'field']);
const REMOTE_ACCESS: ReadonlySet<string> = new Set(['rdp', 'vnc', 'telnet']);
const MAX_FLOW_REFS = 20;

function proposedAsset(h: HostReport, zone: string | null): Partial<AssetDoc> {
  const identity = h.identities.find((i) => i.product || i.orderNumber || i.serial) ?? h.identities[0];
  const name = identity?.name ?? identity?.product ?? h.ip ?? h.mac ?? 'unknown host';
  const servesIcs = h.protocols.some((p) => p.role === 'server' || p.role === 'outstation');
  return {
    name: name.slice(0, 200),
    type: servesIcs ? 'plc' : 'other',
    ...(zone ? { zone } : {}),
    ...(identity?.vendor || h.vendor ? { vendor: (identity?.vendor ?? h.vendor)!.slice(0, 200) } : {}),
    ...(identity?.product ? { model: identity.product.slice(0, 200) } : {}),
    ...(identity?.firmware ? { firmware: identity.firmware.slice(0, 100) } : {}),
    ...(identity?.orderNumber ? { orderNumber: identity.orderNumber.slice(0, 100) } : {}),
    ...(identity?.serial ? { serial: identity.serial.slice(0, 100) } : {}),
    ...(h.ip ? { ip: [h.ip] } : {}),
    ...(h.mac ? { mac: [h.mac] } : {}),
  };
}

function hostFindings(report: DiscoveryReport, hosts: readonly HostMatch[], model: SiteModel): Finding[] {
  const out: Finding[] = [];
  const assetZone = new Map(model.assets.map((a) => [a.id, a.zone ?? null]));
  report.hosts.forEach((h, i) => {
    const m = hosts[i]!;
    const base = {
      kind: 'host' as const,
      ip: h.ip,
      mac: h.mac,
      vendor: h.vendor,
      zone: m.zone,
      subnetZone: m.subnetZone,
      asset: m.asset,
      assetZone: m.asset ? (assetZone.get(m.asset) ?? null) : null,
      protocols: [...new Set(h.protocols.map((p) => `${p.protocol}/${p.role}`))],
      identities: h.identities,
    };
    const who = h.ip ?? h.mac ?? '?';
    if (m.asset === null) {
      // A destination that never answered may be a typo or a scan target, not a device.
      if (h.packetsSent === 0) return;
      out.push({
        rule: 'HOST-UNKNOWN',
        subject: `HOST-UNKNOWN|${h.ip ?? ''}|${h.ip ? '' : (h.mac ?? '')}`,
        severity: m.zone ? 'medium' : 'low',
        message: `${who}${h.vendor ? ` (${h.vendor})` : ''} is not in the asset inventory${m.zone ? `; its address is in zone ${m.zone}` : ''}`,
        first: h.firstSeen,
        last: h.lastSeen,
        details: { ...base, proposedAsset: proposedAsset(h, m.zone) },
      });
      return;
    }
    if (m.subnetZone !== null && base.assetZone !== null && m.subnetZone !== base.assetZone) {
      out.push({
        rule: 'HOST-ZONE-MISMATCH',
        subject: `HOST-ZONE-MISMATCH|${m.asset}|${m.subnetZone}`,
        severity: 'medium',
        message: `asset ${m.asset} is modelled in zone ${base.assetZone} but ${who} is in a subnet of zone ${m.subnetZone}`,
        first: h.firstSeen,
        last: h.lastSeen,
        details: base,
      });
    }
  });
  return out;
}

interface FlowGroup {
  rule: FindingRule;
  subject: string;
  severity: Severity;
  message: string;
  matches: FlowMatch[];
}

function describe(f: FlowReport): string {
  const what = f.protocol ?? `${f.transport}`;
  return f.port === null ? what : `${what}/${f.port}`;
}

function flowFindings(flows: readonly FlowMatch[], zoneKind: ReadonlyMap<string, string>): Finding[] {
  const groups = new Map<string, FlowGroup>();
  const add = (rule: FindingRule, subject: string, severity: Severity, message: string, m: FlowMatch) => {
    const g = groups.get(subject);
    if (g) g.matches.push(m);
    else groups.set(subject, { rule, subject, severity, message, matches: [m] });
  };
  for (const m of flows) {
    const f = m.flow;
    const proto = `${f.protocol ?? ''}|${f.transport}|${f.port ?? ''}`;
    if (m.verdict === 'no-conduit')
      add(
        'FLOW-NO-CONDUIT',
        `FLOW-NO-CONDUIT|${m.clientZone}|${m.serverZone}|${proto}`,
        'high',
        `${describe(f)} from zone ${m.clientZone} to zone ${m.serverZone}, but no conduit joins them`,
        m,
      );
    else if (m.verdict === 'not-in-channel')
      add(
        'FLOW-NOT-IN-CHANNEL',
        `FLOW-NOT-IN-CHANNEL|${m.conduit}|${m.clientZone}|${m.serverZone}|${proto}`,
        'medium',
        `${describe(f)} from zone ${m.clientZone} to zone ${m.serverZone}: conduit ${m.conduit} has no channel for it`,
        m,
      );
    if (f.details.credentials === true)
      add(
        'CLEARTEXT-CREDENTIALS',
        `CLEARTEXT-CREDENTIALS|${f.protocol ?? ''}|${f.client}|${f.server}|${f.port ?? ''}`,
        'high',
        `credentials cross the network in clear text (${describe(f)} from ${f.client} to ${f.server})`,
        m,
      );
    const serverKind = m.serverZone ? zoneKind.get(m.serverZone) : undefined;
    if (
      f.protocol !== null &&
      REMOTE_ACCESS.has(f.protocol) &&
      serverKind !== undefined &&
      CONTROL_KINDS.has(serverKind) &&
      m.clientZone !== m.serverZone
    )
      add(
        'REMOTE-ACCESS-INTO-CONTROL',
        `REMOTE-ACCESS-INTO-CONTROL|${f.protocol}|${f.client}|${f.server}|${f.port ?? ''}`,
        'high',
        `${f.protocol} session into ${serverKind} zone ${m.serverZone} from ${m.clientZone ? `zone ${m.clientZone}` : 'outside any zone'} (${f.client} to ${f.server})`,
        m,
      );
  }
  return [...groups.values()].map((g) => {
    const sorted = [...g.matches].sort((a, b) => b.flow.packets - a.flow.packets);
    const first = sorted[0]!;
    const usernames = [
      ...new Set(
        g.matches.flatMap((m) => {
          const u = m.flow.details.usernames;
          return Array.isArray(u) ? u.map(String) : [];
        }),
      ),
    ];
    return {
      rule: g.rule,
      subject: g.subject,
      severity: g.severity,
      message: g.message,
      first: g.matches.map((m) => m.flow.first).sort()[0]!,
      last: g.matches
        .map((m) => m.flow.last)
        .sort()
        .at(-1)!,
      details: {
        kind: 'flow',
        clientZone: first.clientZone,
        serverZone: first.serverZone,
        conduit: first.conduit,
        protocol: first.flow.protocol,
        transport: first.flow.transport,
        port: first.flow.port,
        flows: sorted
          .slice(0, MAX_FLOW_REFS)
          .map((m) => ({ client: m.flow.client, server: m.flow.server, packets: m.flow.packets })),
        packets: g.matches.reduce((n, m) => n + m.flow.packets, 0),
        ...(g.rule === 'CLEARTEXT-CREDENTIALS' && usernames.length > 0 ? { usernames } : {}),
      },
    };
  });
}

export function driftFindings(report: DiscoveryReport, match: SiteMatch, model: SiteModel): Finding[] {
  const zoneKind = new Map(model.zones.map((z) => [z.id, z.kind]));
  return [...hostFindings(report, match.hosts, model), ...flowFindings(match.flows, zoneKind)].sort(
    (a, b) => a.rule.localeCompare(b.rule) || a.subject.localeCompare(b.subject),
  );
}
