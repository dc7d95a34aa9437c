// The engine's fast path (known IPv4 conversations counted from the frame's numbers) must never
// change a report: every corpus capture and a few hundred randomly disturbed captures (MACs that
// change mid-conversation, VLAN tags, SYNs arriving late, fragments, damaged bytes) give the same
// document with and without it. A probe dissector shows the fast path really carried packets.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCaptureParser } from '../pcap/capture-parser.js';
import { discoverCaptureFiles } from './discover-files.js';
import type { Dissector, PacketContext } from './dissector.js';
import { ALL_DISSECTORS } from './dissectors/index.js';
import { createDiscoveryEngine, type DiscoveryEngineOptions } from './engine.js';
import { buildReport } from './report.js';
import { ACK, modbusExchange, PSH_ACK, SYN, tcpFrame, testCapture, udpFrame, type TestHost } from './test-traffic.js';

const CORPUS_DIR = join(import.meta.dirname, '../../../shared/corpus/pcap');
const captures = existsSync(CORPUS_DIR) ? readdirSync(CORPUS_DIR).filter((f) => /\.pcap(ng)?(\.gz)?$/u.test(f)) : [];

/** The engine's totals (what the report is built from; it also holds per-MAC counts the report omits). */
function totals(capture: Uint8Array, options: DiscoveryEngineOptions) {
  const engine = createDiscoveryEngine(options);
  engine.startFile();
  const parser = createCaptureParser((p) => engine.onPacket(p));
  parser.push(capture);
  parser.end();
  return engine.finish();
}

const report = (capture: Uint8Array, options: DiscoveryEngineOptions) => buildReport(totals(capture, options), []);

const plc: TestHost = { ip: '10.1.0.10', mac: '00:1b:1b:00:00:10' };
const hmi: TestHost = { ip: '10.1.0.20', mac: '00:00:bc:00:00:20' };
const hmiSpare: TestHost = { ip: '10.1.0.20', mac: '00:00:bc:00:00:21' };
const router: TestHost = { ip: '172.16.5.1', mac: '00:0e:8c:00:00:01' };
const broadcast: TestHost = { ip: '10.1.255.255', mac: 'ff:ff:ff:ff:ff:ff' };

/** Frames of a few conversations that repeat: the material the fast path lives on. */
const TEMPLATES: number[][] = [
  ...modbusExchange(hmi, plc, 1, 50123),
  ...modbusExchange(hmiSpare, plc, 2, 50123),
  tcpFrame(hmi, plc, 50123, 502, ACK),
  tcpFrame(plc, hmi, 502, 50123, PSH_ACK, [0, 2, 0, 0, 0, 3, 1, 0x83, 2]),
  tcpFrame(router, plc, 40000, 102, SYN),
  tcpFrame(
    router,
    plc,
    40000,
    102,
    PSH_ACK,
    [3, 0, 0, 22, 17, 0xe0, 0, 0, 0, 1, 0, 0xc1, 2, 1, 0, 0xc2, 2, 1, 2, 0xc0, 1, 9],
  ),
  tcpFrame(
    plc,
    router,
    102,
    40000,
    PSH_ACK,
    [3, 0, 0, 22, 17, 0xd0, 0, 1, 0, 1, 0, 0xc1, 2, 1, 0, 0xc2, 2, 1, 2, 0xc0, 1, 9],
  ),
  udpFrame(plc, broadcast, 47808, 47808, [0x81, 0x0b, 0, 12, 1, 0x20, 0xff, 0xff, 0, 0xff, 0x10, 8]),
  udpFrame(hmi, plc, 2222, 2222, [2, 0, 0x02, 0x80, 8, 0, 1, 0, 0, 0, 0, 0]),
  udpFrame(plc, hmi, 2222, 2222, [2, 0, 0x02, 0x80, 8, 0, 1, 0, 0, 0, 0, 0]),
];

/** A GOOSE frame (IEC 61850-8-1 Annex A) from plc's MAC with the given gocbRef and little else. */
function gooseFrame(gocbRef: string): number[] {
  const ref = [...Buffer.from(gocbRef, 'latin1')];
  const fields = [0x80, ref.length, ...ref, 0x81, 1, 10, 0x82, 1, 0x41];
  const pdu = [0x61, fields.length, ...fields];
  const body = [0x10, 0x01, 0, 8 + pdu.length, 0, 0, 0, 0, ...pdu];
  return [0x01, 0x0c, 0xcd, 0x01, 0, 1, 0x00, 0x1b, 0x1b, 0, 0, 0x10, 0x88, 0xb8, ...body];
}

/** A random run of template frames, some disturbed the ways real captures disturb them. */
function disturbedCapture(random: () => number): Uint8Array {
  const frames: number[][] = [];
  for (let i = 0; i < 120; i++) {
    const frame = [...TEMPLATES[Math.floor(random() * TEMPLATES.length)]!];
    const roll = random();
    if (roll < 0.08)
      frame.splice(12, 0, 0x81, 0x00, 0x00, 0x0a); // an 802.1Q tag
    else if (roll < 0.14)
      frame[20] = 0x20; // IPv4 "more fragments": held, maybe completed later
    else if (roll < 0.2)
      frame[14 + 20 + 13] = SYN; // a late SYN (TCP) or a changed UDP length byte
    else if (roll < 0.28) frame[Math.floor(random() * frame.length)] = Math.floor(random() * 256);
    else if (roll < 0.32) frame.length = Math.floor(random() * frame.length);
    frames.push(frame);
  }
  return testCapture(frames);
}

describe('discovery fast path', () => {
  it('gives the same totals as the full decoder on 300 disturbed captures', () => {
    let seed = 42;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let round = 0; round < 300; round++) {
      const capture = disturbedCapture(random);
      expect(totals(capture, {}), `round ${round}`).toEqual(totals(capture, { fastPath: false }));
    }
  });

  it('notices a MAC that changed through a frame the fast path does not read', () => {
    // hmi's packets go the fast way; a VLAN-tagged frame (full decoder only) then shows the same
    // conversation from the spare adapter; hmi's next untagged packet must not be counted against
    // the spare's MAC record.
    const tagged = (frame: number[]) => [...frame.slice(0, 12), 0x81, 0x00, 0x00, 0x0a, ...frame.slice(12)];
    const request = (from: TestHost) => tcpFrame(from, plc, 50123, 502, PSH_ACK, [0, 1, 0, 0, 0, 6, 1, 3, 0, 0, 0, 1]);
    const frames = [
      ...modbusExchange(hmi, plc),
      request(hmi),
      tagged(request(hmiSpare)),
      request(hmi),
      request(hmi),
      tcpFrame(plc, hmi, 502, 50123, ACK),
    ];
    const capture = testCapture(frames);
    const fast = totals(capture, {});
    expect(fast).toEqual(totals(capture, { fastPath: false }));
    expect(fast.macs.get(hmi.mac)?.sent).toBe(5);
    expect(fast.macs.get(hmiSpare.mac)?.sent).toBe(1);
  });

  it('carries the repeated packets of known conversations (the comparison is not vacuous)', () => {
    // The full decoder hands dissectors its decoded packet (it has a link type); the fast path
    // hands over only the facts of PacketFacts.
    const seen = { fast: 0, full: 0 };
    const modbus = ALL_DISSECTORS.find((d) => d.id === 'modbus')!;
    const count = (ctx: PacketContext) => {
      if ('linkType' in ctx.packet) seen.full++;
      else seen.fast++;
    };
    const probe: Dissector<unknown> = {
      ...modbus,
      parse(payload, ctx, out, state) {
        count(ctx);
        modbus.parse(payload, ctx, out, state);
      },
      parseRange(data, start, end, ctx, out, state) {
        count(ctx);
        modbus.parseRange!(data, start, end, ctx, out, state);
      },
    };
    const frames = [...modbusExchange(hmi, plc)];
    for (let i = 0; i < 10; i++) frames.push(...modbusExchange(hmi, plc).slice(2));
    const capture = testCapture(frames);
    const fast = report(capture, { dissectors: [probe] });
    // After the handshake both directions are known: every Modbus PDU goes the fast way.
    expect(seen).toEqual({ fast: 22, full: 0 });
    const full = report(capture, { dissectors: [probe], fastPath: false });
    expect(seen).toEqual({ fast: 22, full: 22 });
    expect(fast).toEqual(full);
    expect(fast.flows.find((f) => f.protocol === 'modbus')?.packets).toBe(frames.length);
  });

  it('reports GOOSE identities again from an engine reused after finish()', () => {
    // Regression: the GOOSE dissector remembers per sink what it announced; a pooled engine's
    // second capture lost those identities until the sink was renewed on finish().
    const engine = createDiscoveryEngine();
    const goose = gooseFrame('IED1LD0/LLN0$GO$gcb1');
    const identities = () => {
      engine.startFile();
      const parser = createCaptureParser((p) => engine.onPacket(p));
      parser.push(testCapture([goose, goose]));
      parser.end();
      return buildReport(engine.finish(), []).devices.flatMap((d) => d.identities);
    };
    const first = identities();
    expect(first).toEqual([{ protocol: 'iec61850-goose', name: 'IED1LD0' }]);
    expect(identities()).toEqual(first);
  });

  it.skipIf(captures.length === 0)('gives the same report as the full decoder on every corpus capture', async () => {
    for (const file of captures) {
      const path = join(CORPUS_DIR, file);
      const fast = await discoverCaptureFiles([path]);
      const full = await discoverCaptureFiles([path], { fastPath: false });
      expect(fast, file).toEqual(full);
    }
  });
});
