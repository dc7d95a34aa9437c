// Host and MAC accounting of the discovery engine (issue #9 item 3): packets sent and received per
// unicast IP and per unicast MAC, first/last seen, the MACs an IP sent from, and ARP's IP/MAC
// pairs (RFC 826). The per-packet path for TCP/UDP goes through the records a conversation caches.
import { ipv4Text, macText } from '../netdecode/ip-text.js';
import type { DecodedPacket } from '../netdecode/types.js';
import { isHostIp, isUnicastMac } from './addresses.js';
import type { Conversation } from './conversation.js';
import type { DiscoveryPartial } from './partial.js';

export interface HostCounter {
  countHosts: (p: DecodedPacket) => void;
  countConversationHosts: (p: DecodedPacket, c: Conversation, forward: boolean) => void;
  countKnownEnds: (c: Conversation, forward: boolean) => void;
  onArp: (d: Uint8Array) => void;
}

export function createHostCounter(partial: DiscoveryPartial, now: () => number): HostCounter {
  // Addresses seen that are not hosts (broadcast, multicast): remembered so the per-packet check
  // is one lookup. Cleared when large: a flood of odd addresses must not grow memory.
  const notHostIps = new Set<string>();
  const groupMacs = new Set<string>();
  const isHost = (ip: string): boolean => {
    if (partial.hosts.has(ip)) return true;
    if (notHostIps.has(ip)) return false;
    if (isHostIp(ip)) return true;
    if (notHostIps.size > 10_000) notHostIps.clear();
    notHostIps.add(ip);
    return false;
  };
  const isUnicast = (mac: string): boolean => {
    if (partial.macs.has(mac)) return true;
    if (groupMacs.has(mac)) return false;
    if (isUnicastMac(mac)) return true;
    if (groupMacs.size > 10_000) groupMacs.clear();
    groupMacs.add(mac);
    return false;
  };

  function countHosts(p: DecodedPacket): void {
    const { srcMac, dstMac, srcIp, dstIp } = p;
    if (srcMac !== undefined && isUnicast(srcMac)) {
      const m = partial.macs.get(srcMac);
      if (m) {
        m.sent++;
        m.first = Math.min(m.first, now());
        m.last = Math.max(m.last, now());
        if (srcIp !== undefined) m.sentIp = true;
      } else
        partial.macs.set(srcMac, {
          mac: srcMac,
          sent: 1,
          received: 0,
          first: now(),
          last: now(),
          sentIp: srcIp !== undefined,
        });
    }
    if (dstMac !== undefined && isUnicast(dstMac)) {
      const m = partial.macs.get(dstMac);
      if (m) m.received++;
      else
        partial.macs.set(dstMac, {
          mac: dstMac,
          sent: 0,
          received: 1,
          first: now(),
          last: now(),
          sentIp: false,
        });
    }
    if (srcIp !== undefined && isHost(srcIp)) {
      const h = partial.hosts.get(srcIp);
      if (h) {
        h.sent++;
        h.first = Math.min(h.first, now());
        h.last = Math.max(h.last, now());
        if (srcMac !== undefined && h.macs[0] !== srcMac && !h.macs.includes(srcMac)) h.macs.push(srcMac);
      } else
        partial.hosts.set(srcIp, {
          ip: srcIp,
          macs: srcMac === undefined ? [] : [srcMac],
          sent: 1,
          received: 0,
          first: now(),
          last: now(),
        });
    }
    if (dstIp !== undefined && isHost(dstIp)) {
      const h = partial.hosts.get(dstIp);
      if (h) {
        h.received++;
        h.first = Math.min(h.first, now());
        h.last = Math.max(h.last, now());
      } else partial.hosts.set(dstIp, { ip: dstIp, macs: [], sent: 0, received: 1, first: now(), last: now() });
    }
  }

  function onArp(d: Uint8Array): void {
    // RFC 826: Ethernet/IPv4 ARP has 6-byte hardware and 4-byte protocol addresses.
    if (d.length < 28 || d[4] !== 6 || d[5] !== 4 || d[2] !== 0x08 || d[3] !== 0x00) return;
    // The decoder's address caches: ARP repeats the same few pairs all day long.
    const mac = macText(d, 8);
    const ip = ipv4Text(d, 14);
    if (!isHost(ip) || !isUnicast(mac)) return;
    const set = partial.arp.get(ip);
    if (set) set.add(mac);
    else partial.arp.set(ip, new Set([mac]));
  }

  /**
   * countHosts for a TCP/UDP packet of a known conversation: the same counts through the records
   * the conversation remembers, falling back to countHosts when an end's MAC is new to it.
   */
  function countConversationHosts(p: DecodedPacket, c: Conversation, forward: boolean): void {
    const srcMac = p.srcMac;
    const dstMac = p.dstMac;
    if (forward ? srcMac !== c.macA || dstMac !== c.macB : srcMac !== c.macB || dstMac !== c.macA) {
      countHosts(p);
      c.hostA = partial.hosts.get(forward ? p.srcIp! : p.dstIp!) ?? null;
      c.hostB = partial.hosts.get(forward ? p.dstIp! : p.srcIp!) ?? null;
      c.macA = forward ? srcMac : dstMac;
      c.macB = forward ? dstMac : srcMac;
      c.macAggA = c.macA === undefined ? undefined : partial.macs.get(c.macA);
      c.macAggB = c.macB === undefined ? undefined : partial.macs.get(c.macB);
      c.sentA = forward;
      c.sentB = !forward;
      return;
    }
    if (forward ? !c.sentA : !c.sentB) {
      // The first packet this end sends with the cached MAC: record it as the sender's, as
      // countHosts would (the cache was filled from a packet it received).
      countHosts(p);
      if (forward) c.sentA = true;
      else c.sentB = true;
      return;
    }
    countKnownEnds(c, forward);
  }

  /**
   * Counts a packet whose ends' MACs the conversation has cached and recorded as senders'. Times
   * are folded in with min/max rather than compared first: a store never made until a packet out
   * of time order came along sent the optimised code back to the interpreter.
   */
  function countKnownEnds(c: Conversation, forward: boolean): void {
    const t = now();
    const sender = forward ? c.hostA : c.hostB;
    const receiver = forward ? c.hostB : c.hostA;
    const senderMac = forward ? c.macAggA : c.macAggB;
    const receiverMac = forward ? c.macAggB : c.macAggA;
    if (senderMac) {
      senderMac.sent++;
      senderMac.first = Math.min(senderMac.first, t);
      senderMac.last = Math.max(senderMac.last, t);
    }
    if (receiverMac) receiverMac.received++;
    if (sender) {
      sender.sent++;
      sender.first = Math.min(sender.first, t);
      sender.last = Math.max(sender.last, t);
    }
    if (receiver) {
      receiver.received++;
      receiver.first = Math.min(receiver.first, t);
      receiver.last = Math.max(receiver.last, t);
    }
  }

  return { countHosts, countConversationHosts, countKnownEnds, onArp };
}
