// The discovery engine (issue #9 items 2–3): folds decoded packets into hosts, layer-2 senders,
// conversations and flows, and lets the dissectors claim conversations by content. Pure and
// synchronous: the file adapter (discover-files.ts) and the worker shards feed it packets.
//
// Two ways in for a TCP/UDP packet: the full decoder, which finds or opens the conversation by its
// address strings; and, for the common frame (untagged Ethernet, IPv4) of a conversation already
// open whose MACs and hosts it has cached, a fast path that reads the frame's numbers and finds the
// conversation in a numeric table (docs/discovery.md, "Speed"). Both count the same.
import { createNetDecoder, LINKTYPE_ETHERNET, type NetDecoder } from '../netdecode/decoder.js';
import { payloadLength } from '../netdecode/ip.js';
import { createIpv4Frame, readIpv4Frame } from '../netdecode/ipv4-frame.js';
import type { DecodedPacket } from '../netdecode/types.js';
import type { CapturePacket } from '../pcap/types.js';
import { isUnicastMac } from './addresses.js';
import type { PacketContext, PacketFacts } from './dissector.js';
import { buildDissectorTables, detectDissector, safeDetect } from './dissector-tables.js';
import { decodeMstpFrame, parseBacnetNpdu } from './dissectors/bacnet.js';
import { ALL_DISSECTORS } from './dissectors/index.js';
import { ConversationTable } from './conversation-table.js';
import { DirectionTable } from './direction-table.js';
import { createFlowSink } from './flow-sink.js';
import { openConversation, reorient, type AnyDissector, type Conversation } from './conversation.js';
import { createHostCounter } from './host-counter.js';
import { orient, type Basis } from './orientation.js';
import { payloadViewOf } from './payload-view.js';
import { emptyPartial, flowIn, type DiscoveryPartial, type FlowAgg } from './partial.js';
import type { FlowTransport, ProtocolId } from './types.js';

/** Payload packets a conversation may show before we stop asking dissectors about it. */
const DETECT_BUDGET = 16;
/** Open conversations kept at most; the oldest are folded into their flows beyond that. */
const MAX_CONVERSATIONS = 200_000;
const EVICT_BATCH = 20_000;
const ETHERTYPE_ARP = 0x0806;
/** LINKTYPE_BACNET_MS_TP: BACnet over RS-485, no IP and no Ethernet (ASHRAE 135 §9). */
const LINKTYPE_BACNET_MS_TP = 165;
/** MS/TP destination 255 is the broadcast address (ASHRAE 135 §9.3). */
const MSTP_BROADCAST = 255;

export interface DiscoveryEngine {
  /** Feeds one captured packet (any link type); never throws on packet content. */
  onPacket(packet: CapturePacket): void;
  /** Starts a new capture file (or part of one): fragment state is per file. */
  startFile(): void;
  /**
   * Folds open conversations into flows and hands back the totals; the engine then starts afresh,
   * as a new one would. Reusing one engine is faster than making another: V8 specialises the code
   * of closures created once, and a second engine's closures lose that.
   */
  finish(): DiscoveryPartial;
}

export interface DiscoveryEngineOptions {
  dissectors?: readonly AnyDissector[];
  /**
   * Count the common frame (untagged Ethernet, IPv4, TCP/UDP) of a known conversation without the
   * full decoder (default true). The result is the same either way; tests compare the two.
   */
  fastPath?: boolean;
}

export function createDiscoveryEngine(options: DiscoveryEngineOptions = {}): DiscoveryEngine {
  const tables = buildDissectorTables(options.dissectors ?? ALL_DISSECTORS);
  const { byEtherType, llc, wellKnown } = tables;
  const fastPath = options.fastPath !== false;

  const partial = emptyPartial();
  // finish() gives the maps away and puts fresh ones in: stored twice from the start, so V8 never
  // folds the first ones into optimised code as constants (finish would then deoptimise the
  // engine's counting code in every thread after its first shard).
  Object.assign(partial, emptyPartial());
  const tcpConversations = new ConversationTable<Conversation>();
  const udpConversations = new ConversationTable<Conversation>();
  const decoder: NetDecoder = createNetDecoder({ reuse: true });
  // The packet time lives in a typed array: a double in a closure variable is boxed, and writing
  // it allocated a number per packet.
  const clock = new Float64Array(1);
  const now = (): number => clock[0]!;
  let frameBytes = 0;
  const { countHosts, countConversationHosts, countKnownEnds, onArp } = createHostCounter(partial, now);
  // The fast path's view of IPv4 conversations: both directions of each, by numbers.
  const directions = new DirectionTable<Conversation>();
  const frame = createIpv4Frame();
  /** Whether the packet being handled was read into `frame` (it may then be entered in `directions`). */
  let framed = false;

  // Dissectors write through one sink, aimed at the packet's flow before each parse.
  const flowSink = createFlowSink(partial);

  function safeParse(d: AnyDissector, payload: Uint8Array, ctx: PacketContext, state: unknown): void {
    try {
      d.parse(payload, ctx, flowSink.sink, state);
    } catch {
      // A dissector bug on hostile bytes loses that packet's facts, never the capture.
    }
  }

  /** safeParse of the payload `base[start, end)`: in place when the dissector reads ranges. */
  function safeParseRange(
    d: AnyDissector,
    base: Uint8Array,
    start: number,
    end: number,
    ctx: PacketContext,
    state: unknown,
  ): void {
    try {
      if (d.parseRange) d.parseRange(base, start, end, ctx, flowSink.sink, state);
      else d.parse(payloadViewOf(base, start, end), ctx, flowSink.sink, state);
    } catch {
      // as safeParse
    }
  }

  /** The flow of these ends and port in the totals, added (first seen now) when new. */
  const flowFor = (
    protocol: ProtocolId | null,
    transport: FlowTransport,
    client: string,
    server: string,
    port: number | null,
    basis: Basis,
  ): FlowAgg => flowIn(partial, protocol, transport, client, server, port, basis, now());

  /** Moves a conversation's counts into its flow (the unidentified one if nobody claimed it). */
  function settle(c: Conversation, protocol: ProtocolId | null): FlowAgg {
    const flow = flowFor(protocol, c.transport, c.client, c.server, c.serverPort, c.basis);
    flow.packets += c.packets;
    flow.bytes += c.bytes;
    if (c.packets > 0) {
      flow.first = Math.min(flow.first, c.first);
      flow.last = Math.max(flow.last, c.last);
    }
    c.flow = flow;
    return flow;
  }

  function evictOldest(): void {
    const fold = (c: Conversation) => {
      if (!c.flow) settle(c, null);
    };
    // The larger table gives up its oldest conversations; the fast path's entries may point at them.
    (tcpConversations.size >= udpConversations.size ? tcpConversations : udpConversations).evict(EVICT_BATCH, fold);
    directions.clear();
  }

  function onLayer2(p: DecodedPacket, list: readonly AnyDissector[]): void {
    const payload = p.l2Payload!;
    const src = p.srcMac ?? '';
    const dst = p.dstMac ?? '';
    const ctx = reusableCtx(p, true);
    for (const d of list) {
      if (!safeDetect(d, payload, ctx)) continue;
      const flow = flowFor(d.id, 'l2', src, dst, null, 'layer2');
      flow.packets++;
      flow.bytes += frameBytes;
      flow.last = Math.max(flow.last, now());
      flow.first = Math.min(flow.first, now());
      flowSink.aim(flow, true, src === '' ? '' : `mac:${src}`, dst === '' || !isUnicastMac(dst) ? '' : `mac:${dst}`);
      safeParse(d, payload, ctx, d.createState?.());
      return;
    }
  }

  /** MS/TP: one-byte station addresses stand in for MACs (`mstp:<n>`), the NPDU goes to BACnet. */
  function onMstp(data: Uint8Array): void {
    const mstp = decodeMstpFrame(data);
    if (!mstp) return;
    const src = `mstp:${mstp.srcMac}`;
    const m = partial.macs.get(src);
    if (m) {
      m.sent++;
      m.first = Math.min(m.first, now());
      m.last = Math.max(m.last, now());
    } else partial.macs.set(src, { mac: src, sent: 1, received: 0, first: now(), last: now(), sentIp: false });
    if (!mstp.npdu) return;
    const dst = mstp.dstMac === MSTP_BROADCAST ? 'mstp:broadcast' : `mstp:${mstp.dstMac}`;
    const flow = flowFor('bacnet', 'l2', src, dst, null, 'layer2');
    flow.packets++;
    flow.bytes += frameBytes;
    flow.first = Math.min(flow.first, now());
    flow.last = Math.max(flow.last, now());
    flowSink.aim(flow, true, `mac:${src}`, mstp.dstMac === MSTP_BROADCAST ? '' : `mac:${dst}`);
    try {
      parseBacnetNpdu(mstp.npdu, flowSink.sink);
    } catch {
      // as safeParse: a dissector bug loses one frame's facts, never the capture
    }
  }

  // One context object for every dissector call: dissectors read it during the call only (the
  // contract), and a fresh object per packet was a measurable share of garbage collection.
  const sharedCtx = { packet: undefined as unknown as PacketFacts, fromClient: true };
  function reusableCtx(packet: PacketFacts, fromClient: boolean): PacketContext {
    sharedCtx.packet = packet;
    sharedCtx.fromClient = fromClient;
    return sharedCtx;
  }

  /** A TCP/UDP packet through the full decoder: finds or opens its conversation and counts it. */
  function onTransport(p: DecodedPacket): void {
    const transport = p.transport as 'tcp' | 'udp';
    const srcIp = p.srcIp!;
    const dstIp = p.dstIp!;
    const sp = p.srcPort ?? 0;
    const dp = p.dstPort ?? 0;
    const forward = srcIp < dstIp || (srcIp === dstIp && sp <= dp);
    const a = forward ? srcIp : dstIp;
    const b = forward ? dstIp : srcIp;
    const portA = forward ? sp : dp;
    const portB = forward ? dp : sp;
    const conversations = transport === 'tcp' ? tcpConversations : udpConversations;
    let c = conversations.get(a, b, portA, portB);
    if (!c) {
      if (tcpConversations.size + udpConversations.size >= MAX_CONVERSATIONS) evictOldest();
      const o = orient(p, wellKnown);
      c = openConversation(transport, o, p, now(), a, b);
      conversations.set(a, b, portA, portB, c);
    } else if (c.basis !== 'syn' && p.tcpFlags !== undefined && (p.tcpFlags & 0x02) !== 0 && c.flow === null) {
      // A SYN arriving later (capture started mid-stream, then a reconnect) settles the question.
      const o = orient(p, wellKnown);
      const client = o.srcIsClient ? srcIp : dstIp;
      if (client !== c.client || (o.srcIsClient ? sp : dp) !== c.clientPort) {
        [c.client, c.server, c.clientPort, c.serverPort] = [c.server, c.client, c.serverPort, c.clientPort];
      }
      c.basis = 'syn';
    }
    countConversationHosts(p, c, forward);
    if (framed) enterFrame(c, forward);
    else c.macAHigh = -1; // the cached MACs may have changed: compare strings until a frame sets them
    countPacket(c);
    if (payloadLength(p) === 0 || p.malformed !== undefined) return;
    if (p.payloadBase === undefined) onPayload(c, p.payload, 0, p.payload.length, p);
    else onPayload(c, p.payloadBase, p.payloadStart, p.payloadEnd, p);
  }

  /**
   * Enters the packet in `frame` as a direction of `c` and caches its MACs as numbers: after
   * countConversationHosts the conversation's cached MACs are this packet's.
   */
  function enterFrame(c: Conversation, forward: boolean): void {
    const f = frame;
    directions.set(f.protocol, f.src, f.dst, f.ports, c, forward);
    c.macAHigh = forward ? f.srcMacHigh : f.dstMacHigh;
    c.macALow = forward ? f.srcMacLow : f.dstMacLow;
    c.macBHigh = forward ? f.dstMacHigh : f.srcMacHigh;
    c.macBLow = forward ? f.dstMacLow : f.srcMacLow;
  }

  // What dissectors read of a fast-path packet: the conversation's cached strings.
  const facts = { srcMac: '' as string | undefined, srcIp: '', dstIp: '', srcPort: 0, dstPort: 0 };

  /**
   * The fast path: a frame already in `frame` that belongs to a known conversation, with the MACs
   * and sender records that conversation cached, is counted (and its payload dissected) without
   * the decoder. Answers false when the packet needs the full path (which then does all of it).
   */
  function onKnownFrame(): boolean {
    const f = frame;
    const slot = directions.find(f.protocol, f.src, f.dst, f.ports);
    if (slot < 0) return false;
    const c = directions.valueAt(slot);
    const forward = directions.forwardAt(slot);
    if (
      c.macAHigh < 0 ||
      (forward
        ? f.srcMacHigh !== c.macAHigh ||
          f.srcMacLow !== c.macALow ||
          f.dstMacHigh !== c.macBHigh ||
          f.dstMacLow !== c.macBLow
        : f.srcMacHigh !== c.macBHigh ||
          f.srcMacLow !== c.macBLow ||
          f.dstMacHigh !== c.macAHigh ||
          f.dstMacLow !== c.macALow)
    )
      return false;
    if (forward ? !c.sentA : !c.sentB) return false;
    if ((f.tcpFlags & 0x02) !== 0 && c.basis !== 'syn' && c.flow === null) return false;
    decoder.tick();
    countKnownEnds(c, forward);
    countPacket(c);
    if (f.payloadEnd === f.payloadStart) return true;
    facts.srcMac = forward ? c.macA : c.macB;
    facts.srcIp = forward ? c.ipA : c.ipB;
    facts.dstIp = forward ? c.ipB : c.ipA;
    facts.srcPort = f.srcPort;
    facts.dstPort = f.dstPort;
    onPayload(c, packetBuffer, f.payloadStart, f.payloadEnd, facts);
    return true;
  }

  function countPacket(c: Conversation): void {
    const target = c.flow ?? c;
    target.packets++;
    target.bytes += frameBytes;
    // min/max, not compare-then-store: see countKnownEnds.
    const t = now();
    target.first = Math.min(target.first, t);
    target.last = Math.max(target.last, t);
  }

  /**
   * Asks the dissectors about a payload packet of `c` (the bytes `base[start, end)`) until one
   * claims it, then lets it parse.
   */
  function onPayload(c: Conversation, base: Uint8Array, start: number, end: number, packet: PacketFacts): void {
    if (c.dissector === null && c.flow !== null) return; // given up: nobody recognised it
    const srcIp = packet.srcIp!;
    const sp = packet.srcPort ?? 0;
    const fromClient = srcIp === c.client && sp === c.clientPort;
    const ctx = reusableCtx(packet, fromClient);
    if (c.dissector === null) {
      const claimed = detectDissector(tables, c, payloadViewOf(base, start, end), ctx);
      if (!claimed) {
        if (++c.tries >= DETECT_BUDGET) settle(c, null);
        return;
      }
      c.dissector = claimed;
      c.state = claimed.createState?.();
      reorient(c, claimed);
      settle(c, claimed.id);
    }
    // Re-read the direction: claiming may have re-oriented the conversation.
    const fromClientNow = srcIp === c.client && sp === c.clientPort;
    const parseCtx = fromClientNow === ctx.fromClient ? ctx : reusableCtx(packet, fromClientNow);
    flowSink.aim(c.flow, parseCtx.fromClient, srcIp, packet.dstIp!, c.memory);
    safeParseRange(c.dissector, base, start, end, parseCtx, c.state);
  }

  // The capture chunk of the packet in hand (the fast path reads its payload from it).
  let packetBuffer: Uint8Array = new Uint8Array(0);

  return {
    startFile() {
      decoder.reset();
    },
    onPacket(packet) {
      clock[0] = packet.tsSeconds + packet.tsFraction / 1e9;
      frameBytes = packet.originalLength;
      if (packet.linkType === LINKTYPE_BACNET_MS_TP) {
        onMstp(packet.data);
        return;
      }
      let p: DecodedPacket;
      try {
        const buffer = packet.buffer;
        const offset = packet.offset;
        if (buffer !== undefined && offset !== undefined) {
          framed =
            fastPath &&
            packet.linkType === LINKTYPE_ETHERNET &&
            readIpv4Frame(frame, buffer, offset, packet.capturedLength);
          if (framed) {
            packetBuffer = buffer;
            if (onKnownFrame()) return;
          }
          p = decoder.decodeAt(packet.linkType, buffer, offset, packet.capturedLength);
        } else {
          framed = false;
          p = decoder.decode(packet.linkType, packet.data);
        }
      } catch {
        return; // the decoder does not throw by design; a bug there must not end the capture
      }
      if (
        p.fragment !== 'held' &&
        (p.transport === 'tcp' || p.transport === 'udp') &&
        p.srcIp !== undefined &&
        p.dstIp !== undefined
      ) {
        onTransport(p); // counts the hosts through the conversation's cached records
        return;
      }
      countHosts(p);
      if (p.fragment === 'held' || p.transport === 'tcp' || p.transport === 'udp') return;
      if (p.srcIp === undefined && p.l2Payload !== undefined) {
        if (p.etherType === ETHERTYPE_ARP) onArp(p.l2Payload);
        const list = p.etherType === undefined ? llc : byEtherType.get(p.etherType);
        if (list && list.length > 0) onLayer2(p, list);
      }
    },
    finish() {
      for (const table of [tcpConversations, udpConversations]) {
        for (const c of table.values()) if (!c.flow) settle(c, null);
        table.clear();
      }
      directions.clear();
      decoder.reset();
      flowSink.reset();
      // The totals go to the caller; the engine keeps its partial object (the host counter holds
      // it) with empty maps.
      const totals = { ...partial };
      Object.assign(partial, emptyPartial());
      return totals;
    },
  };
}
