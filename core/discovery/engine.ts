// The discovery engine (issue #9 items 2–3): folds decoded packets into hosts, layer-2 senders,
// conversations and flows, and lets the dissectors claim conversations by content. Pure and
// synchronous: the file adapter (discover-files.ts) and the worker shards feed it packets.
import { createNetDecoder, type NetDecoder } from '../netdecode/decoder.js';
import { payloadLength } from '../netdecode/ip.js';
import type { DecodedPacket } from '../netdecode/types.js';
import type { CapturePacket } from '../pcap/types.js';
import { isUnicastMac } from './addresses.js';
import type { FactSink, PacketContext } from './dissector.js';
import { decodeMstpFrame, parseBacnetNpdu } from './dissectors/bacnet.js';
import { ALL_DISSECTORS } from './dissectors/index.js';
import { ConversationTable } from './conversation-table.js';
import type { AnyDissector, Conversation } from './conversation.js';
import { createHostCounter } from './host-counter.js';
import { orient, type Basis } from './orientation.js';
import { payloadView } from './payload-view.js';
import { addDetail, emptyPartial, flowKey, type DiscoveryPartial, type FlowAgg } from './partial.js';
import type { DetailValue, FlowTransport, ProtocolId } from './types.js';

/** Payload packets a conversation may show before we stop asking dissectors about it. */
const DETECT_BUDGET = 16;
/** Open conversations kept at most; the oldest are folded into their flows beyond that. */
const MAX_CONVERSATIONS = 200_000;
const EVICT_BATCH = 20_000;
/** Server ports the truth files orient by besides our dissectors' (TwinCAT ADS). */
const EXTRA_WELL_KNOWN_PORTS = [48898];
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
}

export function createDiscoveryEngine(options: DiscoveryEngineOptions = {}): DiscoveryEngine {
  const dissectors = options.dissectors ?? ALL_DISSECTORS;
  const byPort = { tcp: new Map<number, AnyDissector[]>(), udp: new Map<number, AnyDissector[]>() };
  const generic = { tcp: [] as AnyDissector[], udp: [] as AnyDissector[] };
  const byEtherType = new Map<number, AnyDissector[]>();
  // IEEE 802.3 frames with a length instead of an EtherType go to dissectors that name no EtherType
  // (they read the 802.2 LLC header themselves, e.g. BACnet/Ethernet on SAP 0x82).
  const llc: AnyDissector[] = [];
  const wellKnown = new Set<number>(EXTRA_WELL_KNOWN_PORTS);
  for (const d of dissectors) {
    if (d.transport === 'l2') {
      for (const type of d.etherTypes ?? []) byEtherType.set(type, [...(byEtherType.get(type) ?? []), d]);
      if ((d.etherTypes ?? []).length === 0) llc.push(d);
      continue;
    }
    for (const port of d.ports) {
      wellKnown.add(port);
      const list = byPort[d.transport].get(port) ?? [];
      byPort[d.transport].set(port, [...list, d]);
    }
    if (d.portRequired !== true) generic[d.transport].push(d);
  }

  const partial = emptyPartial();
  const tcpConversations = new ConversationTable<Conversation>();
  const udpConversations = new ConversationTable<Conversation>();
  const decoder: NetDecoder = createNetDecoder({ reuse: true });
  // The packet time lives in a typed array: a double in a closure variable is boxed, and writing
  // it allocated a number per packet.
  const clock = new Float64Array(1);
  const now = (): number => clock[0]!;
  let frameBytes = 0;
  const { countHosts, countConversationHosts, onArp } = createHostCounter(partial, now);

  // One sink reused for every packet: the fields below say which flow and direction it writes to.
  let sinkFlow: FlowAgg | null = null;
  let sinkSrcIsClient = true;
  let sinkSender = '';
  let sinkReceiver = '';
  // The last two details written to the last flow: polling repeats the same unit id and function
  // code packet after packet, and a set never loses a value, so a repeat needs no map or set lookup.
  let recentFlow: FlowAgg | null = null;
  let recentKey1 = '';
  let recentValue1: DetailValue | undefined;
  let recentKey2 = '';
  let recentValue2: DetailValue | undefined;
  const sink: FactSink = {
    detail: (key, value) => {
      if (!sinkFlow) return;
      if (sinkFlow === recentFlow) {
        if ((key === recentKey1 && value === recentValue1) || (key === recentKey2 && value === recentValue2)) return;
      } else {
        recentFlow = sinkFlow;
        recentKey1 = recentKey2 = '';
      }
      addDetail(sinkFlow, key, value);
      recentKey2 = recentKey1;
      recentValue2 = recentValue1;
      recentKey1 = key;
      recentValue1 = value;
    },
    flag: (key, value) => {
      if (sinkFlow) sinkFlow.flags.set(key, (sinkFlow.flags.get(key) ?? false) || value);
    },
    identity: (of, identity) => {
      const holder = of === 'sender' ? sinkSender : sinkReceiver;
      if (holder === '') return;
      const key = `${holder}\u0000${JSON.stringify(identity)}`;
      if (!partial.identities.has(key)) partial.identities.set(key, { holder, identity });
    },
    role: (of, role) => {
      if (!sinkFlow) return;
      const client = (of === 'sender') === sinkSrcIsClient;
      (client ? sinkFlow.clientRoles : sinkFlow.serverRoles).add(role);
    },
  };

  function safeParse(d: AnyDissector, payload: Uint8Array, ctx: PacketContext, state: unknown): void {
    try {
      d.parse(payload, ctx, sink, state);
    } catch {
      // A dissector bug on hostile bytes loses that packet's facts, never the capture.
    }
  }

  function flowFor(
    protocol: ProtocolId | null,
    transport: FlowTransport,
    client: string,
    server: string,
    port: number | null,
    basis: Basis,
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
        first: now(),
        last: now(),
        details: new Map(),
        flags: new Map(),
        clientRoles: new Set(),
        serverRoles: new Set(),
      };
      partial.flows.set(key, flow);
    } else if (basis === 'syn') flow.basis = 'syn';
    return flow;
  }

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
    // The larger table gives up its oldest conversations.
    (tcpConversations.size >= udpConversations.size ? tcpConversations : udpConversations).evict(EVICT_BATCH, fold);
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
      sinkFlow = flow;
      sinkSrcIsClient = true;
      sinkSender = src === '' ? '' : `mac:${src}`;
      sinkReceiver = dst === '' || !isUnicastMac(dst) ? '' : `mac:${dst}`;
      safeParse(d, payload, ctx, d.createState?.());
      return;
    }
  }

  /** MS/TP: one-byte station addresses stand in for MACs (`mstp:<n>`), the NPDU goes to BACnet. */
  function onMstp(data: Uint8Array): void {
    const frame = decodeMstpFrame(data);
    if (!frame) return;
    const src = `mstp:${frame.srcMac}`;
    const m = partial.macs.get(src);
    if (m) {
      m.sent++;
      m.first = Math.min(m.first, now());
      m.last = Math.max(m.last, now());
    } else partial.macs.set(src, { mac: src, sent: 1, received: 0, first: now(), last: now(), sentIp: false });
    if (!frame.npdu) return;
    const dst = frame.dstMac === MSTP_BROADCAST ? 'mstp:broadcast' : `mstp:${frame.dstMac}`;
    const flow = flowFor('bacnet', 'l2', src, dst, null, 'layer2');
    flow.packets++;
    flow.bytes += frameBytes;
    flow.first = Math.min(flow.first, now());
    flow.last = Math.max(flow.last, now());
    sinkFlow = flow;
    sinkSrcIsClient = true;
    sinkSender = `mac:${src}`;
    sinkReceiver = frame.dstMac === MSTP_BROADCAST ? '' : `mac:${dst}`;
    try {
      parseBacnetNpdu(frame.npdu, sink);
    } catch {
      // as safeParse: a dissector bug loses one frame's facts, never the capture
    }
  }

  // One context object for every dissector call: dissectors read it during the call only (the
  // contract), and a fresh object per packet was a measurable share of garbage collection.
  const sharedCtx = { packet: undefined as unknown as DecodedPacket, fromClient: true };
  function reusableCtx(packet: DecodedPacket, fromClient: boolean): PacketContext {
    sharedCtx.packet = packet;
    sharedCtx.fromClient = fromClient;
    return sharedCtx;
  }

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
      c = {
        transport,
        client: o.srcIsClient ? srcIp : dstIp,
        server: o.srcIsClient ? dstIp : srcIp,
        clientPort: o.srcIsClient ? sp : dp,
        serverPort: o.srcIsClient ? dp : sp,
        basis: o.basis,
        dissector: null,
        state: undefined,
        tries: 0,
        flow: null,
        packets: 0,
        bytes: 0,
        first: now(),
        last: now(),
        hostA: null,
        hostB: null,
        // A value no MAC has, so the first packet takes the slow path and fills the cache.
        macA: '-',
        macAggA: undefined,
        macB: '-',
        macAggB: undefined,
        sentA: false,
        sentB: false,
      };
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
    const target = c.flow ?? c;
    target.packets++;
    target.bytes += frameBytes;
    if (now() > target.last) target.last = now();
    if (now() < target.first) target.first = now();

    if (payloadLength(p) === 0 || p.malformed !== undefined) return;
    if (c.dissector === null && c.flow !== null) return; // given up: nobody recognised it
    const payload = payloadView(p);
    const fromClient = srcIp === c.client && sp === c.clientPort;
    const ctx = reusableCtx(p, fromClient);
    if (c.dissector === null) {
      const claimed = detect(c, payload, ctx);
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
    const parseCtx = fromClientNow === ctx.fromClient ? ctx : reusableCtx(p, fromClientNow);
    sinkFlow = c.flow;
    sinkSrcIsClient = parseCtx.fromClient;
    sinkSender = srcIp;
    sinkReceiver = dstIp;
    safeParse(c.dissector, payload, parseCtx, c.state);
  }

  function detect(c: Conversation, payload: Uint8Array, ctx: PacketContext): AnyDissector | null {
    const ports = byPort[c.transport];
    const first = ports.get(c.serverPort);
    if (first) for (const d of first) if (safeDetect(d, payload, ctx)) return d;
    const second = c.clientPort === c.serverPort ? undefined : ports.get(c.clientPort);
    if (second) for (const d of second) if (safeDetect(d, payload, ctx)) return d;
    for (const d of generic[c.transport]) {
      if (first?.includes(d) || second?.includes(d)) continue;
      if (safeDetect(d, payload, ctx)) return d;
    }
    return null;
  }

  /** Without a SYN, a claimed protocol's own port says who serves better than port numbers alone. */
  function reorient(c: Conversation, d: AnyDissector): void {
    if (c.basis === 'syn' || c.basis === 'well-known-port') return;
    if (d.ports.includes(c.clientPort) && !d.ports.includes(c.serverPort)) {
      [c.client, c.server, c.clientPort, c.serverPort] = [c.server, c.client, c.serverPort, c.clientPort];
      c.basis = 'well-known-port';
    }
  }

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
        p =
          packet.buffer !== undefined && packet.offset !== undefined
            ? decoder.decodeAt(packet.linkType, packet.buffer, packet.offset, packet.capturedLength)
            : decoder.decode(packet.linkType, packet.data);
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
      decoder.reset();
      sinkFlow = recentFlow = null;
      // The totals go to the caller; the engine keeps its partial object (the host counter holds
      // it) with empty maps.
      const totals = { ...partial };
      Object.assign(partial, emptyPartial());
      return totals;
    },
  };
}

function safeDetect(d: AnyDissector, payload: Uint8Array, ctx: PacketContext): boolean {
  try {
    return d.detect(payload, ctx);
  } catch {
    return false;
  }
}
