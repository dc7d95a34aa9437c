// The contract between the discovery engine and one protocol dissector (issue #9 item 2).
//
// The engine tracks conversations (TCP/UDP 5-tuples, or layer-2 source/destination/EtherType) and
// asks dissectors two things: "is this payload yours?" (detect, on the first payload packets of a
// conversation nobody has claimed yet) and "what does this packet say?" (parse, on every payload
// packet of a conversation that is yours). Identification is by content: ports only decide the
// order in which dissectors are asked, so a protocol on an odd port is still found and a decoy on
// a well-known port is not.
import type { DecodedPacket } from '../netdecode/types.js';
import type { DetailValue, Identity, ProtocolId, Role } from './types.js';

/**
 * The packet facts a dissector may read: for the common Ethernet/IPv4 frame of a known
 * conversation the engine skips the full decoder and fills just these.
 */
export type PacketFacts = Readonly<Pick<DecodedPacket, 'srcMac' | 'srcIp' | 'dstIp' | 'srcPort' | 'dstPort'>>;

/** Valid during one detect/parse call only: the engine reuses the object for the next packet. */
export interface PacketContext {
  /** Addresses and ports of the packet. */
  readonly packet: PacketFacts;
  /** True when the packet travels from the conversation's client to its server. */
  readonly fromClient: boolean;
}

/** Where a dissector puts what it learned. Values are de-duplicated and capped by the engine. */
export interface FactSink {
  /** Adds a value to the flow's `details[key]` set (e.g. 'functionCodes', 3). */
  detail(key: string, value: DetailValue): void;
  /** Sets a boolean fact on the flow's details (e.g. 'credentials', true). */
  flag(key: string, value: boolean): void;
  /** The sender (or receiver) of this packet announced an identity. */
  identity(of: 'sender' | 'receiver', identity: Identity): void;
  /** A protocol-specific role for the sender or receiver (DNP3 master/outstation, MQTT publisher …). */
  role(of: 'sender' | 'receiver', role: Role): void;
}

export interface Dissector<State = unknown> {
  readonly id: ProtocolId;
  /** 'l2' dissectors see `packet.l2Payload` of frames with one of `etherTypes`. */
  readonly transport: 'tcp' | 'udp' | 'l2';
  /** Well-known server ports: asked first for these, and used to orient conversations without a SYN. */
  readonly ports: readonly number[];
  readonly etherTypes?: readonly number[];
  /**
   * Only asked when a conversation touches one of `ports` (for services whose content alone is too
   * weak to claim traffic anywhere, e.g. telnet). Default false: asked for every conversation.
   */
  readonly portRequired?: boolean;
  /**
   * Cheap and strict content test on a payload (TCP/UDP data, or the layer-2 payload after the
   * EtherType). Called for at most the first few payload packets in each direction. Never throws.
   */
  detect(payload: Uint8Array, ctx: PacketContext): boolean;
  /** Fresh per-conversation state (e.g. a handshake seen flag); optional. */
  createState?(): State;
  /**
   * Extracts facts from one payload packet of a conversation this dissector claimed (including the
   * packet that was detected). Must never throw on malformed data: bounds-check every read.
   */
  parse(payload: Uint8Array, ctx: PacketContext, out: FactSink, state: State): void;
  /**
   * `parse` of the payload `data[start, end)` inside a larger buffer (the capture chunk), so the
   * engine need not make a view of it: every read must stay within [start, end). Optional; the
   * dissectors of most of an ICS capture's packets have it (see `rangeParser`).
   */
  parseRange?(data: Uint8Array, start: number, end: number, ctx: PacketContext, out: FactSink, state: State): void;
}

/**
 * A dissector's `parse` and `parseRange` from one function over a byte range: `parse` is the
 * range that is the whole payload.
 */
export function rangeParser<State>(
  parseRange: (data: Uint8Array, start: number, end: number, ctx: PacketContext, out: FactSink, state: State) => void,
): Pick<Dissector<State>, 'parse' | 'parseRange'> {
  return {
    parse: (payload, ctx, out, state) => parseRange(payload, 0, payload.length, ctx, out, state),
    parseRange,
  };
}

/** Reads that return undefined instead of throwing; dissectors use these on untrusted bytes. */
export function u16be(d: Uint8Array, o: number): number | undefined {
  return o + 2 <= d.length ? (d[o]! << 8) | d[o + 1]! : undefined;
}
export function u16le(d: Uint8Array, o: number): number | undefined {
  return o + 2 <= d.length ? d[o]! | (d[o + 1]! << 8) : undefined;
}
export function u32be(d: Uint8Array, o: number): number | undefined {
  return o + 4 <= d.length ? ((d[o]! << 24) >>> 0) + ((d[o + 1]! << 16) | (d[o + 2]! << 8) | d[o + 3]!) : undefined;
}
/** u16le for a payload ending at `end` inside a larger buffer. */
export function u16leIn(d: Uint8Array, o: number, end: number): number | undefined {
  return o + 2 <= end ? d[o]! | (d[o + 1]! << 8) : undefined;
}
export function u32le(d: Uint8Array, o: number): number | undefined {
  return o + 4 <= d.length ? ((d[o + 3]! << 24) >>> 0) + ((d[o + 2]! << 16) | (d[o + 1]! << 8) | d[o]!) : undefined;
}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8', { fatal: false });

/** Printable text from a byte range: NULs and trailing spaces trimmed; undefined if out of bounds. */
export function text(d: Uint8Array, o: number, n: number, encoding: 'latin1' | 'utf8' = 'latin1'): string | undefined {
  if (n < 0 || o < 0 || o + n > d.length) return undefined;
  const raw = (encoding === 'utf8' ? utf8 : latin1).decode(d.subarray(o, o + n));
  // Fixed-length fields are NUL-padded; control characters never belong in a name we display.
  let out = '';
  for (const ch of raw) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x20 && c !== 0x7f) out += ch;
  }
  return out.trimEnd();
}

/** True when `d` starts with the ASCII string `prefix` at offset `o`. */
export function startsWithAscii(d: Uint8Array, prefix: string, o = 0): boolean {
  if (o + prefix.length > d.length) return false;
  for (let i = 0; i < prefix.length; i += 1) if (d[o + i] !== prefix.charCodeAt(i)) return false;
  return true;
}
