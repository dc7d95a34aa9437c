// The FactSink dissectors write to (issue #9 item 2): one object for every packet, aimed by the
// engine at the packet's flow and direction before each parse, so no sink is made per packet.
import type { FactSink } from './dissector.js';
import { addDetail, type DiscoveryPartial, type FlowAgg } from './partial.js';
import type { DetailValue } from './types.js';

/**
 * The detail values last written to one flow: a repeat of either needs no map or set lookup
 * (polling repeats the same unit id and function code packet after packet, and a set never loses
 * a value). A conversation carries one for its flow; layer-2 flows share the sink's own.
 */
export interface RecentDetails {
  recentKey1: string;
  recentValue1: DetailValue | undefined;
  recentKey2: string;
  recentValue2: DetailValue | undefined;
}

export function noRecentDetails(): RecentDetails {
  return { recentKey1: '', recentValue1: undefined, recentKey2: '', recentValue2: undefined };
}

export interface FlowSink {
  /**
   * The sink to hand to dissectors. A new object after each reset (with the same functions, so
   * calls through it stay monomorphic): dissectors may remember what they already reported per
   * sink (GOOSE identities), and a reset engine must get those reports again.
   */
  readonly sink: FactSink;
  /**
   * Aims the sink: details, flags and roles go to `flow` (nowhere when null), with `srcIsClient`
   * saying which end sent the packet; identities go to the holders `sender` / `receiver` (IP text
   * or `mac:<mac>`; '' for none). `recent` remembers what was written to `flow` (it must always be
   * aimed with the same flow); without it the sink's own memory is used.
   */
  aim(flow: FlowAgg | null, srcIsClient: boolean, sender: string, receiver: string, recent?: RecentDetails): void;
  /** Forgets the flows written so far (the engine handed its totals over). */
  reset(): void;
}

export function createFlowSink(partial: DiscoveryPartial): FlowSink {
  let sinkFlow: FlowAgg | null = null;
  let sinkSrcIsClient = true;
  let sinkSender = '';
  let sinkReceiver = '';
  // The sink's own memory, for flows aimed without one: valid for `ownFlow` only.
  const own = noRecentDetails();
  let ownFlow: FlowAgg | null = null;
  let recent = own;
  const detail: FactSink['detail'] = (key, value) => {
    if (!sinkFlow) return;
    const r = recent;
    if ((key === r.recentKey1 && value === r.recentValue1) || (key === r.recentKey2 && value === r.recentValue2))
      return;
    addDetail(sinkFlow, key, value);
    r.recentKey2 = r.recentKey1;
    r.recentValue2 = r.recentValue1;
    r.recentKey1 = key;
    r.recentValue1 = value;
  };
  const flag: FactSink['flag'] = (key, value) => {
    if (sinkFlow) sinkFlow.flags.set(key, (sinkFlow.flags.get(key) ?? false) || value);
  };
  const identity: FactSink['identity'] = (of, announced) => {
    const holder = of === 'sender' ? sinkSender : sinkReceiver;
    if (holder === '') return;
    const key = `${holder}\u0000${JSON.stringify(announced)}`;
    if (!partial.identities.has(key)) partial.identities.set(key, { holder, identity: announced });
  };
  const role: FactSink['role'] = (of, value) => {
    if (!sinkFlow) return;
    const client = (of === 'sender') === sinkSrcIsClient;
    (client ? sinkFlow.clientRoles : sinkFlow.serverRoles).add(value);
  };
  const freshSink = (): FactSink => ({ detail, flag, identity, role });
  let sink = freshSink();
  return {
    get sink() {
      return sink;
    },
    aim(flow, srcIsClient, sender, receiver, memory) {
      sinkFlow = flow;
      sinkSrcIsClient = srcIsClient;
      sinkSender = sender;
      sinkReceiver = receiver;
      if (memory) recent = memory;
      else {
        recent = own;
        if (flow !== ownFlow) {
          ownFlow = flow;
          own.recentKey1 = own.recentKey2 = '';
        }
      }
    },
    reset() {
      sinkFlow = ownFlow = null;
      own.recentKey1 = own.recentKey2 = '';
      sink = freshSink();
    },
  };
}
