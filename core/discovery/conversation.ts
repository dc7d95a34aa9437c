// One TCP or UDP conversation as the discovery engine tracks it (issue #9): who the client is, the
// dissector that claimed it, its counts until its flow is settled, and cached host records.
import type { Dissector } from './dissector.js';
import type { Basis } from './orientation.js';
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
}
