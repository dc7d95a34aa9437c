// IEC 61850-8-1 MMS (ISO 9506) over the full OSI upper-layer stack on ISO-on-TCP: COTP DT →
// ISO session (X.225) → ISO presentation (X.226) → ACSE / MMS. Only the first bytes of each layer
// are checked, enough to tell MMS from S7comm (0x32) and S7comm-plus (0x72) on the same port.
import type { Dissector, FactSink } from '../dissector.js';
import { ISO_TSAP_PORT, cotpDataStart, firstDataStart, tpktEnd } from './iso-transport.js';

// Session SPDU identifiers (X.225 §8.3).
const SPDU_GIVE_TOKENS_OR_DATA = 0x01;
const SPDU_FINISH = 0x09;
const SPDU_DISCONNECT = 0x0a;
const SPDU_CONNECT = 0x0d;
const SPDU_ACCEPT = 0x0e;
const SPDU_ABORT = 0x19;
/** Session user-data parameter (X.225 §8.3.1.26): carries the presentation PPDU. */
const PI_USER_DATA = 0xc1;
/** Presentation CP/CPA-PPDU (a SET) and fully-encoded user data ([APPLICATION 1]), X.226 §8.2. */
const PPDU_CP_TYPE = 0x31;
const PPDU_USER_DATA = 0x61;

/** Reads a BER length at `o`: [value, offset after the length], or undefined (X.690 §8.1.3). */
function berLength(d: Uint8Array, o: number, e: number): [number, number] | undefined {
  if (o >= e) return undefined;
  const first = d[o]!;
  if (first < 0x80) return [first, o + 1];
  const n = first & 0x7f;
  if (n === 0 || n > 3 || o + 1 + n > e) return undefined;
  let v = 0;
  for (let i = 1; i <= n; i += 1) v = v * 256 + d[o + i]!;
  return [v, o + 1 + n];
}

/** Session SPDU length (X.225 §8.2.5: one byte, or 0xff and two bytes): [value, body offset]. */
function spduLength(d: Uint8Array, o: number, e: number): [number, number] | undefined {
  if (o >= e) return undefined;
  if (d[o] !== 0xff) return [d[o]!, o + 1];
  return o + 3 <= e ? [(d[o + 1]! << 8) | d[o + 2]!, o + 3] : undefined;
}

/**
 * Offset of the presentation PPDU carried by the session layer at [s, e), or -1. Handles the
 * data-transfer form (Give Tokens 01 00 + Data Transfer 01 00 + user data) and the SPDUs whose
 * user data sits in a 0xc1 parameter (Connect, Accept, Finish, Disconnect, Abort).
 */
export function presentationStart(d: Uint8Array, s: number, e: number): number {
  const type = d[s];
  if (type === SPDU_GIVE_TOKENS_OR_DATA) {
    return s + 4 < e && d[s + 1] === 0 && d[s + 2] === SPDU_GIVE_TOKENS_OR_DATA && d[s + 3] === 0 ? s + 4 : -1;
  }
  if (
    type !== SPDU_CONNECT &&
    type !== SPDU_ACCEPT &&
    type !== SPDU_FINISH &&
    type !== SPDU_DISCONNECT &&
    type !== SPDU_ABORT
  ) {
    return -1;
  }
  const len = spduLength(d, s + 1, e);
  if (len === undefined || len[1] + len[0] !== e) return -1;
  // Walk the parameters (PI, length, value; PGIs nest PIs but we only need the top-level 0xc1).
  for (let o = len[1]; o < e;) {
    const pi = d[o]!;
    const plen = spduLength(d, o + 1, e);
    if (plen === undefined || plen[1] + plen[0] > e) return -1;
    if (pi === PI_USER_DATA) return plen[0] > 0 ? plen[1] : -1;
    o = plen[1] + plen[0];
  }
  return -1;
}

/** True when a PPDU starts at `p`: a CP/CPA set or fully-encoded user data with a BER length that fits. */
function isPresentation(d: Uint8Array, p: number, e: number): boolean {
  const tag = d[p];
  if (tag !== PPDU_CP_TYPE && tag !== PPDU_USER_DATA) return false;
  const len = berLength(d, p + 1, e);
  return len !== undefined && len[1] + len[0] <= e && len[0] > 0;
}

/**
 * The MMS PDU tag inside fully-encoded user data (PDV-list: SEQUENCE { context id, [0] single
 * ASN.1 type }), or -1 when the PPDU is not that shape (e.g. ACSE during association).
 */
function mmsTag(d: Uint8Array, p: number, e: number): number {
  if (d[p] !== PPDU_USER_DATA) return -1;
  const outer = berLength(d, p + 1, e);
  if (outer === undefined || d[outer[1]] !== 0x30) return -1;
  const pdv = berLength(d, outer[1] + 1, e);
  if (pdv === undefined) return -1;
  let o = pdv[1];
  // presentation-context-identifier INTEGER
  if (d[o] !== 0x02) return -1;
  const ctxLen = berLength(d, o + 1, e);
  if (ctxLen === undefined) return -1;
  o = ctxLen[1] + ctxLen[0];
  if (d[o] !== 0xa0) return -1;
  const single = berLength(d, o + 1, e);
  return single === undefined || single[1] >= e ? -1 : d[single[1]]!;
}

function parseMms(d: Uint8Array, s: number, e: number, out: FactSink): void {
  // A DT continuing a fragmented message starts mid-PPDU: only count DTs that open an SPDU.
  const p = presentationStart(d, s, e);
  if (p < 0) return;
  out.detail('spduTypes', d[s]!);
  const tag = mmsTag(d, p, e);
  // MMS PDUs are context-specific constructed choices a0..ad (ISO 9506-2 §7): 0 confirmed request,
  // 1 confirmed response, 2 confirmed error, 3 unconfirmed, 8/9 initiate request/response …
  if (tag < 0xa0 || tag > 0xad) return;
  out.detail('mmsPdus', tag & 0x1f);
}

export const iec61850MmsDissector: Dissector = {
  id: 'iec61850-mms',
  transport: 'tcp',
  ports: [ISO_TSAP_PORT],
  detect(payload) {
    const endOut: [number] = [0];
    const s = firstDataStart(payload, endOut);
    if (s < 0) return false;
    const p = presentationStart(payload, s, endOut[0]);
    return p >= 0 && isPresentation(payload, p, endOut[0]);
  },
  parse(payload, _ctx, out) {
    for (let off = 0; off < payload.length;) {
      const end = tpktEnd(payload, off);
      if (end < 0) return;
      const s = cotpDataStart(payload, off, end);
      if (s >= 0 && s < Math.min(end, payload.length)) parseMms(payload, s, Math.min(end, payload.length), out);
      off = end;
    }
  },
};
