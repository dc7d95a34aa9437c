// HTTP/1.x (RFC 9112): recognised on any port by its request line (method SP target SP
// HTTP-version, §3) or status line (HTTP-version SP status-code SP reason, §4). Web servers on
// PLCs, HMIs and gateways are common in OT and often use Basic authentication in clear text.
//
// Only messages whose first line starts a packet are read (no stream reassembly): that is where
// the method, the status code and the header fields sit. Passwords are never decoded into facts.
import type { Dissector, FactSink } from '../dissector.js';
import { asciiText, isPrintable, lineEnd, nextLine, startsWithNoCase } from './ascii-lines.js';

const METHODS: ReadonlySet<string> = new Set([
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'DELETE',
  'CONNECT',
  'OPTIONS',
  'TRACE',
  'PATCH',
  // WebDAV (RFC 4918), seen on engineering-station and historian shares.
  'PROPFIND',
  'PROPPATCH',
  'MKCOL',
  'COPY',
  'MOVE',
  'LOCK',
  'UNLOCK',
]);
const MAX_METHOD = 9;
/** A request line longer than this is not worth waiting for (RFC 9112 §3 suggests ≥ 8000). */
const MAX_LINE = 8192;
const MAX_HEADERS = 64;
const MAX_VALUE = 100;

const SP = 0x20;
const UTF8 = new TextDecoder('utf-8');

/** True when d starts with `HTTP/1.x ` followed by a three-digit status code. */
function isStatusLine(d: Uint8Array): boolean {
  if (d.length < 12 || !startsWithNoCase(d, 'http/1.') || d[8] !== SP) return false;
  const v = d[7]!;
  if (v !== 0x30 && v !== 0x31) return false;
  for (let i = 9; i < 12; i += 1) if (d[i]! < 0x30 || d[i]! > 0x39) return false;
  return d.length === 12 || d[12] === SP || d[12] === 0x0d || d[12] === 0x0a;
}

/** The method when d starts with a complete request line, else undefined. */
function requestMethod(d: Uint8Array): string | undefined {
  let i = 0;
  while (i < d.length && i <= MAX_METHOD && d[i]! >= 0x41 && d[i]! <= 0x5a) i += 1;
  if (i < 3 || i > MAX_METHOD || d[i] !== SP) return undefined;
  // The method first: it rules out most text bodies before the line is scanned.
  const method = asciiText(d, 0, i, MAX_METHOD);
  if (!METHODS.has(method)) return undefined;
  const eol = lineEnd(d, i, MAX_LINE);
  // "SP target SP HTTP/1.x": at least one target octet between the two spaces.
  if (eol < 0 || eol < i + 11) return undefined;
  if (d[eol - 9] !== SP || !startsWithNoCase(d, 'http/1.', eol - 8)) return undefined;
  const v = d[eol - 1]!;
  if (v !== 0x30 && v !== 0x31) return undefined;
  // The target is one token of visible characters.
  for (let j = i + 1; j < eol - 9; j += 1) if (d[j]! <= SP || d[j]! > 0x7e) return undefined;
  return eol - 9 > i + 1 ? method : undefined;
}

/** The user name from a Basic credential (RFC 7617 §2); the password part is dropped unread. */
function basicUserName(d: Uint8Array, from: number, to: number): string | undefined {
  let decoded: string;
  try {
    decoded = atob(asciiText(d, from, to, 512));
  } catch {
    return undefined; // not Base64
  }
  const colon = decoded.indexOf(':');
  if (colon <= 0) return undefined;
  // atob yields one character per octet; user names are UTF-8 (RFC 7617 §2.1).
  const octets = Uint8Array.from(decoded.slice(0, colon), (c) => c.charCodeAt(0));
  return UTF8.decode(octets).slice(0, MAX_VALUE);
}

/** Reads the header fields after the start line at `o` up to the empty line. */
function parseHeaders(d: Uint8Array, o: number, out: FactSink, isRequest: boolean): void {
  for (let n = 0; n < MAX_HEADERS && o < d.length; n += 1) {
    const eol = lineEnd(d, o, o + MAX_LINE);
    if (eol < 0 || eol === o) return;
    let colon = o;
    while (colon < eol && d[colon] !== 0x3a) colon += 1;
    if (colon > o && colon < eol) {
      let v = colon + 1;
      while (v < eol && (d[v] === SP || d[v] === 0x09)) v += 1;
      const nameLength = colon - o;
      if (isRequest) {
        if (nameLength === 4 && startsWithNoCase(d, 'host', o)) {
          out.detail('hosts', asciiText(d, v, eol, MAX_VALUE));
        } else if (nameLength === 10 && startsWithNoCase(d, 'user-agent', o)) {
          out.detail('userAgents', asciiText(d, v, eol, MAX_VALUE));
        } else if (
          ((nameLength === 13 && startsWithNoCase(d, 'authorization', o)) ||
            (nameLength === 19 && startsWithNoCase(d, 'proxy-authorization', o))) &&
          startsWithNoCase(d, 'basic ', v)
        ) {
          out.flag('credentials', true);
          const user = basicUserName(d, v + 6, eol);
          if (user) out.detail('usernames', user);
        }
      } else if (nameLength === 6 && startsWithNoCase(d, 'server', o)) {
        out.detail('servers', asciiText(d, v, eol, MAX_VALUE));
      }
      if (nameLength === 12 && startsWithNoCase(d, 'content-type', o)) {
        let end = v;
        while (end < eol && d[end] !== 0x3b) end += 1;
        const type = asciiText(d, v, end, MAX_VALUE).toLowerCase();
        if (type) out.detail('contentTypes', type);
      }
    }
    o = nextLine(d, eol);
  }
}

export const httpDissector: Dissector = {
  id: 'http',
  transport: 'tcp',
  ports: [80, 8080, 8000, 8008, 8081, 8888],
  detect(payload) {
    if (isStatusLine(payload)) return isPrintable(payload, 0, Math.max(0, lineEnd(payload, 0, 256)));
    return requestMethod(payload) !== undefined;
  },
  parse(payload, _ctx, out) {
    const first = payload[0];
    // Most packets of a transfer are body: one comparison rules them out.
    if (first === undefined || first < 0x41 || first > 0x5a) {
      if (first !== 0x68) return;
    }
    if (isStatusLine(payload)) {
      out.detail('statusCodes', (payload[9]! - 0x30) * 100 + (payload[10]! - 0x30) * 10 + (payload[11]! - 0x30));
      const eol = lineEnd(payload, 0, MAX_LINE);
      if (eol > 0) parseHeaders(payload, nextLine(payload, eol), out, false);
      return;
    }
    const method = requestMethod(payload);
    if (method === undefined) return;
    out.detail('methods', method);
    parseHeaders(payload, nextLine(payload, lineEnd(payload, 0, MAX_LINE)), out, true);
  },
};
