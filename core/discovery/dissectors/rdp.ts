// Remote Desktop Protocol connection start ([MS-RDPBCGR] §2.2.1.1–2.2.1.2): a TPKT (RFC 1006)
// carrying an X.224 Connection Request whose user data is an optional "Cookie: mstshash=<user>"
// line and an RDP_NEG_REQ structure; the server answers with a Connection Confirm and RDP_NEG_RSP.
// S7comm and IEC 61850 MMS use the same TPKT/X.224 framing on port 102, but their Connection
// Request carries TSAP parameters (codes 0xC0–0xC2) where RDP puts the cookie or negotiation
// structure, so the content tells them apart. Mid-session traffic (TLS or X.224 data) only counts
// on port 3389.
import { u16be, u32le, startsWithAscii, type Dissector, type PacketContext } from '../dissector.js';
import { asciiText, lineEnd } from './ascii-lines.js';

export const RDP_PORT = 3389;

const TPKT_VERSION = 3;
/** TPKT (4) + LI, code, DST-REF (2), SRC-REF (2), class. */
const X224_FIXED = 11;
const CR = 0xe0;
const CC = 0xd0;
const DT = 0xf0;
const NEG_REQ = 0x01;
const NEG_RSP = 0x02;
const NEG_FAILURE = 0x03;
const NEG_LENGTH = 8;
const COOKIE = 'Cookie: mstshash=';
const ROUTING_TOKEN = 'Cookie: msts=';

/** Security protocol flags of RDP_NEG_REQ/RSP ([MS-RDPBCGR] §2.2.1.1.1). */
const PROTOCOLS: readonly [number, string][] = [
  [0x01, 'tls'],
  [0x02, 'credssp'],
  [0x04, 'rdstls'],
  [0x08, 'credssp-early-user-auth'],
  [0x10, 'rdsaad'],
];

/** Length of the TPKT when d starts with one that holds an X.224 CR/CC/DT; else 0. */
function tpktX224(d: Uint8Array): number {
  if (d.length < 7 || d[0] !== TPKT_VERSION || d[1] !== 0) return 0;
  const length = u16be(d, 2)!;
  if (length < 7 || length > d.length) return 0;
  const code = d[5]! & 0xf0;
  if (code === DT) return d[4] === 2 ? length : 0;
  if ((code !== CR && code !== CC) || d[4] !== length - 5 || length < X224_FIXED) return 0;
  return length;
}

/** Offset of the RDP negotiation structure after an optional cookie line, or -1. */
function negotiationOffset(d: Uint8Array, length: number): number {
  let o = X224_FIXED;
  if (startsWithAscii(d, COOKIE, o) || startsWithAscii(d, ROUTING_TOKEN, o)) {
    const eol = lineEnd(d, o, length);
    if (eol < 0 || d[eol] !== 0x0d || d[eol + 1] !== 0x0a) return -1;
    o = eol + 2;
  }
  if (o + NEG_LENGTH !== length) return -1;
  const type = d[o];
  if (type !== NEG_REQ && type !== NEG_RSP && type !== NEG_FAILURE) return -1;
  return d[o + 2] === NEG_LENGTH && d[o + 3] === 0 ? o : -1;
}

function isRdpConnection(d: Uint8Array): boolean {
  const length = tpktX224(d);
  if (length === 0 || (d[5]! & 0xf0) === DT) return false;
  if ((d[5]! & 0xf0) === CR && startsWithAscii(d, COOKIE, X224_FIXED)) return true;
  return negotiationOffset(d, length) >= 0;
}

/** A TLS record header (content type 20–23, version 3.x). */
function isTlsRecord(d: Uint8Array): boolean {
  return d.length >= 5 && d[0]! >= 20 && d[0]! <= 23 && d[1] === 3 && d[2]! <= 4;
}

function onRdpPort(ctx: PacketContext): boolean {
  return ctx.packet.srcPort === RDP_PORT || ctx.packet.dstPort === RDP_PORT;
}

function protocolNames(flags: number, add: (name: string) => void): void {
  if (flags === 0) add('rdp');
  for (const [bit, name] of PROTOCOLS) if ((flags & bit) !== 0) add(name);
}

export const rdpDissector: Dissector = {
  id: 'rdp',
  transport: 'tcp',
  ports: [RDP_PORT],
  detect(payload, ctx) {
    if (isRdpConnection(payload)) return true;
    return onRdpPort(ctx) && (tpktX224(payload) > 0 || isTlsRecord(payload));
  },
  parse(payload, _ctx, out) {
    const length = tpktX224(payload);
    if (length === 0 || (payload[5]! & 0xf0) === DT) return;
    if ((payload[5]! & 0xf0) === CR && startsWithAscii(payload, COOKIE, X224_FIXED)) {
      // mstsc puts the (truncated) user name here; it is a name, not a secret.
      const from = X224_FIXED + COOKIE.length;
      const user = asciiText(payload, from, Math.max(from, lineEnd(payload, from, length)), 64);
      if (user) out.detail('usernames', user);
    }
    const o = negotiationOffset(payload, length);
    if (o < 0) return;
    const type = payload[o]!;
    const value = u32le(payload, o + 4)!;
    if (type === NEG_REQ) {
      protocolNames(value, (name) => out.detail('requestedProtocols', name));
    } else if (type === NEG_RSP) {
      protocolNames(value, (name) => out.detail('selectedProtocols', name));
      // Standard RDP security: RC4 encryption without server authentication.
      if (value === 0) out.flag('standardRdpSecurity', true);
    } else {
      out.detail('negotiationFailures', value);
    }
  },
};
