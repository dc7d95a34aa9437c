// Just enough of the OPC UA binary encoding (OPC 10000-6 §5.2) to walk the service messages that
// carry an ApplicationDescription. Every reader returns the offset after the value, or -1 when the
// value runs past the data or is invalid, so a garbled message stops the walk instead of throwing.
import type { Identity } from '../types.js';
import { u32le } from '../dissector.js';

/** Service request/response encodings in namespace 0 (OPC 10000-6 NodeIds: *_Encoding_DefaultBinary). */
export const FIND_SERVERS_RESPONSE = 425;
export const GET_ENDPOINTS_RESPONSE = 431;
export const CREATE_SESSION_REQUEST = 461;
export const CREATE_SESSION_RESPONSE = 464;

const MAX_DIAGNOSTIC_DEPTH = 4;
const utf8 = new TextDecoder('utf-8', { fatal: false });

function i32(d: Uint8Array, o: number): number | undefined {
  const v = u32le(d, o);
  return v === undefined ? undefined : v | 0;
}

function skip(d: Uint8Array, o: number, n: number): number {
  return o >= 0 && o + n <= d.length ? o + n : -1;
}

/** String and ByteString: int32 length, -1 for null (§5.2.2.4, §5.2.2.7). */
export function skipString(d: Uint8Array, o: number): number {
  if (o < 0) return -1;
  const n = i32(d, o);
  if (n === undefined || n < -1) return -1;
  return n === -1 ? o + 4 : skip(d, o + 4, n);
}

/** The string at `o` (null for a null or empty string) and the offset after it. */
export function readString(d: Uint8Array, o: number): [string | null, number] {
  const next = skipString(d, o);
  if (next < 0 || next - o <= 4) return [null, next];
  return [utf8.decode(d.subarray(o + 4, next)), next];
}

/** NodeId / ExpandedNodeId: encoding byte decides the layout (§5.2.2.9, §5.2.2.10). */
export function skipNodeId(d: Uint8Array, o: number): number {
  if (o < 0 || o >= d.length) return -1;
  const encoding = d[o]!;
  let p: number;
  switch (encoding & 0x0f) {
    case 0: // two-byte
      p = skip(d, o, 2);
      break;
    case 1: // four-byte
      p = skip(d, o, 4);
      break;
    case 2: // numeric
      p = skip(d, o, 7);
      break;
    case 3: // string
    case 5: // opaque
      p = skipString(d, skip(d, o, 3));
      break;
    case 4: // guid
      p = skip(d, o, 19);
      break;
    default:
      return -1;
  }
  if ((encoding & 0x80) !== 0) p = skipString(d, p); // NamespaceUri
  if ((encoding & 0x40) !== 0) p = skip(d, p, 4); // ServerIndex
  return p;
}

/** The numeric identifier of a namespace-0 NodeId at `o`, or undefined. */
export function numericNodeId(d: Uint8Array, o: number): number | undefined {
  if (o >= d.length) return undefined;
  switch (d[o]) {
    case 0x00:
      return o + 2 <= d.length ? d[o + 1] : undefined;
    case 0x01:
      return o + 4 <= d.length && d[o + 1] === 0 ? d[o + 2]! | (d[o + 3]! << 8) : undefined;
    case 0x02:
      return o + 7 <= d.length && d[o + 1] === 0 && d[o + 2] === 0 ? u32le(d, o + 3) : undefined;
    default:
      return undefined;
  }
}

/** ExtensionObject: TypeId, encoding byte, then a length-prefixed body for 0x01/0x02 (§5.2.2.15). */
function skipExtensionObject(d: Uint8Array, o: number): number {
  let p = skipNodeId(d, o);
  if (p < 0 || p >= d.length) return -1;
  const encoding = d[p]!;
  p += 1;
  if (encoding === 0) return p;
  return encoding === 1 || encoding === 2 ? skipString(d, p) : -1;
}

/** DiagnosticInfo: a mask byte, then the fields it announces (§5.2.2.12). */
function skipDiagnosticInfo(d: Uint8Array, o: number, depth = 0): number {
  if (o < 0 || o >= d.length || depth > MAX_DIAGNOSTIC_DEPTH) return -1;
  const mask = d[o]!;
  let p = o + 1;
  for (const bit of [0x01, 0x02, 0x04, 0x08]) if ((mask & bit) !== 0) p = skip(d, p, 4);
  if ((mask & 0x10) !== 0) p = skipString(d, p);
  if ((mask & 0x20) !== 0) p = skip(d, p, 4);
  if ((mask & 0x40) !== 0) p = skipDiagnosticInfo(d, p, depth + 1);
  return p;
}

/** Arrays: int32 count (-1 null), then the elements (§5.2.5). */
function skipArray(d: Uint8Array, o: number, element: (d: Uint8Array, o: number) => number): number {
  const n = o >= 0 ? i32(d, o) : undefined;
  if (n === undefined || n < -1 || n > d.length) return -1;
  let p = o + 4;
  for (let i = 0; i < n && p >= 0; i += 1) p = element(d, p);
  return p;
}

/** RequestHeader (OPC 10000-4 §7.28): token, timestamp, handle, diagnostics, audit id, hint, extra. */
export function skipRequestHeader(d: Uint8Array, o: number): number {
  let p = skip(d, skipNodeId(d, o), 8 + 4 + 4);
  p = skip(d, skipString(d, p), 4);
  return skipExtensionObject(d, p);
}

/** ResponseHeader (OPC 10000-4 §7.29): timestamp, handle, result, diagnostics, strings, extra. */
export function skipResponseHeader(d: Uint8Array, o: number): number {
  const p = skipDiagnosticInfo(d, skip(d, o, 8 + 4 + 4));
  return skipExtensionObject(d, skipArray(d, p, skipString));
}

/** LocalizedText: mask 0x01 locale, 0x02 text (§5.2.2.14); returns the text. */
function readLocalizedText(d: Uint8Array, o: number): [string | null, number] {
  if (o < 0 || o >= d.length) return [null, -1];
  const mask = d[o]!;
  let p = o + 1;
  if ((mask & 0x01) !== 0) p = skipString(d, p);
  return (mask & 0x02) !== 0 ? readString(d, p) : [null, p];
}

/** ApplicationDescription (OPC 10000-4 §7.2) as an identity, and the offset after it. */
export function readApplicationDescription(d: Uint8Array, o: number): [Identity | undefined, number] {
  const [applicationUri, p1] = readString(d, o);
  const [productUri, p2] = readString(d, p1);
  const [product, p3] = readLocalizedText(d, p2);
  // ApplicationType, GatewayServerUri, DiscoveryProfileUri, DiscoveryUrls.
  const end = skipArray(d, skipString(d, skipString(d, skip(d, p3, 4))), skipString);
  if (end < 0 || applicationUri === null) return [undefined, end];
  return [{ protocol: 'opcua', applicationUri, productUri, product }, end];
}

/** UserTokenPolicy (OPC 10000-4 §7.41): policy id, token type, three strings. */
function skipUserTokenPolicy(d: Uint8Array, o: number): number {
  const p = skip(d, skipString(d, o), 4);
  return skipString(d, skipString(d, skipString(d, p)));
}

/** EndpointDescription (OPC 10000-4 §7.14): the server's ApplicationDescription is its 2nd field. */
function readEndpointDescription(d: Uint8Array, o: number): [Identity | undefined, number] {
  const [server, p1] = readApplicationDescription(d, skipString(d, o));
  let p = skip(d, skipString(d, p1), 4); // ServerCertificate, SecurityMode
  p = skipArray(d, skipString(d, p), skipUserTokenPolicy); // SecurityPolicyUri, tokens
  return [server, skip(d, skipString(d, p), 1)]; // TransportProfileUri, SecurityLevel
}

/**
 * The ApplicationDescriptions in one service body (starting after the type NodeId) that describe
 * the message's sender.
 */
export function senderApplications(serviceId: number, d: Uint8Array, body: number): Identity[] {
  switch (serviceId) {
    case CREATE_SESSION_REQUEST: {
      const [client] = readApplicationDescription(d, skipRequestHeader(d, body));
      return client ? [client] : [];
    }
    case CREATE_SESSION_RESPONSE: {
      // SessionId, AuthenticationToken, RevisedSessionTimeout, ServerNonce, ServerCertificate.
      let p = skip(d, skipNodeId(d, skipNodeId(d, skipResponseHeader(d, body))), 8);
      p = skipString(d, skipString(d, p));
      return endpointsServers(d, p);
    }
    case GET_ENDPOINTS_RESPONSE:
      return endpointsServers(d, skipResponseHeader(d, body));
    case FIND_SERVERS_RESPONSE: {
      // A discovery server lists other servers too: only a lone entry is taken as the sender itself.
      const p = skipResponseHeader(d, body);
      if (i32(d, p) !== 1) return [];
      const [server] = readApplicationDescription(d, p + 4);
      return server ? [server] : [];
    }
    default:
      return [];
  }
}

/** Distinct server descriptions of an EndpointDescription array (usually all the same server). */
function endpointsServers(d: Uint8Array, o: number): Identity[] {
  const n = o >= 0 ? i32(d, o) : undefined;
  if (n === undefined || n < 1) return [];
  const found: Identity[] = [];
  let p = o + 4;
  for (let i = 0; i < n && p >= 0; i += 1) {
    const [server, next] = readEndpointDescription(d, p);
    if (server && !found.some((f) => f.applicationUri === server.applicationUri)) found.push(server);
    p = next;
  }
  return found;
}
