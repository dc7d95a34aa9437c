// Dissectors that read a payload in place (Dissector.parseRange) must learn exactly what `parse`
// learns from a copy of it, and never read past the payload's end: here each payload is embedded
// between random bytes, and the facts from both ways are compared over real captures' payloads,
// hand-made ones, their truncations and random mutations.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNetDecoder } from '../../netdecode/decoder.js';
import { readCaptureFile } from '../../pcap/read-capture-file.js';
import type { AnyDissector } from '../conversation.js';
import { hex, noise, packetContext, recordFacts, type RecordedFacts } from './dissector-test-kit.js';
import { ALL_DISSECTORS } from './index.js';

const CORPUS_DIR = join(import.meta.dirname, '../../../../shared/corpus/pcap');
const ranged = ALL_DISSECTORS.filter((d) => d.parseRange !== undefined);
const ctx = packetContext({});

const handMade = [
  hex('0001 0000 0006 11 03 006b 0002 0001 0000 0007 11 03 04 022b 0000'), // Modbus request + response
  hex('0004 0000 0024 01 2b 0e 01 01 00 00 03 00 09 536368 6e6569 646572 01 09 424d58503334323032 02 04 76332e31'),
  hex('0300 001f 02f080 32 01 0000 0100 000e 0000 0401 120a 1002 0004 0067 8400 0090'), // S7 read job
  hex(
    '0300 0045 02f080 32 07 0000 0b00 000c 0028 0001 1208 1284 0101 0000 0000 ff09 0024 0111 0001 001c 0001' +
      '0001 36455337203135312d38414230312d3041423020 00c0 0003 0001',
  ),
  hex(
    '6300 3300 00000000 00000000 0000000000000000 00000000' +
      '0100 0c00 2d00 0100 0002af12c0a80a780000000000000000 0100 0c00 3a00 0407 3000 c3ae5100' +
      '0b 313735362d454e42542f41 03',
  ),
];

/** TCP and UDP payloads of the corpus captures (none when the corpus is not beside the checkout). */
async function corpusPayloads(): Promise<Uint8Array[]> {
  if (!existsSync(CORPUS_DIR)) return [];
  const out: Uint8Array[] = [];
  for (const file of readdirSync(CORPUS_DIR).filter((f) => /\.pcap(ng)?$/u.test(f))) {
    const decoder = createNetDecoder();
    await readCaptureFile(join(CORPUS_DIR, file), (packet) => {
      const p = decoder.decode(packet.linkType, packet.data);
      if ((p.transport === 'tcp' || p.transport === 'udp') && p.payload.length > 0 && out.length < 20_000)
        out.push(p.payload.slice());
    });
  }
  return out;
}

function facts(r: RecordedFacts): unknown {
  return {
    details: [...r.details].map(([k, v]) => [k, [...v]]),
    flags: [...r.flags],
    identities: r.identities,
    roles: r.roles,
  };
}

/** Feeds the payloads in order to `d` both ways (each way with its own state) and compares. */
function compareWays(d: AnyDissector, payloads: readonly Uint8Array[]): void {
  const copied = recordFacts();
  const inPlace = recordFacts();
  const copiedState: unknown = d.createState?.();
  const inPlaceState: unknown = d.createState?.();
  payloads.forEach((payload, i) => {
    const before = noise(i, 1 + (i % 37));
    const buffer = new Uint8Array(before.length + payload.length + 64);
    buffer.set(before, 0);
    buffer.set(payload, before.length);
    buffer.set(noise(i + 1, 64), before.length + payload.length);
    try {
      d.parse(payload, ctx, copied, copiedState);
    } catch {
      // the engine's safeParse swallows these; both ways must then agree on what came before
    }
    try {
      d.parseRange!(buffer, before.length, before.length + payload.length, ctx, inPlace, inPlaceState);
    } catch {
      // as above
    }
  });
  expect(facts(inPlace), d.id).toEqual(facts(copied));
}

describe('dissectors reading payloads in place', () => {
  it('exist for the protocols that carry most of an ICS capture', () => {
    expect(ranged.map((d) => d.id).sort()).toEqual(['enip', 'enip', 'modbus', 's7comm']);
  });

  it('learn what parse learns, from real and hand-made payloads and their truncations', async () => {
    const payloads = [...handMade, ...(await corpusPayloads())];
    if (payloads.length === handMade.length) console.warn(`parse-range corpus payloads skipped: no ${CORPUS_DIR}`);
    const cut = payloads.flatMap((p) => [p, p.subarray(0, p.length >> 1), p.subarray(0, Math.max(0, p.length - 1))]);
    for (const d of ranged) compareWays(d, cut);
  });

  it('learn what parse learns from mutated payloads', () => {
    const mutated: Uint8Array[] = [];
    for (let i = 0; i < 600; i++) {
      const base = handMade[i % handMade.length]!.slice();
      const flips = noise(1000 + i, 8);
      for (let k = 0; k < 4; k++) base[flips[k]! % base.length] = flips[k + 4]!;
      mutated.push(base.subarray(0, base.length - (i % 7)));
    }
    for (const d of ranged) compareWays(d, mutated);
  });
});
