import { describe, expect, it } from 'vitest';
import { isMqtt, mqttDissector } from './mqtt.js';
import { ascii, context, hex, recorder, survivesTruncationAndNoise } from './utility-building-test-kit.js';

function utf8(s: string): number[] {
  return [s.length >> 8, s.length & 0xff, ...ascii(s)];
}
function packet(first: number, body: number[]): Uint8Array {
  // Remaining length as a variable byte integer.
  const len: number[] = [];
  let n = body.length;
  do {
    len.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
    n >>= 7;
  } while (n > 0);
  return Uint8Array.from([first, ...len, ...body]);
}

// MQTT 3.1.1 CONNECT, clean session, user name and password flags, keep-alive 60.
const CONNECT_V4 = packet(0x10, [
  ...utf8('MQTT'),
  4,
  0xc2,
  0,
  60,
  ...utf8('plant-hmi-7'),
  ...utf8('operator'),
  ...utf8('s3cret'),
]);
const CONNACK = hex('20020000');
const SUBSCRIBE = packet(0x82, [0x00, 0x01, ...utf8('site/+/temperature'), 1, ...utf8('site/alarms/#'), 0]);
const PUBLISH = packet(0x30, [...utf8('site/line1/temperature'), ...ascii('21.5')]);
const client1883 = context({ fromClient: true, srcPort: 40000, dstPort: 1883 });
const server1883 = context({ fromClient: false, srcPort: 1883, dstPort: 40000 });

function parseAll(segments: [Uint8Array, ReturnType<typeof context>][]) {
  const out = recorder();
  const state = mqttDissector.createState!();
  for (const [s, ctx] of segments) mqttDissector.parse(s, ctx, out, state);
  return out;
}

describe('mqtt dissector', () => {
  it('detects a CONNECT on any port', () => {
    expect(mqttDissector.detect(CONNECT_V4, context({ dstPort: 9999 }))).toBe(true);
    const v31 = packet(0x10, [...utf8('MQIsdp'), 3, 0x02, 0, 10, ...utf8('legacy')]);
    expect(isMqtt(v31, context())).toBe(true);
  });

  it('detects mid-stream traffic only on port 1883 and only as whole packets', () => {
    expect(isMqtt(CONNACK, server1883)).toBe(true);
    expect(isMqtt(hex('c000'), client1883)).toBe(true); // PINGREQ
    expect(isMqtt(PUBLISH, client1883)).toBe(true);
    expect(isMqtt(PUBLISH, context({ srcPort: 5000, dstPort: 6000 }))).toBe(false);
    expect(isMqtt(PUBLISH.subarray(0, 10), client1883)).toBe(false);
    expect(isMqtt(hex('8000'), client1883)).toBe(false); // SUBSCRIBE needs flags 0010
    expect(isMqtt(hex('3600'), client1883)).toBe(false); // PUBLISH with QoS 3
    expect(isMqtt(Uint8Array.from(ascii('GET / HTTP/1.1\r\n\r\n')), client1883)).toBe(false);
    // A CONNECT with an unknown protocol level or the reserved flag set is not MQTT.
    expect(isMqtt(packet(0x10, [...utf8('MQTT'), 9, 0x02, 0, 10, ...utf8('x')]), context())).toBe(false);
    expect(isMqtt(packet(0x10, [...utf8('MQTT'), 4, 0x03, 0, 10, ...utf8('x')]), context())).toBe(false);
  });

  it('records version, client id, user name and the credentials flag, never the password', () => {
    const out = parseAll([[CONNECT_V4, client1883]]);
    expect(out.values('versions')).toEqual([4]);
    expect(out.values('clientIds')).toEqual(['plant-hmi-7']);
    expect(out.values('usernames')).toEqual(['operator']);
    expect(out.flags.get('credentials')).toBe(true);
    expect(JSON.stringify([...out.details.values()].map((s) => [...s]))).not.toContain('s3cret');
    expect(out.roles).toEqual([
      { of: 'sender', role: 'client' },
      { of: 'receiver', role: 'server' },
    ]);
  });

  it('records topics and publisher/subscriber roles; the broker forwarding a PUBLISH is no publisher', () => {
    const out = parseAll([
      [SUBSCRIBE, client1883],
      [PUBLISH, client1883],
      [PUBLISH, server1883],
    ]);
    expect(out.values('messageTypes')).toEqual([8, 3]);
    expect(out.values('topics')).toEqual(['site/+/temperature', 'site/alarms/#', 'site/line1/temperature']);
    expect(out.roles).toEqual([
      { of: 'sender', role: 'subscriber' },
      { of: 'sender', role: 'publisher' },
    ]);
  });

  it('skips MQTT 5 properties in CONNECT and SUBSCRIBE', () => {
    // Properties: session expiry interval (0x11) = 3600.
    const connect = packet(0x10, [
      ...utf8('MQTT'),
      5,
      0x82,
      0,
      30,
      5,
      0x11,
      0,
      0,
      0x0e,
      0x10,
      ...utf8('v5-client'),
      ...utf8('svc'),
    ]);
    const subscribe = packet(0x82, [0x00, 0x02, 2, 0x0b, 7, ...utf8('v5/topic'), 1]);
    const out = parseAll([
      [connect, client1883],
      [subscribe, client1883],
    ]);
    expect(out.values('versions')).toEqual([5]);
    expect(out.values('clientIds')).toEqual(['v5-client']);
    expect(out.values('usernames')).toEqual(['svc']);
    expect(out.values('topics')).toEqual(['v5/topic']);
  });

  it('walks several packets in one segment and skips a will message', () => {
    const withWill = packet(0x10, [
      ...utf8('MQTT'),
      4,
      0x06,
      0,
      60,
      ...utf8('w'),
      ...utf8('last/will'),
      ...utf8('bye'),
    ]);
    const out = parseAll([[Uint8Array.from([...withWill, ...PUBLISH, ...hex('c000')]), client1883]]);
    expect(out.values('messageTypes')).toEqual([1, 3, 12]);
    expect(out.values('topics')).toEqual(['site/line1/temperature']);
    expect(out.flags.has('credentials')).toBe(false);
  });

  it('never throws on truncated or random input', () => {
    survivesTruncationAndNoise(
      (p) => {
        mqttDissector.detect(p, client1883);
        mqttDissector.parse(p, client1883, recorder(), mqttDissector.createState!());
      },
      Uint8Array.from([...CONNECT_V4, ...SUBSCRIBE, ...PUBLISH]),
    );
  });
});
