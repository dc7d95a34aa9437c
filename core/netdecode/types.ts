// The decoded view of one captured packet (issue #9 item 1): link, VLAN, IP and transport facts in
// one flat object so dissectors and the discovery engine read fields without walking layers.

export type Transport = 'tcp' | 'udp' | 'icmp' | 'icmpv6' | 'gre' | 'esp' | 'sctp' | 'other';

/** TCP flag bits as they sit in the header's 14th byte (RFC 9293 §3.1). */
export const TCP_FIN = 0x01;
export const TCP_SYN = 0x02;
export const TCP_RST = 0x04;
export const TCP_PSH = 0x08;
export const TCP_ACK = 0x10;

export interface DecodedPacket {
  /** The DLT / LINKTYPE_* number the bytes were decoded as. */
  linkType: number;
  /** Lowercase colon-separated MACs (Ethernet, or the SLL source address when it is a MAC). */
  srcMac?: string;
  dstMac?: string;
  /** 802.1Q / 802.1ad VLAN ids, outermost first; a shared empty array when the frame is untagged. */
  vlans: readonly number[];
  /** The EtherType after the VLAN tags (Ethernet II, SLL protocol); absent for 802.3 length frames. */
  etherType?: number;
  /** Layer-2 payload for non-IP EtherTypes (PROFINET, EtherCAT, GOOSE, SV, LLDP, ARP, 802.3/LLC …). */
  l2Payload?: Uint8Array;
  /** Outermost IP header: version and addresses (IPv6 in RFC 5952 text). */
  ipVersion?: 4 | 6;
  srcIp?: string;
  dstIp?: string;
  /** IP protocol / IPv6 next header number of the upper layer (6 TCP, 17 UDP, …). */
  ipProtocol?: number;
  ttl?: number;
  transport?: Transport;
  srcPort?: number;
  dstPort?: number;
  /**
   * TCP flag bits (TCP_SYN | TCP_ACK …). No sequence number: nothing reads it, and most values lie
   * beyond V8's small integers, so storing one boxed a number per TCP packet.
   */
  tcpFlags?: number;
  /**
   * The innermost decoded payload: TCP/UDP data, else the IP payload, else the layer-2 payload.
   * Empty when `payloadBase` is set instead.
   */
  payload: Uint8Array;
  /**
   * decodeAt's TCP/UDP data without a view: the bytes are `payloadBase[payloadStart, payloadEnd)`.
   * A view per packet was most of the discovery engine's allocation; it makes one only for the
   * packets a dissector reads (payloadOf).
   */
  payloadBase: Uint8Array | undefined;
  payloadStart: number;
  payloadEnd: number;
  /** IP fragments: 'held' until every piece is in, then 'reassembled' on the packet completing it. */
  fragment?: 'held' | 'reassembled';
  /** Why decoding stopped early; the fields decoded before that point are still set. */
  malformed?: string;
}

export interface NetDecoderOptions {
  /** Refill one result object for every packet instead of a new one (valid until the next decode). */
  reuse?: boolean;
  /** Incomplete datagrams held at most (the oldest is dropped first). */
  maxFragmentEntries?: number;
  /** Bytes of fragment data held at most over all datagrams. */
  maxFragmentBytes?: number;
  /** An incomplete datagram is dropped after this many further decoded packets. */
  fragmentTimeoutPackets?: number;
}

export interface NetDecoderStats {
  /** Datagrams whose fragments were dropped by the caps or the timeout. */
  fragmentsDropped: number;
  fragmentsReassembled: number;
  /** Datagrams currently held. */
  fragmentsHeld: number;
}
