// One TCP or UDP conversation as the discovery engine tracks it (issue #9): who the client is, the
// dissector that claimed it, its counts until its flow is settled, and cached host records.
import type { DecodedPacket } from '../netdecode/types.js';
import type { Dissector } from './dissector.js';
import type { Basis, Orientation } from './orientation.js';
import { DetailMemory } from './detail-memory.js';
import type { FlowAgg, HostAgg, MacAgg } from './partial.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each dissector has its own state type
export type AnyDissector = Dissector<any>;

export interface Conversation {
  transport: 'tcp' | 'udp';
  client: string;
  server: string;
  clientPort: number;
  serverPort: number;
  basis: Basis;
  dissector: AnyDissector | null;
  state: unknown;
  tries: number;
  /** The flow this conversation counts into once its protocol is settled (or given up on). */
  flow: FlowAgg | null;
  packets: number;
  bytes: number;
  first: number;
  last: number;
  /**
   * The host and MAC records of the two ends (a, b in canonical order), looked up once instead of
   * per packet; null for an address that is not a host. The MACs are those last seen on the wire:
   * a new one takes the slow path and is remembered.
   */
  hostA: HostAgg | null;
  hostB: HostAgg | null;
  macA: string | undefined;
  macAggA: MacAgg | undefined;
  macB: string | undefined;
  macAggB: MacAgg | undefined;
  /** Whether each end's MAC is already recorded as that host's (it sent with it). */
  sentA: boolean;
  sentB: boolean;
  /** The two ends' IP text in canonical order (the fast path's source of address strings). */
  ipA: string;
  ipB: string;
  /**
   * macA and macB as numbers (first two bytes, last four), set when the engine's fast path may
   * compare a frame's MACs with them; macAHigh is -1 when they are not (a MAC changed elsewhere).
   */
  macAHigh: number;
  macALow: number;
  macBHigh: number;
  macBLow: number;
  /** What its dissector wrote to its flow (the sink skips repeats). */
  memory: DetailMemory;
}

/** A conversation opened by packet `p` (oriented by `o`) at `time`; `a`, `b` its canonical ends. */
export function openConversation(
  transport: 'tcp' | 'udp',
  o: Orientation,
  p: DecodedPacket,
  time: number,
  a: string,
  b: string,
): Conversation {
  const srcIp = p.srcIp!;
  const dstIp = p.dstIp!;
  const sp = p.srcPort ?? 0;
  const dp = p.dstPort ?? 0;
  return {
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
    first: time,
    last: time,
    hostA: null,
    hostB: null,
    // A value no MAC has, so the first packet takes the slow path and fills the cache.
    macA: '-',
    macAggA: undefined,
    macB: '-',
    macAggB: undefined,
    sentA: false,
    sentB: false,
    ipA: a,
    ipB: b,
    macAHigh: -1,
    macALow: 0,
    macBHigh: -1,
    macBLow: 0,
    memory: new DetailMemory(),
  };
}

/** Without a SYN, a claimed protocol's own port says who serves better than port numbers alone. */
export function reorient(c: Conversation, d: AnyDissector): void {
  if (c.basis === 'syn' || c.basis === 'well-known-port') return;
  if (d.ports.includes(c.clientPort) && !d.ports.includes(c.serverPort)) {
    [c.client, c.server, c.clientPort, c.serverPort] = [c.server, c.client, c.serverPort, c.clientPort];
    c.basis = 'well-known-port';
  }
}
