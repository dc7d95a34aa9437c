// SMB over TCP: on 445 every message has a 4-octet length prefix ([MS-SMB2] §2.1, "Direct TCP"),
// on 139 a NetBIOS session header (RFC 1002 §4.3.1) of the same shape after a session request.
// The message starts with 0xFF 'SMB' (SMB1, [MS-CIFS] §2.2.3.1), 0xFE 'SMB' (SMB2/3, [MS-SMB2]
// §2.2.1), 0xFD 'SMB' (SMB3 encrypted transform) or 0xFC 'SMB' (SMB3 compression transform).
// SMB1 in an OT network is a finding by itself, so `versions` tells 1 from 2.
import { u16le, u32le, type Dissector, type FactSink, type PacketContext } from '../dissector.js';

const NETBIOS_SSN_PORT = 139;
const SESSION_MESSAGE = 0x00;
const SESSION_REQUEST = 0x81;
const POSITIVE_RESPONSE = 0x82;
const NEGATIVE_RESPONSE = 0x83;
/** The 16-octet NetBIOS name, first-level encoded (RFC 1001 §14.1): length 32, 'A'–'P'. */
const ENCODED_NAME = 32;
const SMB1_HEADER = 32;
const SMB2_HEADER = 64;
const SMB1_NEGOTIATE = 0x72;
const SMB2_NEGOTIATE = 0x0000;
const MAX_PDUS_PER_PACKET = 64;
const MAX_DIALECTS = 16;

interface SmbState {
  /** Bit 1 << version once reported. */
  versions: number;
  encrypted: boolean;
  /** Dialect strings offered in the last SMB1 NEGOTIATE request (the response answers by index). */
  offered: string[];
}

/** The SMB protocol marker at `o`: 0xFF, 0xFE, 0xFD or 0xFC followed by 'SMB'; else 0. */
function smbMarker(d: Uint8Array, o: number): number {
  if (o + 4 > d.length || d[o + 1] !== 0x53 || d[o + 2] !== 0x4d || d[o + 3] !== 0x42) return 0;
  const m = d[o]!;
  return m >= 0xfc ? m : 0;
}

/** Message length of the session header at `o` (24 bits for Direct TCP, 17 for NetBIOS). */
function messageLength(d: Uint8Array, o: number): number {
  return (d[o + 1]! << 16) | (d[o + 2]! << 8) | d[o + 3]!;
}

/** A NetBIOS session request: called and calling names, each 0x20 + 32 letters 'A'–'P' + 0x00. */
function isSessionRequest(d: Uint8Array): boolean {
  if (d.length < 4 + 2 * (ENCODED_NAME + 2) || d[0] !== SESSION_REQUEST || d[4] !== ENCODED_NAME) return false;
  for (let i = 5; i < 5 + ENCODED_NAME; i += 1) if (d[i]! < 0x41 || d[i]! > 0x50) return false;
  return true;
}

function onNetbiosPort(ctx: PacketContext): boolean {
  return ctx.packet.srcPort === NETBIOS_SSN_PORT || ctx.packet.dstPort === NETBIOS_SSN_PORT;
}

function dialectText(revision: number): string {
  switch (revision) {
    case 0x0202:
      return '2.0.2';
    case 0x0210:
      return '2.1';
    case 0x0300:
      return '3.0';
    case 0x0302:
      return '3.0.2';
    case 0x0311:
      return '3.1.1';
    default:
      return `0x${revision.toString(16).padStart(4, '0')}`;
  }
}

function reportVersion(state: SmbState, version: number, out: FactSink): void {
  if ((state.versions & (1 << version)) === 0) {
    state.versions |= 1 << version;
    out.detail('versions', version);
  }
}

/** The dialect strings of an SMB1 NEGOTIATE request ([MS-CIFS] §2.2.4.52.1): 0x02 "name" NUL … */
function offeredDialects(d: Uint8Array, smb: number, end: number): string[] {
  const dialects: string[] = [];
  if (d[smb + SMB1_HEADER] !== 0) return dialects;
  let o = smb + SMB1_HEADER + 3;
  while (o < end && d[o] === 0x02 && dialects.length < MAX_DIALECTS) {
    let z = o + 1;
    while (z < end && d[z] !== 0) z += 1;
    let s = '';
    for (let i = o + 1; i < z && i < o + 65; i += 1) s += String.fromCharCode(d[i]!);
    dialects.push(s);
    o = z + 1;
  }
  return dialects;
}

export const smbDissector: Dissector<SmbState> = {
  id: 'smb',
  transport: 'tcp',
  ports: [445, NETBIOS_SSN_PORT],
  detect(payload, ctx) {
    if (payload.length >= 8 && payload[0] === SESSION_MESSAGE && smbMarker(payload, 4) !== 0) {
      return messageLength(payload, 0) >= SMB1_HEADER;
    }
    if (!onNetbiosPort(ctx)) return false;
    if (isSessionRequest(payload)) return true;
    // Positive (empty) or negative (one error octet) session response.
    const t = payload[0];
    return (
      payload.length >= 4 &&
      ((t === POSITIVE_RESPONSE && messageLength(payload, 0) === 0) ||
        (t === NEGATIVE_RESPONSE && messageLength(payload, 0) === 1))
    );
  },
  createState() {
    return { versions: 0, encrypted: false, offered: [] };
  },
  parse(payload, _ctx, out, state) {
    let o = 0;
    for (let n = 0; n < MAX_PDUS_PER_PACKET && o + 8 <= payload.length; n += 1) {
      if (payload[o] !== SESSION_MESSAGE) return;
      const end = o + 4 + messageLength(payload, o);
      const smb = o + 4;
      const marker = smbMarker(payload, smb);
      if (marker === 0) return;
      const limit = Math.min(end, payload.length);
      if (marker === 0xff) {
        reportVersion(state, 1, out);
        const isReply = (payload[smb + 9]! & 0x80) !== 0;
        if (payload[smb + 4] === SMB1_NEGOTIATE && smb + SMB1_HEADER + 3 <= limit) {
          if (!isReply) {
            state.offered = offeredDialects(payload, smb, limit);
          } else {
            const index = u16le(payload, smb + SMB1_HEADER + 1)!;
            const dialect = state.offered[index];
            if (dialect !== undefined) out.detail('dialects', dialect);
          }
        }
      } else {
        reportVersion(state, 2, out);
        if (marker === 0xfd && !state.encrypted) {
          state.encrypted = true;
          out.flag('encrypted', true);
        }
        if (marker === 0xfe && smb + SMB2_HEADER + 6 <= limit) {
          const command = u16le(payload, smb + 12)!;
          const isResponse = (u32le(payload, smb + 16)! & 1) !== 0;
          // NEGOTIATE response body: StructureSize (65), SecurityMode, DialectRevision.
          if (command === SMB2_NEGOTIATE && isResponse && u16le(payload, smb + SMB2_HEADER) === 65) {
            out.detail('dialects', dialectText(u16le(payload, smb + SMB2_HEADER + 4)!));
          }
        }
      }
      o = end;
    }
  },
};
