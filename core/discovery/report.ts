// Builds the document `c981 discover` prints (issue #9 item 3) from the engine's totals: hosts
// per unicast IP, layer-2-only senders per MAC, devices (hosts grouped by MAC and identity) and
// flows, all sorted so the same captures always give the same bytes.
import { groupDevices } from './devices.js';
import type { DiscoveryPartial, FlowAgg } from './partial.js';
import { byText, sortByAddress, sortValues } from './sort-by-key.js';
import { isoMicros } from './time-text.js';
import type {
  CaptureReport,
  DetailValue,
  DiscoveryReport,
  FlowReport,
  HostProtocol,
  HostReport,
  Identity,
  Role,
} from './types.js';

export type VendorLookup = (mac: string) => string | null;

function flowReport(f: FlowAgg): FlowReport {
  const details: Record<string, DetailValue[] | boolean> = {};
  // Most flows (the unidentified ones) have no details: no key lists to make for them.
  if (f.details.size > 0)
    for (const key of [...f.details.keys()].sort()) details[key] = sortValues(f.details.get(key)!);
  if (f.flags.size > 0) for (const key of [...f.flags.keys()].sort()) details[key] = f.flags.get(key)!;
  return {
    protocol: f.protocol,
    transport: f.transport,
    client: f.client,
    server: f.server,
    port: f.port,
    basis: f.basis,
    packets: f.packets,
    bytes: f.bytes,
    first: isoMicros(f.first),
    last: isoMicros(f.last),
    details,
  };
}

function defaultRole(side: 'client' | 'server'): Role {
  return side;
}

/** Each host's protocols, from the flows it takes part in (identified flows only). */
function protocolsByHost(flows: Iterable<FlowAgg>): Map<string, HostProtocol[]> {
  const out = new Map<string, Map<string, HostProtocol>>();
  const add = (holder: string, entry: HostProtocol) => {
    let m = out.get(holder);
    if (!m) {
      m = new Map<string, HostProtocol>();
      out.set(holder, m);
    }
    m.set(`${entry.protocol}|${entry.role}|${entry.port ?? ''}`, entry);
  };
  for (const f of flows) {
    if (f.protocol === null) continue;
    const protocol = f.protocol;
    const l2 = f.transport === 'l2';
    const client = l2 ? `mac:${f.client}` : f.client;
    const server = l2 ? `mac:${f.server}` : f.server;
    const clientRoles = f.clientRoles.size > 0 ? [...f.clientRoles] : [defaultRole('client')];
    for (const role of clientRoles) add(client, { protocol, role, port: f.port });
    // A layer-2 frame to a group address has no server to speak of.
    if (l2 && f.serverRoles.size === 0) continue;
    const serverRoles = f.serverRoles.size > 0 ? [...f.serverRoles] : [defaultRole('server')];
    for (const role of serverRoles) add(server, { protocol, role, port: f.port });
  }
  const sorted = new Map<string, HostProtocol[]>();
  for (const [holder, m] of out) {
    sorted.set(
      holder,
      [...m.values()].sort(
        (a, b) => byText(a.protocol, b.protocol) || byText(a.role, b.role) || (a.port ?? 0) - (b.port ?? 0),
      ),
    );
  }
  return sorted;
}

/** Whether every field `a` states, `b` states the same (so `a` adds nothing to `b`). */
function subsumedBy(a: Identity, b: Identity): boolean {
  if (a === b || a.protocol !== b.protocol) return false;
  for (const [key, value] of Object.entries(a) as [keyof Identity, unknown][])
    if (value !== undefined && value !== null && b[key] !== value) return false;
  return true;
}

/**
 * Identities per holder. A device often tells about itself in pieces (an S7 CPU answers one SZL
 * list, then another): an identity whose every field another one of the same protocol repeats is
 * dropped, so a host lists what it announced once, as completely as it was seen.
 */
function identitiesByHolder(partial: DiscoveryPartial): Map<string, Identity[]> {
  const out = new Map<string, Identity[]>();
  for (const { holder, identity } of partial.identities.values()) {
    const list = out.get(holder);
    if (list) list.push(identity);
    else out.set(holder, [identity]);
  }
  for (const [holder, list] of out) {
    const kept = list.filter(
      (a, i) => !list.some((b, j) => j !== i && subsumedBy(a, b) && !(subsumedBy(b, a) && j > i)),
    );
    out.set(holder, kept);
  }
  return out;
}

export function buildReport(
  partial: DiscoveryPartial,
  captures: CaptureReport[],
  lookupVendor: VendorLookup = () => null,
): DiscoveryReport {
  const protocols = protocolsByHost(partial.flows.values());
  const identities = identitiesByHolder(partial);
  const ipMacs = new Set<string>();
  const hosts: HostReport[] = [];

  const hostsInOrder = sortByAddress([...partial.hosts.values()], (h) => h.ip);
  for (const h of hostsInOrder) {
    const macs = [...h.macs];
    for (const mac of partial.arp.get(h.ip) ?? []) if (!macs.includes(mac)) macs.push(mac);
    for (const mac of macs) ipMacs.add(mac);
    const mac = macs[0] ?? null;
    // Identities announced at layer 2 (PROFINET DCP, GOOSE) belong to the IP hosts of that MAC.
    const own = identities.get(h.ip) ?? [];
    const l2 = mac === null ? [] : (identities.get(`mac:${mac}`) ?? []);
    const l2Protocols = mac === null ? [] : (protocols.get(`mac:${mac}`) ?? []);
    hosts.push({
      ip: h.ip,
      mac,
      macs,
      vendor: mac === null ? null : lookupVendor(mac),
      protocols: [...(protocols.get(h.ip) ?? []), ...l2Protocols],
      identities: [...own, ...l2],
      packetsSent: h.sent,
      packetsReceived: h.received,
      firstSeen: isoMicros(h.first),
      lastSeen: isoMicros(h.last),
    });
  }

  // Senders seen only at layer 2 (no IP packet, no ARP claim of an IP host): one host per MAC.
  // The maps' keys are the MACs and the flows' order (flowKey): sorting them sorts the records.
  for (const key of [...partial.macs.keys()].sort()) {
    const m = partial.macs.get(key)!;
    if (m.sent === 0 || m.sentIp || ipMacs.has(m.mac)) continue;
    hosts.push({
      ip: null,
      mac: m.mac,
      macs: [m.mac],
      vendor: lookupVendor(m.mac),
      protocols: protocols.get(`mac:${m.mac}`) ?? [],
      identities: identities.get(`mac:${m.mac}`) ?? [],
      packetsSent: m.sent,
      packetsReceived: m.received,
      firstSeen: isoMicros(m.first),
      lastSeen: isoMicros(m.last),
    });
  }

  // By protocol (unidentified last), transport, client, server, then port.
  const flows = [...partial.flows.keys()].sort().map((key) => flowReport(partial.flows.get(key)!));

  return { captures, hosts, devices: groupDevices(hosts), flows };
}
