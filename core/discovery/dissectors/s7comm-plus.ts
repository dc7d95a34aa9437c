// S7comm-plus (protocol id 0x72) on ISO-on-TCP: S7-1200/1500 PLCs and TIA Portal / HMI panels.
// Layout from the public reverse engineering (Wireshark's s7comm_plus plugin by T. Wiens): a
// 4-byte header (0x72, protocol version, data length), the data, then a 4-byte trailer
// (0x72, version, 0x0000) on the last fragment. Version 3 inserts an integrity part (digest length
// byte, digest) before the opcode.
import type { Dissector, FactSink } from '../dissector.js';
import { u16be } from '../dissector.js';
import { ISO_TSAP_PORT, cotpDataStart, firstDataStart, tpktEnd } from './iso-transport.js';

const S7P_PROTOCOL_ID = 0x72;
const OPCODE_REQUEST = 0x31;
const OPCODE_RESPONSE = 0x32;
const OPCODE_NOTIFICATION = 0x33;
/** Function code of CreateObject, whose response names the CPU ("6ES7 …;V4.2"). */
const FN_CREATE_OBJECT = 0x04ca;

interface S7PlusState {
  reported: boolean;
}

function isVersion(v: number): boolean {
  // 1 = V1 (S7-1200 FW2), 2 = V2, 3 = V3 with integrity digest; 0xfe/0xff are keep-alive variants.
  return v === 1 || v === 2 || v === 3 || v === 0xfe;
}

/** True when [s, e) is one S7comm-plus PDU whose length field fits, with or without a trailer. */
export function isS7PlusPdu(d: Uint8Array, s: number, e: number): boolean {
  if (e - s < 4 || d[s] !== S7P_PROTOCOL_ID || !isVersion(d[s + 1]!)) return false;
  const len = u16be(d, s + 2)!;
  if (s + 4 + len === e) return true;
  return s + 8 + len === e && d[e - 4] === S7P_PROTOCOL_ID;
}

/**
 * Looks for a Siemens order number ("6ES7 214-1HE30-0XB0 ;V2.2") in a CreateObject response and
 * reports it with the firmware that follows the semicolon. Rare (once per connection).
 */
function scanOrderNumber(d: Uint8Array, s: number, e: number, out: FactSink): boolean {
  for (let i = s; i + 8 <= e; i += 1) {
    if (d[i] !== 0x36 || d[i + 1] !== 0x45 || d[i + 2] !== 0x53 || d[i + 3] !== 0x37) continue; // "6ES7"
    let j = i;
    while (j < e && d[j]! >= 0x20 && d[j]! < 0x7f) j += 1;
    const textRun = String.fromCharCode(...d.subarray(i, j));
    const [order = '', version = ''] = textRun.split(';');
    const orderNumber = order.trim();
    if (orderNumber.length < 10) continue;
    const firmware = version.trim();
    out.identity('sender', {
      protocol: 's7comm-plus',
      vendor: 'Siemens',
      orderNumber,
      firmware: /^V\d+(\.\d+)*$/u.test(firmware) ? firmware : null,
    });
    return true;
  }
  return false;
}

function parsePdu(d: Uint8Array, s: number, e: number, out: FactSink, st: S7PlusState): void {
  if (e - s < 4 || d[s] !== S7P_PROTOCOL_ID) return;
  const version = d[s + 1]!;
  if (!isVersion(version)) return;
  out.detail('protocolVersions', version);
  let o = s + 4;
  // V3: one length byte, then the integrity digest (32 bytes in practice).
  if (version === 3 && o < e) o += 1 + d[o]!;
  if (o + 5 > e) return;
  const opcode = d[o]!;
  if (opcode !== OPCODE_REQUEST && opcode !== OPCODE_RESPONSE && opcode !== OPCODE_NOTIFICATION) return;
  out.detail('opcodes', opcode);
  if (opcode === OPCODE_NOTIFICATION) return;
  // Opcode, 2 reserved bytes, then the function code.
  const fn = u16be(d, o + 3)!;
  out.detail('functions', fn);
  if (opcode === OPCODE_RESPONSE && fn === FN_CREATE_OBJECT && !st.reported) {
    st.reported = scanOrderNumber(d, o + 5, e, out);
  }
}

export const s7commPlusDissector: Dissector<S7PlusState> = {
  id: 's7comm-plus',
  transport: 'tcp',
  ports: [ISO_TSAP_PORT],
  detect(payload) {
    const endOut: [number] = [0];
    const s = firstDataStart(payload, endOut);
    return s >= 0 && isS7PlusPdu(payload, s, endOut[0]);
  },
  createState() {
    return { reported: false };
  },
  parse(payload, _ctx, out, state) {
    for (let off = 0; off < payload.length;) {
      const end = tpktEnd(payload, off);
      if (end < 0) return;
      const s = cotpDataStart(payload, off, end);
      if (s >= 0) parsePdu(payload, s, Math.min(end, payload.length), out, state);
      off = end;
    }
  },
};
