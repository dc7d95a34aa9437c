// TPKT (RFC 1006 §6) and COTP (ISO 8073 / X.224 class 0) framing shared by the TCP/102 family:
// S7comm, S7comm-plus and IEC 61850 MMS all travel as COTP DT TPDUs inside TPKT frames, and only
// the first bytes of the DT user data tell them apart.

/** ISO-on-TCP's registered port (RFC 1006). */
export const ISO_TSAP_PORT = 102;

/** COTP TPDU codes (high nibble of the second header byte, X.224 §13.1). */
export const COTP_CR = 0xe0;
export const COTP_CC = 0xd0;
export const COTP_DT = 0xf0;

/**
 * End offset of the TPKT frame starting at `off`, or -1 when no TPKT header is there. The end may
 * lie beyond the segment (which ends at `limit`) when the frame continues in the next one; callers
 * clip to `limit`.
 */
export function tpktEnd(d: Uint8Array, off: number, limit = d.length): number {
  if (off + 4 > limit || d[off] !== 3 || d[off + 1] !== 0) return -1;
  const len = (d[off + 2]! << 8) | d[off + 3]!;
  // A TPKT carries at least a 3-byte COTP DT header (length indicator, code, TPDU-NR/EOT).
  return len >= 7 ? off + len : -1;
}

/** The COTP TPDU code of the TPKT frame at `off` (CR/CC/DT …), or -1 when too short. */
export function cotpType(d: Uint8Array, off: number): number {
  return off + 6 <= d.length ? d[off + 5]! & 0xf0 : -1;
}

/**
 * Start of the DT user data in the TPKT frame at `off` (which ends at `end`; the segment at
 * `limit`), or -1 when the frame is not a DT or its header is malformed. X.224 §13.7: LI counts the
 * header bytes after itself.
 */
export function cotpDataStart(d: Uint8Array, off: number, end: number, limit = d.length): number {
  if (off + 7 > limit) return -1;
  const li = d[off + 4]!;
  if ((d[off + 5]! & 0xf0) !== COTP_DT || li < 2) return -1;
  const start = off + 5 + li;
  return start <= Math.min(end, limit) ? start : -1;
}

/**
 * Start of the user data of the first whole, non-empty COTP DT in a segment that begins with a
 * TPKT header, or -1; `endOut[0]` receives its end. Detection uses this: CR/CC and empty DTs (the
 * closing TPDU of some fragmented messages) say nothing about what the connection carries.
 */
export function firstDataStart(d: Uint8Array, endOut: [number]): number {
  let off = 0;
  while (off < d.length) {
    const end = tpktEnd(d, off);
    if (end < 0 || end > d.length) return -1;
    const start = cotpDataStart(d, off, end);
    if (start >= 0 && start < end) {
      endOut[0] = end;
      return start;
    }
    off = end;
  }
  return -1;
}
