// Who is the client of a conversation (issue #9 item 3): the side that sent the SYN; otherwise the
// side not on the protocol's well-known port; if both or neither are, the first packet's sender
// (both) or the higher port (neither) — the same rules the corpus truth files follow.
import { TCP_ACK, TCP_SYN, type DecodedPacket } from '../netdecode/types.js';
import type { FlowAgg } from './partial.js';

export type Basis = FlowAgg['basis'];

export interface Orientation {
  /** True when the packet's source is the client. */
  srcIsClient: boolean;
  basis: Basis;
}

/**
 * Server ports of every protocol we dissect, plus those the truth files orient by (ADS 48898) and
 * ephemeral-looking ICS ports; a set of numbers so the per-packet lookup is one hash probe.
 */
export function orient(packet: DecodedPacket, wellKnown: ReadonlySet<number>): Orientation {
  const flags = packet.tcpFlags ?? 0;
  if (packet.transport === 'tcp' && (flags & TCP_SYN) !== 0) {
    // RFC 9293 §3.5: SYN alone opens, SYN+ACK answers.
    return { srcIsClient: (flags & TCP_ACK) === 0, basis: 'syn' };
  }
  const sp = packet.srcPort ?? 0;
  const dp = packet.dstPort ?? 0;
  const srcKnown = wellKnown.has(sp);
  const dstKnown = wellKnown.has(dp);
  if (dstKnown && !srcKnown) return { srcIsClient: true, basis: 'well-known-port' };
  if (srcKnown && !dstKnown) return { srcIsClient: false, basis: 'well-known-port' };
  if (srcKnown && dstKnown) return { srcIsClient: true, basis: 'first-packet' };
  // Equal unknown ports: the first packet's sender is taken as the client.
  return { srcIsClient: sp >= dp, basis: 'lower-port' };
}
