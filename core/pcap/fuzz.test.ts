// Random and mutated captures must never make the parser throw or hang (issue #9: "never crash it
// or hang it"). Seeded, so a failure reproduces.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCaptureParser } from './capture-parser.js';
import { classicPcap, joinBytes, pcapng } from './test-captures.js';

/** mulberry32: small, fast and deterministic. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CORPUS_DIR = join(import.meta.dirname, '../../../shared/corpus/pcap');
const MAX_MS_PER_CASE = 200;

function parseInChunks(bytes: Uint8Array, random: () => number): void {
  let packets = 0;
  const parser = createCaptureParser(() => (packets += 1));
  let offset = 0;
  while (offset < bytes.length) {
    const size = 1 + Math.floor(random() * 4096);
    parser.push(bytes.subarray(offset, offset + size));
    offset += size;
  }
  parser.end();
  expect(packets + parser.skipped).toBeGreaterThanOrEqual(0);
}

function timed(bytes: Uint8Array, random: () => number): void {
  const start = performance.now();
  parseInChunks(bytes, random);
  expect(performance.now() - start).toBeLessThan(MAX_MS_PER_CASE);
}

function mutate(source: Uint8Array, random: () => number): Uint8Array {
  const pick = (n: number) => Math.floor(random() * n);
  let bytes: Uint8Array = source.slice();
  for (let round = 1 + pick(4); round > 0; round--) {
    switch (pick(3)) {
      case 0:
        for (let flips = 1 + pick(16); flips > 0; flips--) bytes[pick(bytes.length)] = pick(256);
        break;
      case 1:
        bytes = bytes.slice(0, pick(bytes.length + 1));
        break;
      default: {
        const from = pick(bytes.length);
        const to = Math.min(bytes.length, from + pick(512));
        const at = pick(bytes.length + 1);
        bytes = joinBytes(bytes.subarray(0, at), bytes.subarray(from, to), bytes.subarray(at));
      }
    }
    if (bytes.length === 0) break;
  }
  return bytes;
}

const MAGICS = [
  [0xd4, 0xc3, 0xb2, 0xa1],
  [0xa1, 0xb2, 0xc3, 0xd4],
  [0x4d, 0x3c, 0xb2, 0xa1],
  [0x0a, 0x0d, 0x0d, 0x0a],
];

function corpusSeeds(): Uint8Array[] {
  const names = [
    'modbus-zeek-small.pcap',
    'hart-ip.pcapng',
    'opcua-open62541-null-loopback.pcapng',
    'profinet-dcp-vlan.pcap',
  ];
  const built = [
    classicPcap('big', true, 1, [{ seconds: 1, fraction: 2, data: [1, 2, 3] }]),
    joinBytes(pcapng.shb('big'), pcapng.idb('big', 1, 9), pcapng.epb('big', 0, 7n, [1]), pcapng.spb('big', [2])),
  ];
  if (!existsSync(CORPUS_DIR)) return built;
  return [...built, ...names.map((n) => new Uint8Array(readFileSync(join(CORPUS_DIR, n))))];
}

describe('fuzzing the capture parser', () => {
  it('survives 300 random byte arrays, some with a valid magic number', () => {
    const random = randomSource(981);
    for (let i = 0; i < 300; i++) {
      const bytes = new Uint8Array(Math.floor(random() * 4096));
      for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(random() * 256);
      const magic = MAGICS[i % 5];
      if (magic && bytes.length >= 4) bytes.set(magic, 0);
      timed(bytes, random);
    }
  });

  it('survives 300 mutations of real captures', () => {
    const random = randomSource(62443);
    const seeds = corpusSeeds();
    for (let i = 0; i < 300; i++) timed(mutate(seeds[i % seeds.length]!, random), random);
  });
});
