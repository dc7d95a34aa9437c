// The discovery engine's running totals, kept as plain data so that shards of one capture (worker
// threads) or several captures can be merged before the report is built.
import type { DetailValue, FlowTransport, Identity, ProtocolId, Role } from './types.js';

/** Values kept per details key at most; enough to describe a flow, bounded so memory stays flat. */
export const MAX_DETAIL_VALUES = 64;

export interface HostAgg {
  ip: string;
  /** Source MACs of frames this IP sent, in first-seen order. */
  macs: string[];
  sent: number;
  received: number;
  first: number;
  last: number;
}

export interface MacAgg {
  mac: string;
  sent: number;
  received: number;
  first: number;
  last: number;
  /** Whether this MAC sent any IP packet (else it is a layer-2-only sender). */
  sentIp: boolean;
}

export interface FlowAgg {
  protocol: ProtocolId | null;
  transport: FlowTransport;
  client: string;
  server: string;
  port: number | null;
  basis: 'syn' | 'well-known-port' | 'first-packet' | 'lower-port' | 'layer2';
  packets: number;
  bytes: number;
  first: number;
  last: number;
  details: Map<string, Set<DetailValue>>;
  flags: Map<string, boolean>;
  clientRoles: Set<Role>;
  serverRoles: Set<Role>;
}

export interface IdentityAgg {
  /** IP text, or `mac:<mac>` for identities announced at layer 2. */
  holder: string;
  identity: Identity;
}

export interface DiscoveryPartial {
  hosts: Map<string, HostAgg>;
  macs: Map<string, MacAgg>;
  flows: Map<string, FlowAgg>;
  /** Keyed by holder + identity JSON so repeats cost nothing. */
  identities: Map<string, IdentityAgg>;
  /** ARP sender pairs: IP → MACs (RFC 826), bounded by the hosts seen. */
  arp: Map<string, Set<string>>;
}

export function emptyPartial(): DiscoveryPartial {
  return { hosts: new Map(), macs: new Map(), flows: new Map(), identities: new Map(), arp: new Map() };
}

/**
 * A flow's key in `flows`, built so that the keys' code-unit order is the report's flow order:
 * protocol (unidentified last), transport, client, server, then port (zero-padded). The report
 * then sorts the keys themselves, with no key made per flow and no comparator (report.ts).
 */
export function flowKey(
  protocol: ProtocolId | null,
  transport: FlowTransport,
  client: string,
  server: string,
  port: number | null,
): string {
  return `${protocol ?? '~'}\u0000${transport}\u0000${client}\u0000${server}\u0000${portText(port ?? 0)}`;
}

function portText(port: number): string {
  return port >= 10_000 ? String(port) : String(port).padStart(5, '0');
}

/**
 * The flow with these ends, port and protocol in `partial`, added with no packets (first and last
 * seen at `time`) when new. A SYN seen for it later makes `syn` its basis.
 */
export function flowIn(
  partial: DiscoveryPartial,
  protocol: ProtocolId | null,
  transport: FlowTransport,
  client: string,
  server: string,
  port: number | null,
  basis: FlowAgg['basis'],
  time: number,
): FlowAgg {
  const key = flowKey(protocol, transport, client, server, port);
  let flow = partial.flows.get(key);
  if (!flow) {
    flow = {
      protocol,
      transport,
      client,
      server,
      port,
      basis,
      packets: 0,
      bytes: 0,
      first: time,
      last: time,
      details: new Map(),
      flags: new Map(),
      clientRoles: new Set(),
      serverRoles: new Set(),
    };
    partial.flows.set(key, flow);
  } else if (basis === 'syn') flow.basis = 'syn';
  return flow;
}

export function addDetail(flow: FlowAgg, key: string, value: DetailValue): void {
  let set = flow.details.get(key);
  if (!set) {
    set = new Set();
    flow.details.set(key, set);
  }
  if (set.size < MAX_DETAIL_VALUES) set.add(value);
}

function mergeFlow(into: FlowAgg, from: FlowAgg): void {
  into.packets += from.packets;
  into.bytes += from.bytes;
  into.first = Math.min(into.first, from.first);
  into.last = Math.max(into.last, from.last);
  for (const [key, values] of from.details) for (const value of values) addDetail(into, key, value);
  for (const [key, value] of from.flags) into.flags.set(key, (into.flags.get(key) ?? false) || value);
  for (const role of from.clientRoles) into.clientRoles.add(role);
  for (const role of from.serverRoles) into.serverRoles.add(role);
  // A SYN seen by any shard is the strongest evidence of who the client is.
  if (from.basis === 'syn') into.basis = 'syn';
}

/** Folds `from` into `into` (shards of one capture, or partials of several files). */
export function mergePartial(into: DiscoveryPartial, from: DiscoveryPartial): DiscoveryPartial {
  for (const [ip, h] of from.hosts) {
    const t = into.hosts.get(ip);
    if (!t) into.hosts.set(ip, { ...h, macs: [...h.macs] });
    else {
      t.sent += h.sent;
      t.received += h.received;
      t.first = Math.min(t.first, h.first);
      t.last = Math.max(t.last, h.last);
      for (const mac of h.macs) if (!t.macs.includes(mac)) t.macs.push(mac);
    }
  }
  for (const [mac, m] of from.macs) {
    const t = into.macs.get(mac);
    if (!t) into.macs.set(mac, { ...m });
    else {
      t.sent += m.sent;
      t.received += m.received;
      t.first = Math.min(t.first, m.first);
      t.last = Math.max(t.last, m.last);
      t.sentIp ||= m.sentIp;
    }
  }
  for (const [key, f] of from.flows) {
    const t = into.flows.get(key);
    if (t) mergeFlow(t, f);
    else into.flows.set(key, f);
  }
  for (const [key, i] of from.identities) if (!into.identities.has(key)) into.identities.set(key, i);
  for (const [ip, macs] of from.arp) {
    const t = into.arp.get(ip);
    if (!t) into.arp.set(ip, new Set(macs));
    else for (const mac of macs) t.add(mac);
  }
  return into;
}
