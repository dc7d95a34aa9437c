// OPC UA Binary over TCP (OPC 10000-6 §7.1): message types, the endpoint URL of Hello, the security
// policy of OpenSecureChannel, service ids, and ApplicationDescriptions exchanged in the clear
// (SecurityPolicy None) during GetEndpoints / CreateSession / FindServers.
import type { Dissector, FactSink, PacketContext } from '../dissector.js';
import { startsWithAscii, u32le } from '../dissector.js';
import {
  CREATE_SESSION_REQUEST,
  CREATE_SESSION_RESPONSE,
  FIND_SERVERS_RESPONSE,
  GET_ENDPOINTS_RESPONSE,
  numericNodeId,
  readString,
  senderApplications,
  skipString,
} from './opcua-binary.js';

const OPCUA_PORT = 4840;
/** Message header: 3-byte type, chunk type, uint32 LE message size (OPC 10000-6 §7.1.2.2). */
const HEADER_BYTES = 8;
/** Hello: header, five uint32 (version, buffer sizes, limits), then EndpointUrl (§7.1.2.3). */
const HELLO_URL_OFFSET = 28;
/** MSG/CLO: header, SecureChannelId, TokenId, SequenceNumber, RequestId, then the body (§6.7.2). */
const SYMMETRIC_BODY_OFFSET = 24;
/** Sizes accepted as plausible; messages above the identity limit are not buffered for parsing. */
const MAX_MESSAGE_SIZE = 1 << 24;
const MAX_BUFFERED_MESSAGE = 1 << 16;
const NONE_POLICY = 'http://opcfoundation.org/UA/SecurityPolicy#None';

const CHUNK_FINAL = 0x46; // 'F'
const CHUNK_INTERMEDIATE = 0x43; // 'C'
const CHUNK_ABORT = 0x41; // 'A'

const MESSAGE_TYPES = ['HEL', 'ACK', 'ERR', 'RHE', 'OPN', 'MSG', 'CLO'] as const;
type MessageType = (typeof MESSAGE_TYPES)[number];

const IDENTITY_SERVICES = new Set([
  FIND_SERVERS_RESPONSE,
  GET_ENDPOINTS_RESPONSE,
  CREATE_SESSION_REQUEST,
  CREATE_SESSION_RESPONSE,
]);

interface Pending {
  buffer: Uint8Array;
  filled: number;
}

export interface OpcuaState {
  /** False once an OpenSecureChannel named a policy other than None: bodies are then opaque. */
  plain: boolean;
  /** Per direction (0 from client, 1 from server): inside a multi-chunk message. */
  midMessage: [boolean, boolean];
  /** Per direction: a whole identity-bearing message being collected over several segments. */
  pending: [Pending | undefined, Pending | undefined];
}

function messageType(d: Uint8Array, o: number): MessageType | undefined {
  for (const type of MESSAGE_TYPES) if (startsWithAscii(d, type, o)) return type;
  return undefined;
}

/** Size of a well-formed message header at `o`, or 0. */
function messageSize(d: Uint8Array, o: number): number {
  const type = messageType(d, o);
  const size = u32le(d, o + 4);
  if (type === undefined || size === undefined || size < HEADER_BYTES || size > MAX_MESSAGE_SIZE) return 0;
  const chunk = d[o + 3];
  // Only MSG (and OPN/CLO in theory) are chunked; the handshake messages are always final.
  if (chunk !== CHUNK_FINAL && !(type === 'MSG' && (chunk === CHUNK_INTERMEDIATE || chunk === CHUNK_ABORT))) return 0;
  if (type === 'ACK' && size !== HELLO_URL_OFFSET) return 0;
  if ((type === 'HEL' || type === 'RHE') && size < HELLO_URL_OFFSET + 4) return 0;
  if ((type === 'MSG' || type === 'CLO') && size < SYMMETRIC_BODY_OFFSET) return 0;
  return size;
}

/** Well-formed messages end at the segment end (the last one may continue in the next segment). */
export function isOpcua(payload: Uint8Array): boolean {
  let o = 0;
  while (o < payload.length) {
    const size = messageSize(payload, o);
    if (size === 0) return false;
    if (messageType(payload, o) === 'HEL' && u32le(payload, o + HEADER_BYTES) !== 0) return false; // version 0
    o += size;
  }
  return payload.length > 0;
}

function parseMessage(m: Uint8Array, dir: 0 | 1, out: FactSink, state: OpcuaState, complete: boolean): void {
  const type = messageType(m, 0)!;
  out.detail('messageTypes', type);
  if (type === 'HEL') {
    const [url] = readString(m, HELLO_URL_OFFSET);
    if (url !== null) out.detail('endpointUrls', url);
    return;
  }
  if (type === 'OPN') {
    // Asymmetric security header: SecureChannelId, then SecurityPolicyUri (§6.7.2.3), in clear.
    const [policy, afterPolicy] = readString(m, 12);
    if (policy !== null) {
      out.detail('securityPolicies', policy);
      state.plain = policy === NONE_POLICY;
    }
    // Then SenderCertificate, ReceiverCertificateThumbprint, the sequence header, the body.
    const body = skipString(m, skipString(m, afterPolicy));
    const serviceId = state.plain && body >= 0 ? numericNodeId(m, body + 8) : undefined;
    if (serviceId !== undefined) out.detail('serviceNodeIds', serviceId);
    return;
  }
  if (type === 'CLO') {
    const serviceId = state.plain ? numericNodeId(m, SYMMETRIC_BODY_OFFSET) : undefined;
    if (serviceId !== undefined) out.detail('serviceNodeIds', serviceId);
    return;
  }
  if (type !== 'MSG') return;
  const chunk = m[3];
  const first = !state.midMessage[dir];
  state.midMessage[dir] = chunk === CHUNK_INTERMEDIATE;
  if (!first || !state.plain) return;
  const serviceId = numericNodeId(m, SYMMETRIC_BODY_OFFSET);
  if (serviceId === undefined) return;
  out.detail('serviceNodeIds', serviceId);
  if (!IDENTITY_SERVICES.has(serviceId) || chunk !== CHUNK_FINAL) return;
  if (!complete) {
    const size = u32le(m, 4)!;
    if (size <= MAX_BUFFERED_MESSAGE) {
      const buffer = new Uint8Array(size);
      buffer.set(m);
      state.pending[dir] = { buffer, filled: m.length };
    }
    return;
  }
  for (const identity of senderApplications(serviceId, m, SYMMETRIC_BODY_OFFSET + 4)) out.identity('sender', identity);
}

/** Appends a segment to a message being collected; parses it once whole. */
function continuePending(payload: Uint8Array, dir: 0 | 1, out: FactSink, state: OpcuaState): void {
  const pending = state.pending[dir]!;
  const take = Math.min(payload.length, pending.buffer.length - pending.filled);
  pending.buffer.set(payload.subarray(0, take), pending.filled);
  pending.filled += take;
  if (pending.filled < pending.buffer.length) return;
  state.pending[dir] = undefined;
  const m = pending.buffer;
  const serviceId = numericNodeId(m, SYMMETRIC_BODY_OFFSET);
  if (serviceId !== undefined) {
    for (const identity of senderApplications(serviceId, m, SYMMETRIC_BODY_OFFSET + 4))
      out.identity('sender', identity);
  }
  if (take < payload.length) parseMessages(payload.subarray(take), dir, out, state);
}

function parseMessages(payload: Uint8Array, dir: 0 | 1, out: FactSink, state: OpcuaState): void {
  let o = 0;
  while (o < payload.length) {
    const size = messageSize(payload, o);
    if (size === 0) return;
    const end = Math.min(payload.length, o + size);
    parseMessage(payload.subarray(o, end), dir, out, state, o + size <= payload.length);
    o += size;
  }
}

export const opcuaDissector: Dissector<OpcuaState> = {
  id: 'opcua',
  transport: 'tcp',
  ports: [OPCUA_PORT],
  detect: (payload: Uint8Array, _ctx: PacketContext) => isOpcua(payload),
  createState: () => ({ plain: true, midMessage: [false, false], pending: [undefined, undefined] }),
  parse(payload: Uint8Array, ctx: PacketContext, out: FactSink, state: OpcuaState) {
    const dir = ctx.fromClient ? 0 : 1;
    // A segment that starts with a valid header begins a new message: drop any stale collection.
    if (state.pending[dir] !== undefined && messageSize(payload, 0) === 0) continuePending(payload, dir, out, state);
    else {
      state.pending[dir] = undefined;
      parseMessages(payload, dir, out, state);
    }
  },
};
