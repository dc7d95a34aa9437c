// A device is not an IP (issue #9 item 2): an adapter can change its address mid-capture, and a
// device may answer on several. Hosts are grouped by their MAC, then groups that announced the same
// identity (protocol, vendor and serial) are joined. A MAC carrying many IPs is a router's (hosts
// behind it reach us through it), so it does not group anything.
import { sortByKey } from './sort-by-key.js';
import type { DeviceReport, HostReport, Identity } from './types.js';

/** More IPs than this behind one MAC means a router or gateway, not one device. */
const ROUTER_IP_COUNT = 8;

function identityKey(i: Identity): string | null {
  return i.serial ? `${i.protocol}|${i.vendor ?? ''}|${i.serial}` : null;
}

export function groupDevices(hosts: readonly HostReport[]): DeviceReport[] {
  const ipsPerMac = new Map<string, number>();
  for (const h of hosts) if (h.ip !== null && h.mac !== null) ipsPerMac.set(h.mac, (ipsPerMac.get(h.mac) ?? 0) + 1);

  // Union-find over host indexes.
  const parent = hosts.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const join = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const byMac = new Map<string, number>();
  const byIdentity = new Map<string, number>();
  hosts.forEach((h, i) => {
    if (h.mac !== null && (ipsPerMac.get(h.mac) ?? 0) <= ROUTER_IP_COUNT) {
      const seen = byMac.get(h.mac);
      if (seen === undefined) byMac.set(h.mac, i);
      else join(seen, i);
    }
    for (const identity of h.identities) {
      const key = identityKey(identity);
      if (key === null) continue;
      const seen = byIdentity.get(key);
      if (seen === undefined) byIdentity.set(key, i);
      else join(seen, i);
    }
  });

  const groups = new Map<number, HostReport[]>();
  hosts.forEach((h, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(h);
    else groups.set(root, [h]);
  });

  const devices: DeviceReport[] = [];
  for (const members of groups.values()) {
    const first = members[0]!;
    const grouped = first.mac !== null && (ipsPerMac.get(first.mac) ?? 0) <= ROUTER_IP_COUNT;
    // ISO times of one format: text order is time order.
    let firstSeen = first.firstSeen;
    let lastSeen = first.lastSeen;
    let packetsSent = 0;
    const ips: string[] = [];
    for (const h of members) {
      if (h.firstSeen < firstSeen) firstSeen = h.firstSeen;
      if (h.lastSeen > lastSeen) lastSeen = h.lastSeen;
      packetsSent += h.packetsSent;
      if (h.ip !== null) ips.push(h.ip);
    }
    devices.push({
      id: grouped ? `mac:${first.mac}` : first.ip !== null ? `ip:${first.ip}` : `mac:${first.mac}`,
      mac: first.mac,
      vendor: first.vendor,
      ips,
      protocols: distinct(
        members,
        (h) => h.protocols,
        (p) => `${p.protocol}|${p.role}|${p.port ?? ''}`,
      ),
      identities: distinct(
        members,
        (h) => h.identities,
        (i) => JSON.stringify(i),
      ),
      packetsSent,
      firstSeen,
      lastSeen,
    });
  }
  return sortByKey(devices, (d) => d.id);
}

/**
 * The members' entries without repeats (by `keyOf`), in first-seen order. Most devices are one
 * host with one entry or none: those need no keys made.
 */
function distinct<T>(
  members: readonly HostReport[],
  listOf: (h: HostReport) => readonly T[],
  keyOf: (t: T) => string,
): T[] {
  if (members.length === 1 && listOf(members[0]!).length < 2) return [...listOf(members[0]!)];
  const seen = new Map<string, T>();
  for (const h of members) for (const entry of listOf(h)) seen.set(keyOf(entry), entry);
  return [...seen.values()];
}
