// MQTT 3.1 / 3.1.1 / 5.0 over TCP 1883 (8883 is TLS and not decoded here): packet types, protocol
// level, client ids, topics, publisher/subscriber roles, and cleartext credentials in CONNECT (the
// user name is recorded, the password never read).
import type { Dissector, FactSink, PacketContext } from '../dissector.js';
import { startsWithAscii, text, u16be } from '../dissector.js';

const MQTT_PORT = 1883;
const CONNECT = 1;
const PUBLISH = 3;
const SUBSCRIBE = 8;
/** Flags each packet type must carry in the fixed header's low nibble (MQTT 3.1.1 §2.2.2). */
const REQUIRED_FLAGS = [-1, 0, 0, -1, 0, 0, 2, 0, 2, 0, 2, 0, 0, 0, 0, 0];
/** CONNECT flags (MQTT 3.1.1 §3.1.2.3). */
const FLAG_USERNAME = 0x80;
const FLAG_PASSWORD = 0x40;
const FLAG_WILL = 0x04;
const FLAG_RESERVED = 0x01;
const MQTT_V5 = 5;
/** Topics recorded per conversation at most (the engine caps the set too). */
const MAX_TOPICS = 256;

export interface MqttState {
  /** Protocol level from CONNECT (3, 4 or 5); decides whether properties follow. */
  version: number;
  topicsRecorded: number;
}

/** Where the last varint read ended (avoids a tuple allocation per packet). */
let varintEnd = 0;

/** Variable byte integer, 1–4 bytes (MQTT 3.1.1 §2.2.3); -1 when truncated or too long. */
function readVarint(d: Uint8Array, o: number): number {
  let value = 0;
  for (let i = 0; i < 4; i += 1) {
    if (o + i >= d.length) return -1;
    const b = d[o + i]!;
    value += (b & 0x7f) * 128 ** i;
    if ((b & 0x80) === 0) {
      varintEnd = o + i + 1;
      return value;
    }
  }
  return -1;
}

/** Length of a well-formed packet at `o` (fixed header included), or 0. */
function packetSize(d: Uint8Array, o: number): number {
  if (o >= d.length) return 0;
  const type = d[o]! >> 4;
  const flags = d[o]! & 0x0f;
  if (type === 0) return 0;
  const required = REQUIRED_FLAGS[type]!;
  if (required >= 0 && flags !== required) return 0;
  if (type === PUBLISH && (flags & 0x06) === 0x06) return 0; // QoS 3 is malformed
  const remaining = readVarint(d, o + 1);
  if (remaining < 0) return 0;
  return varintEnd - o + remaining;
}

/** CONNECT variable header: protocol name and level (MQTT 3.1.1 §3.1.2.1, 3.1 uses "MQIsdp"). */
function connectLevel(d: Uint8Array, o: number): number | undefined {
  if (d[o] !== 0x10 || readVarint(d, o + 1) < 0) return undefined;
  const p = varintEnd;
  if (startsWithAscii(d, '\u0000\u0004MQTT', p)) {
    const level = d[p + 6];
    return (level === 4 || level === MQTT_V5) && ((d[p + 7] ?? 1) & FLAG_RESERVED) === 0 ? level : undefined;
  }
  if (startsWithAscii(d, '\u0000\u0006MQIsdp', p)) {
    return d[p + 8] === 3 && ((d[p + 9] ?? 1) & FLAG_RESERVED) === 0 ? 3 : undefined;
  }
  return undefined;
}

/** A CONNECT anywhere; otherwise, on port 1883 only, a segment made of whole MQTT packets. */
export function isMqtt(payload: Uint8Array, ctx: PacketContext): boolean {
  if (connectLevel(payload, 0) !== undefined) return true;
  if (ctx.packet.srcPort !== MQTT_PORT && ctx.packet.dstPort !== MQTT_PORT) return false;
  let o = 0;
  while (o < payload.length) {
    const size = packetSize(payload, o);
    if (size === 0) return false;
    o += size;
  }
  return payload.length > 0 && o === payload.length;
}

/** UTF-8 string with a 2-byte length (MQTT 3.1.1 §1.5.3); returns the offset after it or -1. */
function skipUtf8(d: Uint8Array, o: number, end: number): number {
  const n = u16be(d, o);
  return n === undefined || o + 2 + n > end ? -1 : o + 2 + n;
}

function readUtf8(d: Uint8Array, o: number, end: number): string | undefined {
  const next = skipUtf8(d, o, end);
  return next < 0 ? undefined : text(d, o + 2, next - o - 2, 'utf8');
}

/** Skips MQTT 5 properties (a varint length, then that many bytes) (MQTT 5.0 §2.2.2). */
function skipProperties(d: Uint8Array, o: number, end: number): number {
  const n = readVarint(d, o);
  return n < 0 || varintEnd + n > end ? -1 : varintEnd + n;
}

function parseConnect(d: Uint8Array, o: number, end: number, out: FactSink, state: MqttState): void {
  const level = connectLevel(d, o);
  if (level === undefined) return;
  state.version = level;
  out.detail('versions', level);
  out.role('sender', 'client');
  out.role('receiver', 'server');
  readVarint(d, o + 1);
  // Name, level, flags, keep-alive.
  const flagsAt = varintEnd + (level === 3 ? 9 : 7);
  if (flagsAt + 3 > end) return;
  const flags = d[flagsAt]!;
  let p = flagsAt + 3;
  if (level === MQTT_V5) p = skipProperties(d, p, end);
  if (p < 0) return;
  const clientId = readUtf8(d, p, end);
  if (clientId !== undefined && clientId !== '') out.detail('clientIds', clientId);
  p = skipUtf8(d, p, end);
  if ((flags & FLAG_WILL) !== 0 && p >= 0) {
    if (level === MQTT_V5) p = skipProperties(d, p, end);
    if (p >= 0) p = skipUtf8(d, p, end); // will topic
    if (p >= 0) p = skipUtf8(d, p, end); // will payload (binary, same length prefix)
  }
  if ((flags & (FLAG_USERNAME | FLAG_PASSWORD)) !== 0) out.flag('credentials', true);
  if ((flags & FLAG_USERNAME) !== 0 && p >= 0) {
    const username = readUtf8(d, p, end);
    if (username !== undefined) out.detail('usernames', username);
  }
}

function addTopic(topic: string | undefined, out: FactSink, state: MqttState): void {
  if (topic === undefined || topic === '' || state.topicsRecorded >= MAX_TOPICS) return;
  state.topicsRecorded += 1;
  out.detail('topics', topic);
}

function parseSubscribe(d: Uint8Array, p: number, end: number, out: FactSink, state: MqttState): void {
  p += 2; // packet identifier
  if (state.version === MQTT_V5) p = skipProperties(d, p, end);
  // Topic filter + options byte, repeated to the end of the packet (MQTT 3.1.1 §3.8.3).
  while (p >= 0 && p < end) {
    addTopic(readUtf8(d, p, end), out, state);
    const next = skipUtf8(d, p, end);
    p = next < 0 ? -1 : next + 1;
  }
}

function parsePackets(payload: Uint8Array, ctx: PacketContext, out: FactSink, state: MqttState): void {
  let o = 0;
  while (o < payload.length) {
    const size = packetSize(payload, o);
    if (size === 0) return;
    const type = payload[o]! >> 4;
    out.detail('messageTypes', type);
    const body = varintEnd;
    const end = Math.min(payload.length, o + size);
    if (type === CONNECT) parseConnect(payload, o, end, out, state);
    else if (type === PUBLISH) {
      // The broker also sends PUBLISH to its subscribers: only a client publishing is a publisher.
      if (ctx.fromClient) out.role('sender', 'publisher');
      addTopic(readUtf8(payload, body, end), out, state);
    } else if (type === SUBSCRIBE) {
      out.role('sender', 'subscriber');
      parseSubscribe(payload, body, end, out, state);
    }
    o += size;
  }
}

export const mqttDissector: Dissector<MqttState> = {
  id: 'mqtt',
  transport: 'tcp',
  ports: [MQTT_PORT],
  detect: isMqtt,
  createState: () => ({ version: 4, topicsRecorded: 0 }),
  parse: parsePackets,
};
