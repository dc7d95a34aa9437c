// S7comm ("S7 classic", protocol id 0x32) on ISO-on-TCP: jobs and acks of S7-300/400/1200 PLCs and
// the userdata requests engineering tools and HMIs use to read the system status lists (SZL).
// Layouts follow the public reverse engineering (Wireshark's s7comm dissector, the Snap7 docs).
import type { Dissector, FactSink } from '../dissector.js';
import { rangeParser, u16be } from '../dissector.js';
import { ISO_TSAP_PORT, cotpDataStart, firstDataStart, tpktEnd } from './iso-transport.js';
import { readSzlIdentity, type S7IdentityParts } from './s7comm-szl.js';

const S7_PROTOCOL_ID = 0x32;
const ROSCTR_JOB = 1;
const ROSCTR_ACK = 2;
const ROSCTR_ACK_DATA = 3;
const ROSCTR_USERDATA = 7;
/** Userdata function group 4 (CPU functions), subfunction 1: read SZL. */
const GROUP_CPU = 4;
const SUB_READ_SZL = 1;

interface S7State {
  parts: S7IdentityParts;
  /** The identity last reported, as a key, so a repeated SZL answer is not reported again. */
  reported: string;
  /** The previous SZL response said "more data follows": the next one carries no SZL header. */
  szlContinues: boolean;
}

function headerLength(rosctr: number): number {
  // Ack and Ack-Data add an error class and code to the 10-byte header.
  return rosctr === ROSCTR_ACK || rosctr === ROSCTR_ACK_DATA ? 12 : 10;
}

/** True when the S7 PDU at [s, e) has a valid header whose lengths add up to exactly e - s. */
export function isS7Header(d: Uint8Array, s: number, e: number): boolean {
  if (e - s < 10 || d[s] !== S7_PROTOCOL_ID) return false;
  const rosctr = d[s + 1]!;
  if (rosctr !== ROSCTR_JOB && rosctr !== ROSCTR_ACK && rosctr !== ROSCTR_ACK_DATA && rosctr !== ROSCTR_USERDATA) {
    return false;
  }
  // The redundancy identification is always zero.
  if (d[s + 2] !== 0 || d[s + 3] !== 0) return false;
  const paramLen = u16be(d, s + 6)!;
  const dataLen = u16be(d, s + 8)!;
  return headerLength(rosctr) + paramLen + dataLen === e - s;
}

const groupSubNames: (string | undefined)[] = [];
/** "group/subfunction" text (as Wireshark prints it), built once per pair. */
function groupSub(group: number, sub: number): string {
  const k = (group << 8) | sub;
  return (groupSubNames[k] ??= `${group}/${sub}`);
}

function parseUserdata(d: Uint8Array, p: number, paramLen: number, e: number, out: FactSink, st: S7State): void {
  // Parameter head 00 01 12, parameter length, method, type|group, subfunction, sequence number.
  if (p + 8 > e || d[p] !== 0x00 || d[p + 1] !== 0x01 || d[p + 2] !== 0x12) return;
  const typeGroup = d[p + 5]!;
  const type = typeGroup >> 4;
  const group = typeGroup & 0x0f;
  const sub = d[p + 6]!;
  out.detail('userdataFunctions', groupSub(group, sub));
  if (group !== GROUP_CPU || sub !== SUB_READ_SZL) return;
  // Responses (type 8) with an 8-byte parameter part carry "last data unit" (0 = last).
  const isResponse = type === 8;
  const more = isResponse && d[p + 3]! >= 8 && p + 10 <= e && d[p + 9] !== 0;
  const continuation = isResponse && st.szlContinues;
  if (isResponse) st.szlContinues = more;
  if (continuation) return;
  // Data part: return code (0xff = success), transport size, length, then the SZL header.
  const q = p + paramLen;
  if (q + 8 > e || d[q] !== 0xff) return;
  const szlId = u16be(d, q + 4)!;
  out.detail('szlIds', szlId);
  if (!isResponse || q + 12 > e) return;
  const recLen = u16be(d, q + 8)!;
  const count = u16be(d, q + 10)!;
  if (recLen === 0 || !readSzlIdentity(d, szlId, q + 12, recLen, count, e, st.parts)) return;
  const { orderNumber, firmware, name, product, serial } = st.parts;
  const key = `${orderNumber}|${firmware}|${name}|${product}|${serial}`;
  if (key === st.reported) return;
  st.reported = key;
  // Only the PLC answers SZL reads, so the sender of a response is the PLC whatever the orientation.
  out.identity('sender', {
    protocol: 's7comm',
    vendor: 'Siemens',
    orderNumber: orderNumber ?? null,
    firmware: firmware ?? null,
    name: name ?? null,
    product: product ?? null,
    serial: serial ?? null,
  });
}

function parsePdu(d: Uint8Array, s: number, e: number, out: FactSink, st: S7State): void {
  if (e - s < 10 || d[s] !== S7_PROTOCOL_ID) return;
  const rosctr = d[s + 1]!;
  out.detail('rosctr', rosctr);
  const paramLen = u16be(d, s + 6)!;
  const p = s + headerLength(rosctr);
  if (p >= e || paramLen === 0) return;
  if (rosctr === ROSCTR_JOB || rosctr === ROSCTR_ACK_DATA) {
    // The first parameter byte is the function (0xf0 setup communication, 0x04 read, 0x05 write …).
    out.detail('functions', d[p]!);
  } else if (rosctr === ROSCTR_USERDATA) {
    parseUserdata(d, p, paramLen, e, out, st);
  }
}

export const s7commDissector: Dissector<S7State> = {
  id: 's7comm',
  transport: 'tcp',
  ports: [ISO_TSAP_PORT],
  detect(payload) {
    const endOut: [number] = [0];
    const s = firstDataStart(payload, endOut);
    return s >= 0 && isS7Header(payload, s, endOut[0]);
  },
  createState() {
    return { parts: {}, reported: '', szlContinues: false };
  },
  ...rangeParser<S7State>((d, start, limit, _ctx, out, state) => {
    for (let off = start; off < limit;) {
      const end = tpktEnd(d, off, limit);
      if (end < 0) return;
      const s = cotpDataStart(d, off, end, limit);
      if (s >= 0) parsePdu(d, s, Math.min(end, limit), out, state);
      off = end;
    }
  }),
};
