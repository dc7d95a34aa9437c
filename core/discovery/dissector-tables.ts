// Which dissectors the discovery engine asks about a conversation, and in what order (issue #9
// item 2): those naming the conversation's server port first, then its client port, then every
// dissector that can recognise its protocol on any port. Layer-2 dissectors by EtherType.
import type { PacketContext } from './dissector.js';
import type { AnyDissector, Conversation } from './conversation.js';

/** Server ports the truth files orient by besides our dissectors' (TwinCAT ADS). */
const EXTRA_WELL_KNOWN_PORTS = [48898];

export interface DissectorTables {
  byPort: { tcp: Map<number, AnyDissector[]>; udp: Map<number, AnyDissector[]> };
  /** Dissectors asked whatever the ports (all but the `portRequired` ones). */
  generic: { tcp: AnyDissector[]; udp: AnyDissector[] };
  byEtherType: Map<number, AnyDissector[]>;
  /**
   * IEEE 802.3 frames with a length instead of an EtherType go to dissectors that name no
   * EtherType (they read the 802.2 LLC header themselves, e.g. BACnet/Ethernet on SAP 0x82).
   */
  llc: AnyDissector[];
  /** Server ports of every dissector, for orienting conversations without a SYN. */
  wellKnown: Set<number>;
}

export function buildDissectorTables(dissectors: readonly AnyDissector[]): DissectorTables {
  const tables: DissectorTables = {
    byPort: { tcp: new Map(), udp: new Map() },
    generic: { tcp: [], udp: [] },
    byEtherType: new Map(),
    llc: [],
    wellKnown: new Set(EXTRA_WELL_KNOWN_PORTS),
  };
  for (const d of dissectors) {
    if (d.transport === 'l2') {
      for (const type of d.etherTypes ?? []) tables.byEtherType.set(type, [...(tables.byEtherType.get(type) ?? []), d]);
      if ((d.etherTypes ?? []).length === 0) tables.llc.push(d);
      continue;
    }
    for (const port of d.ports) {
      tables.wellKnown.add(port);
      const byPort = tables.byPort[d.transport];
      byPort.set(port, [...(byPort.get(port) ?? []), d]);
    }
    if (d.portRequired !== true) tables.generic[d.transport].push(d);
  }
  return tables;
}

/** The first dissector that recognises the payload, asked in port order; null if none does. */
export function detectDissector(
  tables: DissectorTables,
  c: Conversation,
  payload: Uint8Array,
  ctx: PacketContext,
): AnyDissector | null {
  const ports = tables.byPort[c.transport];
  const first = ports.get(c.serverPort);
  if (first) for (const d of first) if (safeDetect(d, payload, ctx)) return d;
  const second = c.clientPort === c.serverPort ? undefined : ports.get(c.clientPort);
  if (second) for (const d of second) if (safeDetect(d, payload, ctx)) return d;
  for (const d of tables.generic[c.transport]) {
    if (first?.includes(d) || second?.includes(d)) continue;
    if (safeDetect(d, payload, ctx)) return d;
  }
  return null;
}

export function safeDetect(d: AnyDissector, payload: Uint8Array, ctx: PacketContext): boolean {
  try {
    return d.detect(payload, ctx);
  } catch {
    // A dissector bug on hostile bytes means "not mine", never a lost capture.
    return false;
  }
}
