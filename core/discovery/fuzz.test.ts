// Mutated captures through the whole discovery path (reader, decoder, every dissector, the
// report): nothing may throw or hang, and the document still passes its schema. The dissectors'
// own exception guards are bypassed here on purpose: a dissector that throws fails the test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Compile } from 'typebox/compile';
import { describe, expect, it } from 'vitest';
import { createCaptureParser } from '../pcap/capture-parser.js';
import type { Dissector, FactSink, PacketContext } from './dissector.js';
import { ALL_DISSECTORS } from './dissectors/index.js';
import { createDiscoveryEngine } from './engine.js';
import { buildReport } from './report.js';
import { modbusExchange, SYN, tcpFrame, telnetOpening, testCapture, udpFrame } from './test-traffic.js';

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const check = Compile(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../docs/discovery.schema.json'), 'utf8')) as never,
);

/** Wraps every dissector so an exception escapes the engine's guard and fails the test. */
const thrown: string[] = [];
const strict = ALL_DISSECTORS.map((d): Dissector<unknown> => ({
  ...d,
  detect(payload: Uint8Array, ctx: PacketContext) {
    try {
      return d.detect(payload, ctx);
    } catch (e) {
      thrown.push(`${d.id} detect: ${String(e)}`);
      return false;
    }
  },
  parse(payload: Uint8Array, ctx: PacketContext, out: FactSink, state: unknown) {
    try {
      d.parse(payload, ctx, out, state);
    } catch (e) {
      thrown.push(`${d.id} parse: ${String(e)}`);
    }
  },
}));

const a = { ip: '10.0.0.1', mac: '00:1b:1b:00:00:01' };
const b = { ip: '10.0.0.2', mac: '00:00:bc:00:00:02' };
const SEED_FRAMES: number[][] = [
  ...modbusExchange(a, b),
  ...telnetOpening(a, b),
  tcpFrame(a, b, 40001, 102, SYN),
  tcpFrame(
    a,
    b,
    40001,
    102,
    0x18,
    [3, 0, 0, 31, 2, 0xf0, 0x80, 0x32, 1, 0, 0, 0, 1, 0, 14, 0, 0, 4, 1, 0x12, 10, 0x10, 2, 0, 1, 0, 1, 0x84, 0, 0, 0],
  ),
  tcpFrame(a, b, 40002, 44818, 0x18, [0x63, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
  udpFrame(a, b, 47808, 47808, [0x81, 0x0b, 0, 12, 1, 0x20, 0xff, 0xff, 0, 0xff, 0x10, 8]),
  tcpFrame(a, b, 40003, 20000, 0x18, [0x05, 0x64, 5, 0xc0, 1, 0, 2, 0, 0x2e, 0x74]),
  tcpFrame(a, b, 40004, 1883, 0x18, [0x10, 14, 0, 4, 0x4d, 0x51, 0x54, 0x54, 4, 0xc2, 0, 60, 0, 2, 0x61, 0x62]),
  tcpFrame(a, b, 40005, 4840, 0x18, [0x48, 0x45, 0x4c, 0x46, 28, 0, 0, 0, 0, 0, 0, 0]),
  tcpFrame(a, b, 40006, 80, 0x18, [...Buffer.from('GET / HTTP/1.1\r\nAuthorization: Basic YTpi\r\n\r\n')]),
];

describe('discovery fuzz', () => {
  it('survives 200 mutated captures: no exception, no hang, a valid document', () => {
    const random = mulberry32(9_262);
    for (let round = 0; round < 200; round++) {
      const frames = SEED_FRAMES.map((f) => {
        const copy = [...f];
        const flips = 1 + Math.floor(random() * 6);
        for (let i = 0; i < flips; i++) copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
        // Sometimes cut the frame short, sometimes append junk.
        if (random() < 0.2) copy.length = Math.floor(random() * copy.length);
        if (random() < 0.2) for (let i = 0; i < 20; i++) copy.push(Math.floor(random() * 256));
        return copy;
      });
      const capture = testCapture(frames);
      const engine = createDiscoveryEngine({ dissectors: strict });
      engine.startFile();
      const parser = createCaptureParser((p) => engine.onPacket(p));
      parser.push(capture);
      parser.end();
      const report = buildReport(engine.finish(), []);
      expect(check.Check(report), `round ${round}`).toBe(true);
    }
    expect(thrown).toEqual([]);
  });
});
