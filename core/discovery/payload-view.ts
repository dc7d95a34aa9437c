// The payload a dissector reads, for packets the decoder left without a view (payloadBase): small
// payloads (most ICS requests and responses) are copied into one scratch buffer and handed over as
// one of its prepared views, so no object is allocated per packet; larger ones get a view of the
// capture chunk. Either is valid during the dissector call only (the Dissector contract).
import type { DecodedPacket } from '../netdecode/types.js';

const SCRATCH_BYTES = 512;
const scratch = new Uint8Array(SCRATCH_BYTES);
/** views[n] is the first n bytes of the scratch buffer. */
const views = Array.from({ length: SCRATCH_BYTES + 1 }, (_, n) => scratch.subarray(0, n));

export function payloadView(p: DecodedPacket): Uint8Array {
  const base = p.payloadBase;
  return base === undefined ? p.payload : payloadViewOf(base, p.payloadStart, p.payloadEnd);
}

/** The bytes `base[start, end)` as payloadView hands them out. */
export function payloadViewOf(base: Uint8Array, start: number, end: number): Uint8Array {
  const n = end - start;
  if (n > SCRATCH_BYTES) return base.subarray(start, end);
  for (let i = 0; i < n; i++) scratch[i] = base[start + i]!;
  return views[n]!;
}
