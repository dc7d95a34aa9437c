// The payload a dissector reads, when it does not read ranges of the capture chunk itself
// (Dissector.parseRange) or is detecting a conversation's protocol: short
// payloads (up to COPY_BYTES: most ICS requests) are copied into one scratch buffer and handed over
// as one of its prepared views, so no object is allocated per packet; longer ones get a view of
// the capture chunk, since copying costs about a nanosecond a byte and a view about twenty in all.
// Either is valid during the dissector call only (the Dissector contract).
/** Payloads up to this length are copied rather than given a view of their own. */
const COPY_BYTES = 24;
const scratch = new Uint8Array(COPY_BYTES);
/** views[n] is the first n bytes of the scratch buffer. */
const views = Array.from({ length: COPY_BYTES + 1 }, (_, n) => scratch.subarray(0, n));

/** The bytes `base[start, end)` as a dissector reads them (see above). */
export function payloadViewOf(base: Uint8Array, start: number, end: number): Uint8Array {
  const n = end - start;
  if (n > COPY_BYTES) return new Uint8Array(base.buffer, base.byteOffset + start, n);
  for (let i = 0; i < n; i++) scratch[i] = base[start + i]!;
  return views[n]!;
}
