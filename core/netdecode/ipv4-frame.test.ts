// readIpv4Frame must accept exactly the frames the decoder reads as plain Ethernet/IPv4/TCP|UDP
// (untagged, unfragmented, well-formed) and answer the same numbers: checked on hand-built odd
// frames and on every packet of the corpus.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCaptureFile } from '../pcap/read-capture-file.js';
import { createNetDecoder } from './index.js';
import { createIpv4Frame, readIpv4Frame } from './ipv4-frame.js';
import { bytes, ethernet, ipv4, ipv6, tcp, udp } from './test-frames.js';
import type { DecodedPacket } from './types.js';

const CORPUS_DIR = join(import.meta.dirname, '../../../shared/corpus/pcap');
const captures = existsSync(CORPUS_DIR) ? readdirSync(CORPUS_DIR).filter((f) => /\.pcap(ng)?(\.gz)?$/u.test(f)) : [];

const ipText = (n: number) => [n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff].join('.');
const macText = (high: number, low: number) =>
  [high >> 8, high & 0xff, low >>> 24, (low >>> 16) & 0xff, (low >>> 8) & 0xff, low & 0xff]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join(':');

/** Whether the decoder read `p` as the shape readIpv4Frame accepts. */
function plainShape(p: DecodedPacket): boolean {
  return (
    p.linkType === 1 &&
    p.vlans.length === 0 &&
    p.etherType === 0x0800 &&
    p.fragment === undefined &&
    p.malformed === undefined &&
    (p.transport === 'tcp' || p.transport === 'udp')
  );
}

/** Compares the frame's numbers with the decoded packet; answers the first difference or ''. */
function difference(b: Uint8Array, o: number, n: number, p: DecodedPacket): string {
  const f = createIpv4Frame();
  const accepted = readIpv4Frame(f, b, o, n);
  // Refusing is always safe (the engine then decodes the frame fully); accepting a frame the
  // decoder reads differently is not. The decoder also reads a version nibble other than 4 behind
  // EtherType 0x0800 as IPv4; readIpv4Frame leaves those to it.
  const versionFour = n >= 15 && b[o + 14]! >> 4 === 4;
  if (accepted ? !plainShape(p) : plainShape(p) && versionFour)
    return `accepted ${accepted}, decoder shape ${plainShape(p)}`;
  if (!accepted) return '';
  const payload =
    p.payloadBase === undefined ? [...p.payload] : [...p.payloadBase.subarray(p.payloadStart, p.payloadEnd)];
  const got = {
    src: ipText(f.src),
    dst: ipText(f.dst),
    srcMac: macText(f.srcMacHigh, f.srcMacLow),
    dstMac: macText(f.dstMacHigh, f.dstMacLow),
    srcPort: f.srcPort,
    dstPort: f.dstPort,
    flags: f.tcpFlags,
    transport: f.protocol === 6 ? 'tcp' : 'udp',
    payload: [...b.subarray(f.payloadStart, f.payloadEnd)],
  };
  const want = {
    src: p.srcIp,
    dst: p.dstIp,
    srcMac: p.srcMac,
    dstMac: p.dstMac,
    srcPort: p.srcPort,
    dstPort: p.dstPort,
    flags: p.tcpFlags ?? 0,
    transport: p.transport,
    payload,
  };
  return JSON.stringify(got) === JSON.stringify(want) ? '' : `${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`;
}

describe('readIpv4Frame', () => {
  it('reads plain frames and refuses tags, fragments, IPv6, other protocols and damaged headers', () => {
    const cases: [Uint8Array, boolean][] = [
      [ethernet(0x0800, ipv4(tcp(40000, 502, 0x18, [0, 1, 0, 0, 0, 6, 1, 3, 0, 0, 0, 1]))), true],
      [ethernet(0x0800, ipv4(tcp(40000, 502, 0x10))), true],
      [ethernet(0x0800, ipv4(udp(47808, 47808, [0x81, 0x0b, 0, 8]), { protocol: 17 })), true],
      [ethernet(0x0800, ipv4(udp(1, 2, [1, 2, 3]), { protocol: 17, src: [172, 16, 0, 1], dst: [255, 0, 0, 7] })), true],
      [ethernet(0x0800, ipv4(tcp(1, 2, 0x02)), [[0x8100, 10]]), false],
      [ethernet(0x0800, ipv4(tcp(1, 2, 0x02), { more: true })), false],
      [ethernet(0x0800, ipv4(tcp(1, 2, 0x02), { offset: 8 })), false],
      [ethernet(0x86dd, ipv6(6, tcp(1, 2, 0x02))), false],
      [ethernet(0x0800, ipv4(bytes(new Array(8).fill(0)), { protocol: 1 })), false],
      [ethernet(0x0800, ipv4(bytes([0, 1, 0, 2, 0, 0]))), false], // TCP header cut short
      [ethernet(0x0800, bytes([0x45, 0, 0, 10])), false],
      [ethernet(0x0806, bytes(new Array(28).fill(1))), false],
    ];
    for (const [frame, accepted] of cases) {
      const padded = bytes([9, 9, 9], frame, [7, 7]);
      const p = createNetDecoder().decode(1, frame);
      expect(readIpv4Frame(createIpv4Frame(), padded, 3, frame.length)).toBe(accepted);
      expect(difference(padded, 3, frame.length, p)).toBe('');
    }
  });

  it('agrees with the decoder on random bytes behind a plain Ethernet/IPv4 start', () => {
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let round = 0; round < 5000; round++) {
      const frame = ethernet(0x0800, ipv4(tcp(1000, 502, 0x18, [1, 2, 3, 4]), { protocol: random() < 0.5 ? 6 : 17 }));
      for (let i = 0, flips = 1 + Math.floor(random() * 4); i < flips; i++)
        frame[14 + Math.floor(random() * (frame.length - 14))] = Math.floor(random() * 256);
      const n = random() < 0.2 ? Math.floor(random() * frame.length) : frame.length;
      const p = createNetDecoder().decode(1, frame.subarray(0, n));
      expect(difference(frame, 0, n, p), `round ${round}`).toBe('');
    }
  });

  it.skipIf(captures.length === 0)('agrees with the decoder on every corpus packet', async () => {
    let compared = 0;
    let accepted = 0;
    const f = createIpv4Frame();
    for (const file of captures) {
      const decoder = createNetDecoder();
      await readCaptureFile(join(CORPUS_DIR, file), (packet) => {
        const p = decoder.decode(packet.linkType, packet.data);
        if (packet.linkType === 1) {
          const diff = difference(packet.data, 0, packet.capturedLength, p);
          if (diff !== '') expect(diff, `${file} packet ${compared}`).toBe('');
          if (readIpv4Frame(f, packet.data, 0, packet.capturedLength)) accepted++;
        }
        compared++;
      });
    }
    expect(compared).toBeGreaterThan(40_000);
    expect(accepted).toBeGreaterThan(10_000);
  });
});
