// Shared by the unit tests of the DNP3, IEC 104, BACnet, OPC UA, MQTT and C37.118 dissectors: a
// FactSink that records what it is told, packet contexts, and hex/byte helpers.
import type { PacketContext } from '../dissector.js';
import { noise, packetContext } from './dissector-test-kit.js';

export { hex, noise, recordFacts as recorder, type RecordedFacts } from './dissector-test-kit.js';

export function context(
  options: { fromClient?: boolean; srcPort?: number; dstPort?: number; transport?: 'tcp' | 'udp' } = {},
): PacketContext {
  return packetContext(
    { transport: options.transport ?? 'tcp', srcPort: options.srcPort ?? 50000, dstPort: options.dstPort ?? 50001 },
    options.fromClient ?? true,
  );
}

export function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((p) => [...p]));
}

export function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

/** Runs detect and parse on every prefix of `payload` (truncation) and on noise: must not throw. */
export function survivesTruncationAndNoise(run: (payload: Uint8Array) => void, payload: Uint8Array): void {
  for (let n = 0; n <= payload.length; n += 1) run(payload.subarray(0, n));
  for (let seed = 1; seed <= 200; seed += 1) run(noise(seed, 1 + (seed % 64)));
}
