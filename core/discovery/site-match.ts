// Observed traffic against a site's zone & conduit model (issue #9 item 4). Hosts are matched to
// assets (MAC, then IP, then identity serial) and placed in a zone (the asset's zone, else the
// most specific zone subnet); each flow between two zones is checked against the conduits joining
// them and their channels. IEC 62443-3-2 ZCR 3.1 and 62443-3-3 SR 5.1: communication between zones
// goes through a conduit, and a conduit carries the channels it was designed for; traffic outside
// them is drift from the approved model.
import { cidrContains, parseCidr, parseIp, type Cidr } from '../net/cidr.js';
import type { AssetDoc, ConduitDoc, ZoneDoc } from '../schemas/site-file.js';
import { familyOfProtocol, familyOfSlug } from './protocol-names.js';
import type { DiscoveryReport, FlowReport, HostReport } from './types.js';

export interface SiteModel {
  zones: readonly Pick<ZoneDoc, 'id' | 'name' | 'kind' | 'subnets'>[];
  conduits: readonly Pick<ConduitDoc, 'id' | 'name' | 'zones' | 'channels'>[];
  assets: readonly Pick<AssetDoc, 'id' | 'name' | 'zone' | 'ip' | 'mac' | 'serial'>[];
}

export type MatchedBy = 'mac' | 'ip' | 'identity';

export interface HostMatch {
  ip: string | null;
  mac: string | null;
  asset: string | null;
  matchedBy: MatchedBy | null;
  /** The zone whose subnet holds the IP (most specific prefix), if any. */
  subnetZone: string | null;
  /** Where the host is: its asset's zone, else its subnet's zone. */
  zone: string | null;
}

export type FlowVerdict = 'allowed' | 'same-zone' | 'no-conduit' | 'not-in-channel' | 'unzoned';

export interface FlowMatch {
  flow: FlowReport;
  clientZone: string | null;
  serverZone: string | null;
  /** The conduit joining the two zones (the first by id when several do). */
  conduit: string | null;
  verdict: FlowVerdict;
}

export interface SiteMatch {
  hosts: HostMatch[];
  flows: FlowMatch[];
}

export function normaliseMac(mac: string): string {
  const hex = mac.toLowerCase().replace(/[^0-9a-f]/gu, '');
  return hex.length === 12 ? hex.replace(/(..)(?!$)/gu, '$1:') : mac.toLowerCase();
}

interface ZoneNet {
  zone: string;
  cidr: Cidr;
}

function zoneNets(model: SiteModel): ZoneNet[] {
  const nets: ZoneNet[] = [];
  for (const z of model.zones)
    for (const text of z.subnets ?? []) {
      const parsed = parseCidr(text);
      if (parsed.ok) nets.push({ zone: z.id, cidr: parsed.cidr });
    }
  // Most specific first, so the first containing prefix is the answer.
  return nets.sort((a, b) => b.cidr.prefix - a.cidr.prefix);
}

export function subnetZoneOf(ip: string | null, nets: readonly ZoneNet[]): string | null {
  if (ip === null) return null;
  const parsed = parseIp(ip);
  if (parsed === null) return null;
  for (const n of nets) if (cidrContains(n.cidr, parsed)) return n.zone;
  return null;
}

function matchHosts(report: DiscoveryReport, model: SiteModel, nets: readonly ZoneNet[]): HostMatch[] {
  const byMac = new Map<string, string>();
  const byIp = new Map<string, string>();
  const bySerial = new Map<string, string>();
  for (const a of model.assets) {
    for (const mac of a.mac ?? []) byMac.set(normaliseMac(mac), a.id);
    for (const ip of a.ip ?? []) {
      const parsed = parseIp(ip);
      if (parsed) byIp.set(ip.trim().toLowerCase(), a.id);
    }
    if (a.serial) bySerial.set(a.serial.trim().toLowerCase(), a.id);
  }
  const zoneOfAsset = new Map(model.assets.map((a) => [a.id, a.zone ?? null]));
  // A router's MAC fronts many IPs; matching on it would make them all one asset.
  const ipsPerMac = new Map<string, number>();
  for (const h of report.hosts) if (h.ip && h.mac) ipsPerMac.set(h.mac, (ipsPerMac.get(h.mac) ?? 0) + 1);

  return report.hosts.map((h: HostReport) => {
    let asset: string | null = null;
    let matchedBy: MatchedBy | null = null;
    if (h.mac && (ipsPerMac.get(h.mac) ?? 0) <= 8) {
      asset = byMac.get(h.mac) ?? null;
      if (asset) matchedBy = 'mac';
    }
    if (!asset && h.ip) {
      asset = byIp.get(h.ip) ?? null;
      if (asset) matchedBy = 'ip';
    }
    if (!asset) {
      for (const i of h.identities) {
        const hit = i.serial ? bySerial.get(i.serial.trim().toLowerCase()) : undefined;
        if (hit) {
          asset = hit;
          matchedBy = 'identity';
          break;
        }
      }
    }
    const subnetZone = subnetZoneOf(h.ip, nets);
    const zone = (asset ? zoneOfAsset.get(asset) : null) ?? subnetZone;
    return { ip: h.ip, mac: h.mac, asset, matchedBy, subnetZone, zone };
  });
}

function channelAllows(
  ch: NonNullable<ConduitDoc['channels']>[number],
  f: FlowReport,
  from: string,
  to: string,
): boolean {
  if (ch.from !== from || ch.to !== to) return false;
  const transport = f.transport === 'l2' ? 'ethernet' : f.transport;
  if (ch.transport !== undefined && ch.transport !== 'other' && ch.transport !== transport) return false;
  if (f.protocol === null) {
    // Traffic we could not name (TLS, vendor protocols) is allowed by a channel on its port.
    return ch.port !== undefined && ch.port === f.port;
  }
  if (familyOfSlug(ch.protocol) !== familyOfProtocol(f.protocol)) return false;
  return ch.port === undefined || f.port === null || ch.port === f.port;
}

export function judgeFlow(
  f: FlowReport,
  clientZone: string | null,
  serverZone: string | null,
  model: SiteModel,
): { conduit: string | null; verdict: FlowVerdict } {
  if (clientZone === null || serverZone === null) return { conduit: null, verdict: 'unzoned' };
  if (clientZone === serverZone) return { conduit: null, verdict: 'same-zone' };
  const joining = model.conduits
    .filter((c) => c.zones.includes(clientZone) && c.zones.includes(serverZone))
    .sort((a, b) => a.id.localeCompare(b.id));
  if (joining.length === 0) return { conduit: null, verdict: 'no-conduit' };
  for (const c of joining)
    if ((c.channels ?? []).some((ch) => channelAllows(ch, f, clientZone, serverZone)))
      return { conduit: c.id, verdict: 'allowed' };
  return { conduit: joining[0]!.id, verdict: 'not-in-channel' };
}

export function matchSite(report: DiscoveryReport, model: SiteModel): SiteMatch {
  const nets = zoneNets(model);
  const hosts = matchHosts(report, model, nets);
  const zoneOfIp = new Map<string, string | null>();
  const zoneOfMac = new Map<string, string | null>();
  for (const h of hosts) {
    if (h.ip) zoneOfIp.set(h.ip, h.zone);
    if (h.mac && !zoneOfMac.has(h.mac)) zoneOfMac.set(h.mac, h.zone);
  }
  const zoneOf = (f: FlowReport, end: string) =>
    (f.transport === 'l2' ? zoneOfMac.get(end) : zoneOfIp.get(end)) ?? null;
  const flows = report.flows.map((flow) => {
    const clientZone = zoneOf(flow, flow.client);
    const serverZone = zoneOf(flow, flow.server);
    return { flow, clientZone, serverZone, ...judgeFlow(flow, clientZone, serverZone, model) };
  });
  return { hosts, flows };
}
