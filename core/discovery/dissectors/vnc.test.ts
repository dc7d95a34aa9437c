import { describe, expect, it } from 'vitest';
import { bytes, ctx, hex, run } from './layer2-it-test-kit.js';
import { vncDissector as vnc } from './vnc.js';

const client = ctx({ dstPort: 5900 });
const server = ctx({ srcPort: 5900, fromClient: false });

describe('vnc', () => {
  it('claims the RFB ProtocolVersion only', () => {
    expect(vnc.detect(bytes('RFB 003.008\n'), server)).toBe(true);
    expect(vnc.detect(bytes('RFB 003.008'), server)).toBe(false);
    expect(vnc.detect(bytes('RFB 3.8\n....'), server)).toBe(false);
    expect(vnc.detect(hex('0102'), server)).toBe(false);
  });

  it('records versions and the offered security types, flagging "None"', () => {
    const out = run(vnc, [
      [bytes('RFB 003.008\n'), server],
      [bytes('RFB 003.008\n'), client],
      [hex('02 01 02'), server],
    ]);
    expect(out.values('versions')).toEqual(['3.8']);
    expect(out.values('securityTypes')).toEqual([1, 2]);
    expect(out.flags.get('noAuthentication')).toBe(true);
  });

  it('reads the version 3.3 security type', () => {
    const out = run(vnc, [
      [bytes('RFB 003.003\n'), server],
      [hex('00000002'), server],
    ]);
    expect(out.values('securityTypes')).toEqual([2]);
    expect(out.flags.get('noAuthentication')).toBeUndefined();
  });

  it('survives a truncated security list', () => {
    expect(() =>
      run(vnc, [
        [bytes('RFB 003.008\n'), server],
        [hex('05 01'), server],
      ]),
    ).not.toThrow();
  });
});
