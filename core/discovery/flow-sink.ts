// The FactSink dissectors write to (issue #9 item 2): one object for every packet, aimed by the
// engine at the packet's flow and direction before each parse, so no sink is made per packet.
import type { FactSink } from './dissector.js';
import { addDetail, type DiscoveryPartial, type FlowAgg } from './partial.js';
import { DetailMemory } from './detail-memory.js';

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
   * or `mac:<mac>`; '' for none). `memory` remembers what was written to `flow` (it must always be
   * aimed with the same flow: a conversation's); without it the sink's own memory is used.
   */
  aim(flow: FlowAgg | null, srcIsClient: boolean, sender: string, receiver: string, memory?: DetailMemory): void;
  /** Forgets the flows written so far (the engine handed its totals over). */
  reset(): void;
}

export function createFlowSink(partial: DiscoveryPartial): FlowSink {
  let sinkFlow: FlowAgg | null = null;
  let sinkSrcIsClient = true;
  let sinkSender = '';
  let sinkReceiver = '';
  // The sink's own memory, for flows aimed without one (layer 2): valid for `ownFlow` only.
  const own = new DetailMemory();
  let ownFlow: FlowAgg | null = null;
  let memory = own;
  const detail: FactSink['detail'] = (key, value) => {
    if (sinkFlow && !memory.repeat(key, value)) addDetail(sinkFlow, key, value);
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
    aim(flow, srcIsClient, sender, receiver, conversationMemory) {
      sinkFlow = flow;
      sinkSrcIsClient = srcIsClient;
      sinkSender = sender;
      sinkReceiver = receiver;
      if (conversationMemory) memory = conversationMemory;
      else {
        memory = own;
        if (flow !== ownFlow) {
          ownFlow = flow;
          own.forget();
        }
      }
    },
    reset() {
      sinkFlow = ownFlow = null;
      own.forget();
      sink = freshSink();
    },
  };
}
