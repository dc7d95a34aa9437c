// The packet decoder (issue #9 item 1): link layer (Ethernet II, Linux SLL/SLL2, NULL/loopback,
// raw IP), VLAN tags, MPLS, then IP and transport. Stateful only for fragment reassembly, so
// one decoder serves one capture (or one shard of it).
import { decodeIp, decodeIpv4, decodeIpv6, decodeTransport, EMPTY } from './ip.js';
import { ipv4Text, macText } from './ip-text.js';
import { FragmentTable } from './reassembly.js';
import type { DecodedPacket, NetDecoderOptions, NetDecoderStats } from './types.js';

export const LINKTYPE_NULL = 0;
export const LINKTYPE_ETHERNET = 1;
export const LINKTYPE_RAW = 101;
export const LINKTYPE_LOOP = 108;
export const LINKTYPE_LINUX_SLL = 113;
export const LINKTYPE_IPV4 = 228;
export const LINKTYPE_IPV6 = 229;
export const LINKTYPE_LINUX_SLL2 = 276;

export const ETHERTYPE_IPV4 = 0x0800;
export const ETHERTYPE_ARP = 0x0806;
export const ETHERTYPE_IPV6 = 0x86dd;
// 802.1Q C-tag, 802.1ad S-tag, and the pre-standard 0x9100 QinQ outer tag (IEEE 802.1Q-2018 §9.5).
const ETHERTYPE_VLAN = 0x8100;
const ETHERTYPE_QINQ = 0x88a8;
const ETHERTYPE_QINQ_OLD = 0x9100;
// MPLS unicast / multicast (RFC 3032): a label stack, then (by convention) IP.
const ETHERTYPE_MPLS = 0x8847;
const ETHERTYPE_MPLS_MULTICAST = 0x8848;

const NO_VLANS: readonly number[] = Object.freeze([]);

export interface NetDecoder {
  decode(linkType: number, data: Uint8Array): DecodedPacket;
  /** The same as decode(linkType, buffer.subarray(offset, offset + length)), faster. */
  decodeAt(linkType: number, buffer: Uint8Array, offset: number, length: number): DecodedPacket;
  /**
   * Forgets fragment state, as a new decoder would: reusing one decoder keeps its functions' optimised
   * code (V8 specialises code for a closure created once).
   */
  reset(): void;
  /**
   * Counts a packet the caller handled without decoding it, as a decode would: the fragment
   * table ages its held datagrams by packets seen.
   */
  tick(): void;
  readonly stats: NetDecoderStats;
}

/**
 * A packet with every field present from the start: one hidden class for all packets keeps the
 * property reads of the engine and the dissectors monomorphic (and fast).
 */
function blankPacket(linkType: number, payload: Uint8Array): DecodedPacket {
  return {
    linkType,
    srcMac: undefined,
    dstMac: undefined,
    vlans: NO_VLANS,
    etherType: undefined,
    l2Payload: undefined,
    ipVersion: undefined,
    srcIp: undefined,
    dstIp: undefined,
    ipProtocol: undefined,
    ttl: undefined,
    transport: undefined,
    srcPort: undefined,
    dstPort: undefined,
    tcpFlags: undefined,
    payload,
    payloadBase: undefined,
    payloadStart: 0,
    payloadEnd: 0,
    fragment: undefined,
    malformed: undefined,
  };
}

export function createNetDecoder(options: NetDecoderOptions = {}): NetDecoder {
  const frags = new FragmentTable(options);

  // With `reuse` one object is refilled for every packet (the discovery engine reads it during the
  // call only); otherwise each packet gets its own.
  const reused = options.reuse === true ? blankPacket(0, EMPTY) : undefined;

  /** A result for a new packet: the reused object reset, or a fresh one. */
  function start(linkType: number, d: Uint8Array): DecodedPacket {
    frags.tick();
    if (!reused) return blankPacket(linkType, d);
    const r = reused;
    r.linkType = linkType;
    r.srcMac = r.dstMac = r.etherType = r.ipVersion = r.srcIp = r.dstIp = undefined;
    r.l2Payload = r.fragment = r.malformed = r.transport = undefined;
    r.ipProtocol = r.ttl = r.srcPort = r.dstPort = r.tcpFlags = undefined;
    r.vlans = NO_VLANS;
    r.payload = d;
    r.payloadBase = undefined;
    r.payloadStart = r.payloadEnd = 0;
    return r;
  }

  function decode(linkType: number, d: Uint8Array): DecodedPacket {
    const r = start(linkType, d);
    switch (linkType) {
      case LINKTYPE_ETHERNET:
        decodeEthernet(r, d);
        break;
      case LINKTYPE_LINUX_SLL:
        decodeSll(r, d);
        break;
      case LINKTYPE_LINUX_SLL2:
        decodeSll2(r, d);
        break;
      case LINKTYPE_NULL:
      case LINKTYPE_LOOP:
        decodeLoopback(r, d, linkType === LINKTYPE_LOOP);
        break;
      case LINKTYPE_RAW:
        decodeIp(r, d, 0, frags);
        break;
      case LINKTYPE_IPV4:
        decodeIpv4(r, d, 0, frags);
        break;
      case LINKTYPE_IPV6:
        decodeIpv6(r, d, 0, frags);
        break;
      default:
        // Unknown links (BACnet MS/TP, 802.11 …) keep their bytes for link-specific dissectors.
        break;
    }
    return r;
  }

  /**
   * decode() for `b[o, o + n)` without making a view of the frame first. The common case (untagged
   * Ethernet, unfragmented IPv4, TCP or UDP) is decoded in place, with one view for the payload;
   * anything else goes through decode() on a view, so the results are the same.
   */
  function decodeAt(linkType: number, b: Uint8Array, o: number, n: number): DecodedPacket {
    const end = o + n;
    const ip = o + 14;
    if (linkType !== LINKTYPE_ETHERNET || n < 34 || ((b[o + 12]! << 8) | b[o + 13]!) !== ETHERTYPE_IPV4)
      return decode(linkType, b.subarray(o, end));
    const vihl = b[ip]!;
    const headerLength = (vihl & 0x0f) * 4;
    const total = (b[ip + 2]! << 8) | b[ip + 3]!;
    const protocol = b[ip + 9]!;
    // RFC 791: MF flag or a fragment offset means a fragment; those go the reassembling way.
    const fragmented = (((b[ip + 6]! << 8) | b[ip + 7]!) & 0x3fff) !== 0;
    if (vihl >> 4 !== 4 || headerLength < 20 || total < headerLength || end - ip < headerLength || fragmented)
      return decode(linkType, b.subarray(o, end));
    if (protocol !== 6 && protocol !== 17) return decode(linkType, b.subarray(o, end));
    const r = start(linkType, EMPTY);
    r.dstMac = macText(b, o);
    r.srcMac = macText(b, o + 6);
    r.etherType = ETHERTYPE_IPV4;
    r.ipVersion = 4;
    r.srcIp = ipv4Text(b, ip + 12);
    r.dstIp = ipv4Text(b, ip + 16);
    r.ttl = b[ip + 8]!;
    r.ipProtocol = protocol;
    r.transport = protocol === 6 ? 'tcp' : 'udp';
    decodeTransport(r, protocol, b, ip + headerLength, Math.min(end, ip + total), true);
    return r;
  }

  function decodeEthernet(r: DecodedPacket, d: Uint8Array): void {
    if (d.length < 14) {
      r.malformed = 'ethernet: truncated header';
      return;
    }
    r.dstMac = macText(d, 0);
    r.srcMac = macText(d, 6);
    decodeEtherType(r, d, 12);
  }

  /** Reads the EtherType at `o`, unwinds VLAN tags, and dispatches on what follows. */
  function decodeEtherType(r: DecodedPacket, d: Uint8Array, o: number): void {
    let type = (d[o]! << 8) | d[o + 1]!;
    let p = o + 2;
    while (type === ETHERTYPE_VLAN || type === ETHERTYPE_QINQ || type === ETHERTYPE_QINQ_OLD) {
      if (d.length - p < 4) {
        r.etherType = type;
        r.malformed = 'vlan: truncated tag';
        r.payload = d.subarray(p);
        return;
      }
      // The VID is the low 12 bits of the TCI; VID 0 is a priority-only tag but still a tag.
      if (r.vlans === NO_VLANS) r.vlans = [];
      (r.vlans as number[]).push(((d[p]! << 8) | d[p + 1]!) & 0x0fff);
      type = (d[p + 2]! << 8) | d[p + 3]!;
      p += 4;
    }
    // Values up to 1500 are an 802.3 length, not a type: LLC follows (IEEE 802.3 §3.2.6).
    if (type <= 1500) {
      r.payload = r.l2Payload = d.subarray(p, Math.min(d.length, p + type));
      return;
    }
    r.etherType = type;
    dispatchEtherType(r, d, type, p);
  }

  function dispatchEtherType(r: DecodedPacket, d: Uint8Array, type: number, p: number): void {
    if (type === ETHERTYPE_IPV4) decodeIpv4(r, d, p, frags);
    else if (type === ETHERTYPE_IPV6) decodeIpv6(r, d, p, frags);
    else if (type === ETHERTYPE_MPLS || type === ETHERTYPE_MPLS_MULTICAST) decodeMpls(r, d, p);
    else r.payload = r.l2Payload = d.subarray(p);
  }

  function decodeMpls(r: DecodedPacket, d: Uint8Array, p: number): void {
    // Each label entry is 4 bytes; bit 8 of the third byte marks the bottom of the stack.
    for (;;) {
      if (d.length - p < 4) {
        r.malformed = 'mpls: truncated label stack';
        r.payload = r.l2Payload = d.subarray(Math.min(p, d.length));
        return;
      }
      const bottom = (d[p + 2]! & 1) !== 0;
      p += 4;
      if (bottom) break;
    }
    // MPLS carries no payload type: guess from the IP version nibble (as Wireshark does).
    const version = p < d.length ? d[p]! >> 4 : 0;
    if (version === 4 || version === 6) decodeIp(r, d, p, frags);
    else r.payload = r.l2Payload = d.subarray(p);
  }

  // Linux "cooked" capture v1: packet type, ARPHRD type, address length, 8 address bytes, protocol.
  function decodeSll(r: DecodedPacket, d: Uint8Array): void {
    if (d.length < 16) {
      r.malformed = 'sll: truncated header';
      return;
    }
    const hardware = (d[2]! << 8) | d[3]!;
    const addressLength = (d[4]! << 8) | d[5]!;
    if (addressLength === 6 && isEthernetHardware(hardware)) r.srcMac = macText(d, 6);
    decodeSllProtocol(r, d, (d[14]! << 8) | d[15]!, 16);
  }

  // SLL2: protocol, reserved, interface index, ARPHRD type, packet type, address length, address.
  function decodeSll2(r: DecodedPacket, d: Uint8Array): void {
    if (d.length < 20) {
      r.malformed = 'sll2: truncated header';
      return;
    }
    const hardware = (d[8]! << 8) | d[9]!;
    if (d[11] === 6 && isEthernetHardware(hardware)) r.srcMac = macText(d, 12);
    decodeSllProtocol(r, d, (d[0]! << 8) | d[1]!, 20);
  }

  function decodeSllProtocol(r: DecodedPacket, d: Uint8Array, protocol: number, p: number): void {
    // Protocol values below 1536 are Linux ETH_P_* pseudo types (802.3, 802.2 LLC, CAN …).
    if (protocol < 0x0600) {
      r.payload = r.l2Payload = d.subarray(p);
      return;
    }
    if (protocol === ETHERTYPE_VLAN || protocol === ETHERTYPE_QINQ || protocol === ETHERTYPE_QINQ_OLD) {
      decodeEtherType(r, d, p - 2);
      return;
    }
    r.etherType = protocol;
    dispatchEtherType(r, d, protocol, p);
  }

  // BSD loopback: a 4-byte address family in the capturing host's byte order (LOOP: always big).
  function decodeLoopback(r: DecodedPacket, d: Uint8Array, bigEndianOnly: boolean): void {
    if (d.length < 4) {
      r.malformed = 'loopback: truncated header';
      return;
    }
    const big = ((d[0]! << 24) | (d[1]! << 16) | (d[2]! << 8) | d[3]!) >>> 0;
    const little = ((d[3]! << 24) | (d[2]! << 16) | (d[1]! << 8) | d[0]!) >>> 0;
    // Families are small numbers, so the byte order that gives one under 256 is the right one.
    const family = bigEndianOnly || big < 256 ? big : little;
    if (family === 2) decodeIpv4(r, d, 4, frags);
    // AF_INET6 is 24 (NetBSD/OpenBSD), 28 (FreeBSD), 30 (macOS), 10 (Linux).
    else if (family === 24 || family === 28 || family === 30 || family === 10) decodeIpv6(r, d, 4, frags);
    else {
      r.malformed = `loopback: unknown family ${family}`;
      r.payload = d.subarray(4);
    }
  }

  return { decode, decodeAt, reset: () => frags.clear(), tick: () => frags.tick(), stats: frags.stats };
}

// ARPHRD_ETHER (1), ARPHRD_LOOPBACK (772) and ARPHRD_IEEE802 (6) carry 6-byte MACs.
function isEthernetHardware(hardware: number): boolean {
  return hardware === 1 || hardware === 772 || hardware === 6;
}
