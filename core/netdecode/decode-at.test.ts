// decodeAt (in place, no view of the frame) must answer exactly what decode on a view answers:
// every packet of every corpus capture, decoded both ways by two decoders, compared field by field.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCaptureFile } from '../pcap/read-capture-file.js';
import { createNetDecoder } from './index.js';
import type { DecodedPacket } from './types.js';
import { bytes, ethernet, ipv4, tcp, udp } from './test-frames.js';

const CORPUS_DIR = join(import.meta.dirname, '../../../shared/corpus/pcap');
const captures = existsSync(CORPUS_DIR) ? readdirSync(CORPUS_DIR).filter((f) => /\.pcap(ng)?(\.gz)?$/u.test(f)) : [];

/** The packet as plain data, with a payload left in payloadBase made a view as the engine does. */
const plain = (r: DecodedPacket) => {
  const { payloadBase, payloadStart, payloadEnd, ...rest } = r;
  const payload = payloadBase === undefined ? r.payload : payloadBase.subarray(payloadStart, payloadEnd);
  const data = { ...rest, payload };
  return JSON.parse(JSON.stringify(data, (_k, v: unknown) => (v instanceof Uint8Array ? [...v] : v))) as unknown;
};

describe('decodeAt', () => {
  it('agrees with decode on hand-built frames, odd ones included', () => {
    const frames = [
      ethernet(0x0800, ipv4(tcp(40000, 502, 0x18, [0, 1, 0, 0, 0, 6, 1, 3, 0, 0, 0, 1]))),
      ethernet(0x0800, ipv4(udp(47808, 47808, [0x81, 0x0b, 0, 8]), { protocol: 17 })),
      ethernet(0x0800, ipv4(tcp(1, 2, 0x02), { more: true })),
      ethernet(0x0800, ipv4(tcp(1, 2, 0x02)), [[0x8100, 10]]),
      ethernet(0x0800, bytes([0x45, 0, 0, 10])),
      ethernet(0x0806, bytes(new Array(28).fill(1))),
    ];
    for (const frame of frames) {
      const padded = bytes([9, 9, 9], frame, [7, 7]);
      const a = createNetDecoder().decode(1, frame);
      const b = createNetDecoder().decodeAt(1, padded, 3, frame.length);
      expect(plain(b)).toEqual(plain(a));
    }
  });

  it.skipIf(captures.length === 0)('agrees with decode on every corpus packet', async () => {
    let compared = 0;
    for (const file of captures) {
      const viaView = createNetDecoder();
      const inPlace = createNetDecoder({ reuse: true });
      await readCaptureFile(join(CORPUS_DIR, file), (p) => {
        const a = plain(viaView.decode(p.linkType, p.data));
        const b = plain(
          p.buffer !== undefined && p.offset !== undefined
            ? inPlace.decodeAt(p.linkType, p.buffer, p.offset, p.capturedLength)
            : inPlace.decode(p.linkType, p.data),
        );
        if (JSON.stringify(a) !== JSON.stringify(b)) expect(b, `${file} packet ${compared}`).toEqual(a);
        compared++;
      });
    }
    expect(compared).toBeGreaterThan(40_000);
  });
});
