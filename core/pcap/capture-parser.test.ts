// The push parser on captures built byte by byte: both formats, both byte orders, timestamp
// resolutions, skipped records, and chunk boundaries at every position.
import { describe, expect, it } from 'vitest';
import { createCaptureParser } from './capture-parser.js';
import { createSummaryCollector } from './capture-summary.js';
import { classicPcap, joinBytes, pcapng, plainPacket } from './test-captures.js';
import type { CaptureSummary } from './types.js';

function parse(bytes: Uint8Array, chunkSizes: number[] = [bytes.length]) {
  const packets: ReturnType<typeof plainPacket>[] = [];
  const collector = createSummaryCollector('test', false);
  const parser = createCaptureParser((p) => packets.push(plainPacket(p)), collector.onInfo);
  let offset = 0;
  for (let i = 0; offset < bytes.length; i++) {
    const size = chunkSizes[i] ?? bytes.length;
    parser.push(bytes.subarray(offset, offset + size));
    offset += size;
  }
  parser.end();
  const summary: CaptureSummary = collector.finish(parser.skipped, parser.stats);
  return { packets, summary };
}

const records = [
  { seconds: 1_200_000_000, fraction: 123456, data: [1, 2, 3, 4, 5] },
  { seconds: 1_200_000_001, fraction: 999999, data: [6, 7, 8] },
];

describe('classic pcap', () => {
  for (const byteOrder of ['little', 'big'] as const) {
    it(`reads ${byteOrder}-endian microsecond captures`, () => {
      const { packets, summary } = parse(classicPcap(byteOrder, false, 1, records));
      expect(packets.map((p) => [p.tsSeconds, p.tsFraction, p.data])).toEqual([
        [1_200_000_000, 123_456_000, [1, 2, 3, 4, 5]],
        [1_200_000_001, 999_999_000, [6, 7, 8]],
      ]);
      expect(summary).toMatchObject({
        format: 'pcap',
        byteOrder,
        linkTypes: [1],
        packets: 2,
        bytes: 8,
        first: '2008-01-10T21:20:00.123456Z',
        last: '2008-01-10T21:20:01.999999Z',
        skipped: 0,
      });
    });

    it(`reads ${byteOrder}-endian nanosecond captures`, () => {
      const { packets, summary } = parse(
        classicPcap(byteOrder, true, 113, [{ seconds: 5, fraction: 123_456_789, data: [9] }]),
      );
      expect(packets[0]).toMatchObject({ linkType: 113, tsSeconds: 5, tsFraction: 123_456_789, tsDigits: 9 });
      expect(summary.first).toBe('1970-01-01T00:00:05.123456789Z');
    });
  }

  it('keeps the original length apart from the captured one', () => {
    const { packets } = parse(classicPcap('little', false, 1, [{ ...records[0]!, originalLength: 1500 }]));
    expect(packets[0]).toMatchObject({ capturedLength: 5, originalLength: 1500 });
  });

  it('counts a record cut in half at the end as skipped', () => {
    const whole = classicPcap('little', false, 1, records);
    const { summary } = parse(whole.subarray(0, whole.length - 2));
    expect(summary).toMatchObject({ packets: 1, skipped: 1 });
  });

  it('stops at an absurd record length, counting it as skipped', () => {
    const bytes = classicPcap('big', false, 1, [...records, { seconds: 1, fraction: 0, data: [] }]);
    // The third record header's captured length becomes 0x7fffffff.
    new DataView(bytes.buffer).setUint32(24 + 16 + 5 + 16 + 3 + 8, 0x7fffffff, false);
    const { summary } = parse(bytes);
    expect(summary).toMatchObject({ packets: 2, skipped: 1 });
  });

  it('reads the link type without the FCS bits of the header', () => {
    const bytes = classicPcap('little', false, 1, records);
    bytes[23] = 0x10 | 0x04;
    expect(parse(bytes).summary.linkTypes).toEqual([1]);
  });
});

describe('pcapng', () => {
  function twoInterfaces(byteOrder: 'little' | 'big') {
    return joinBytes(
      pcapng.shb(byteOrder),
      pcapng.idb(byteOrder, 1),
      pcapng.idb(byteOrder, 113, 9),
      pcapng.epb(byteOrder, 0, 1_600_000_000_123_456n, [1, 2, 3]),
      pcapng.unknown(byteOrder, 0x0bad, [1, 2, 3, 4, 5]),
      pcapng.epb(byteOrder, 1, 1_600_000_001_987_654_321n, [4, 5]),
      pcapng.spb(byteOrder, [7, 7, 7, 7, 7]),
    );
  }

  for (const byteOrder of ['little', 'big'] as const) {
    it(`reads ${byteOrder}-endian sections with two interfaces, an SPB and an unknown block`, () => {
      const { packets, summary } = parse(twoInterfaces(byteOrder));
      expect(packets.map((p) => [p.interfaceId, p.linkType, p.tsSeconds, p.tsFraction, p.tsDigits, p.data])).toEqual([
        [0, 1, 1_600_000_000, 123_456_000, 6, [1, 2, 3]],
        [1, 113, 1_600_000_001, 987_654_321, 9, [4, 5]],
        [0, 1, 0, 0, 6, [7, 7, 7, 7, 7]],
      ]);
      expect(packets[2]!.timestampKnown).toBe(false);
      expect(summary).toMatchObject({
        format: 'pcapng',
        byteOrder,
        linkTypes: [1, 113],
        packets: 3,
        first: '2020-09-13T12:26:40.123456Z',
        last: '2020-09-13T12:26:41.987654321Z',
        skipped: 0,
      });
    });
  }

  it('skips a block whose trailing length disagrees and reads on', () => {
    const bad = pcapng.epb('little', 0, 1n, [1, 2, 3, 4]);
    new DataView(bad.buffer).setUint32(bad.length - 4, 999, true);
    const bytes = joinBytes(pcapng.shb('little'), pcapng.idb('little', 1), bad, pcapng.epb('little', 0, 2n, [5]));
    expect(parse(bytes).summary).toMatchObject({ packets: 1, skipped: 1 });
  });

  it('skips packets of an interface that was never described', () => {
    const bytes = joinBytes(pcapng.shb('little'), pcapng.epb('little', 3, 1n, [1]));
    expect(parse(bytes).summary).toMatchObject({ packets: 0, skipped: 1 });
  });

  it('stops at a block length that gives nothing to advance by', () => {
    const bad = pcapng.epb('little', 0, 1n, [1]);
    new DataView(bad.buffer).setUint32(4, 6, true);
    const bytes = joinBytes(pcapng.shb('little'), pcapng.idb('little', 1), bad, pcapng.epb('little', 0, 2n, [5]));
    expect(parse(bytes).summary).toMatchObject({ packets: 0, skipped: 1 });
  });

  it('reads binary timestamp resolutions', () => {
    const bytes = joinBytes(
      pcapng.shb('little'),
      pcapng.idb('little', 1, 0x80 | 10),
      pcapng.epb('little', 0, 3n * 1024n + 512n, [1]),
    );
    expect(parse(bytes).packets[0]).toMatchObject({ tsSeconds: 3, tsFraction: 500_000_000, tsDigits: 4 });
  });
});

describe('chunking and bad input', () => {
  it('gives identical output whatever the chunk boundaries', () => {
    for (const bytes of [
      classicPcap('big', true, 1, records),
      joinBytes(
        pcapng.shb('big'),
        pcapng.idb('big', 1, 9),
        pcapng.epb('big', 0, 5n, [1, 2, 3]),
        pcapng.spb('big', [4]),
      ),
    ]) {
      const whole = parse(bytes);
      for (let split = 1; split < bytes.length; split++) {
        expect(parse(bytes, [split])).toEqual(whole);
        // And one byte at a time after the split.
      }
      expect(parse(bytes, Array<number>(bytes.length).fill(1))).toEqual(whole);
    }
  });

  it('counts input of no known format as one skipped item', () => {
    expect(parse(Uint8Array.from([1, 2, 3, 4, 5, 6])).summary).toMatchObject({ format: null, packets: 0, skipped: 1 });
  });

  it('counts a file shorter than a magic number as skipped', () => {
    expect(parse(Uint8Array.from([0xd4, 0xc3])).summary.skipped).toBe(1);
  });
});
