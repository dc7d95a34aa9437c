import { describe, expect, it } from 'vitest';
import { bytes, ctx, hex, run } from './layer2-it-test-kit.js';
import { iec61850GooseDissector as goose, iec61850SvDissector as sv } from './iec61850-goose-sv.js';

function tlv(tag: number, value: Uint8Array | string): Uint8Array {
  const v = typeof value === 'string' ? bytes(value) : value;
  const length = v.length < 0x80 ? [v.length] : [0x81, v.length];
  return bytes([tag], length, v);
}

function frame(appId: number, pdu: Uint8Array): Uint8Array {
  const length = 8 + pdu.length;
  return bytes([appId >> 8, appId & 0xff, length >> 8, length & 0xff, 0, 0, 0, 0], pdu);
}

const goosePdu = tlv(
  0x61,
  bytes(
    tlv(0x80, 'IED1LD0/LLN0$GO$gcb01'),
    tlv(0x81, hex('07d0')),
    tlv(0x82, 'IED1LD0/LLN0$DataSet1'),
    tlv(0x83, 'IED1_GOOSE1'),
    tlv(0x84, hex('5f5e0f1000000000')),
    tlv(0x85, hex('01')),
    tlv(0x86, hex('05')),
    tlv(0x87, hex('00')),
    tlv(0x88, hex('01')),
    tlv(0x89, hex('00')),
    tlv(0x8a, hex('01')),
    tlv(0xab, tlv(0x83, hex('00'))),
  ),
);
const gooseFrame = frame(0x3001, goosePdu);

function asdu(svId: string): Uint8Array {
  return tlv(
    0x30,
    bytes(
      tlv(0x80, svId),
      tlv(0x82, hex('0001')),
      tlv(0x83, hex('00000001')),
      tlv(0x85, hex('02')),
      tlv(0x87, new Uint8Array(16)),
    ),
  );
}
const svFrame = frame(0x4000, tlv(0x60, bytes(tlv(0x80, hex('02')), tlv(0xa2, bytes(asdu('MU0101'), asdu('MU0102'))))));

describe('iec61850-goose', () => {
  it('claims a goosePdu, not an SV or garbage frame', () => {
    expect(goose.detect(gooseFrame, ctx())).toBe(true);
    expect(goose.detect(svFrame, ctx())).toBe(false);
    expect(goose.detect(hex('3001 0008 0000 0000'), ctx())).toBe(false);
    // Length field larger than the frame.
    const long = gooseFrame.slice();
    long[3] = 0xff;
    expect(goose.detect(long, ctx())).toBe(false);
  });

  it('records the publisher, APPID and references', () => {
    const padded = bytes(gooseFrame, new Array<number>(20).fill(0));
    const out = run(goose, [
      [gooseFrame, ctx()],
      [padded, ctx()],
    ]);
    expect(out.values('appIds')).toEqual(['0x3001']);
    expect(out.values('gocbRefs')).toEqual(['IED1LD0/LLN0$GO$gcb01']);
    expect(out.values('datSets')).toEqual(['IED1LD0/LLN0$DataSet1']);
    expect(out.values('goIds')).toEqual(['IED1_GOOSE1']);
    expect(out.roles).toContainEqual({ of: 'sender', role: 'publisher' });
    expect(out.identities).toEqual([{ of: 'sender', identity: { protocol: 'iec61850-goose', name: 'IED1LD0' } }]);
  });

  it('survives truncation at every length', () => {
    for (let n = 0; n <= gooseFrame.length; n += 1) {
      const cut = gooseFrame.subarray(0, n);
      expect(() => run(goose, [[cut, ctx()]])).not.toThrow();
    }
  });
});

describe('iec61850-sv', () => {
  it('claims a savPdu and records every svID', () => {
    expect(sv.detect(svFrame, ctx())).toBe(true);
    expect(sv.detect(gooseFrame, ctx())).toBe(false);
    const out = run(sv, [[svFrame, ctx()]]);
    expect(out.values('appIds')).toEqual(['0x4000']);
    expect(out.values('svIds')).toEqual(['MU0101', 'MU0102']);
    expect(out.roles).toEqual([{ of: 'sender', role: 'publisher' }]);
  });

  it('survives truncation at every length', () => {
    for (let n = 0; n <= svFrame.length; n += 1) {
      expect(() => run(sv, [[svFrame.subarray(0, n), ctx()]])).not.toThrow();
    }
  });
});
