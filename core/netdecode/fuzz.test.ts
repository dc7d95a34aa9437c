// Random and mutated packets through the decoder: malformed input must end in `malformed`, never
// in an exception, whatever the link type. Seeded so a failure reproduces.
import { describe, expect, it } from 'vitest';
import { createNetDecoder, TCP_SYN } from './index.js';
import { be16, bytes, ethernet, ipv4, ipv6, tcp, udp } from './test-frames.js';

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEEDS: [number, Uint8Array][] = [
  [1, ethernet(0x0800, ipv4(tcp(50000, 502, TCP_SYN, [0, 1, 0, 0, 0, 6, 1, 3, 0, 0, 0, 1])), [[0x8100, 10]])],
  [1, ethernet(0x86dd, ipv6(0, bytes([44, 0, 5, 2, 0, 0, 1, 0], [17, 0, 0, 1, 0, 0, 0, 3], udp(1, 2))))],
  [1, ethernet(0x8847, bytes([0, 1, 1, 0x40], ipv4(udp(1, 2), { protocol: 17, more: true })))],
  [113, bytes(be16(0), be16(1), be16(6), new Uint8Array(8), be16(0x8100), [0, 5], be16(0x0800), ipv4(tcp(1, 2, 0)))],
  [276, bytes(be16(0x86dd), new Uint8Array(6), be16(1), [0, 6], new Uint8Array(8), ipv6(6, tcp(1, 2, 0)))],
  [0, bytes([30, 0, 0, 0], ipv6(17, udp(1, 2)))],
  [101, ipv4(udp(1, 2), { protocol: 17, offset: 8 })],
];
const LINK_TYPES = [0, 1, 101, 108, 113, 228, 229, 276, 165];

describe('decoder fuzz', () => {
  it('never throws on 300 random and mutated packets', () => {
    const random = mulberry32(981);
    const decoder = createNetDecoder({ maxFragmentEntries: 8, fragmentTimeoutPackets: 20 });
    for (let i = 0; i < 300; i++) {
      let linkType: number;
      let data: Uint8Array;
      if (i % 3 === 0) {
        linkType = LINK_TYPES[Math.floor(random() * LINK_TYPES.length)]!;
        data = Uint8Array.from({ length: Math.floor(random() * 120) }, () => Math.floor(random() * 256));
      } else {
        const [seedLink, seed] = SEEDS[Math.floor(random() * SEEDS.length)]!;
        linkType = seedLink;
        data = seed.slice(0, Math.max(0, seed.length - Math.floor(random() * 8)));
        const flips = 1 + Math.floor(random() * 6);
        for (let f = 0; f < flips && data.length > 0; f++) {
          data[Math.floor(random() * data.length)] = Math.floor(random() * 256);
        }
      }
      const r = decoder.decode(linkType, data);
      expect(r.linkType).toBe(linkType);
      expect(r.payload).toBeInstanceOf(Uint8Array);
    }
  });
});
