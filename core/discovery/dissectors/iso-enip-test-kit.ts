// Helpers for the unit tests of the Modbus / ISO-on-TCP / EtherNet/IP / FINS / HART-IP dissectors:
// payloads from hex text, a packet context, and a FactSink that records what it is told.
import type { Dissector, PacketContext } from '../dissector.js';
import { packetContext, recordFacts, type RecordedFacts } from './dissector-test-kit.js';

export { hex } from './dissector-test-kit.js';

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export interface ContextOptions {
  transport?: 'tcp' | 'udp';
  srcPort?: number;
  dstPort?: number;
  fromClient?: boolean;
}

export function context(o: ContextOptions = {}): PacketContext {
  return packetContext(
    {
      srcIp: '192.168.0.10',
      dstIp: '192.168.0.20',
      transport: o.transport ?? 'tcp',
      srcPort: o.srcPort ?? 50000,
      dstPort: o.dstPort ?? 502,
    },
    o.fromClient ?? true,
  );
}

/** The shared recorder, with each detail key's values sorted. */
export type Recorder = RecordedFacts;

export function recorder(): Recorder {
  const r = recordFacts();
  return {
    ...r,
    values: (key) =>
      r
        .values(key)
        .sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b)))),
  };
}

/** Parses the payloads in order with one fresh state, as the engine does for a claimed conversation. */
export function parseAll<S>(d: Dissector<S>, packets: [Uint8Array, PacketContext][]): Recorder {
  const out = recorder();
  const state = d.createState?.() as S;
  for (const [payload, ctx] of packets) d.parse(payload, ctx, out, state);
  return out;
}

/** Runs detect and parse on every prefix and on bit-flipped copies: neither may throw. */
export function hammer<S>(d: Dissector<S>, samples: Uint8Array[], ctx: PacketContext): void {
  const out = recorder();
  for (const sample of samples) {
    const state = d.createState?.() as S;
    for (let n = 0; n <= sample.length; n += 1) {
      const prefix = sample.subarray(0, n);
      d.detect(prefix, ctx);
      d.parse(prefix, ctx, out, state);
    }
    for (let i = 0; i < sample.length; i += 1) {
      const copy = sample.slice();
      copy[i] = copy[i]! ^ 0xff;
      d.detect(copy, ctx);
      d.parse(copy, ctx, out, state);
    }
  }
}
