import { describe, expect, it } from 'vitest';
import { bytes, ctx, hex, run } from './layer2-it-test-kit.js';
import { profinetIoCmDissector as cm } from './profinet-io-cm.js';

/** UUID fields in the PDU's byte order (NDR: the first three fields follow DREP). */
function uuid(time: number, mid: number, hi: number, node: string, le: boolean): Uint8Array {
  const head = le
    ? [time & 0xff, (time >>> 8) & 0xff, (time >>> 16) & 0xff, time >>> 24, mid & 0xff, mid >> 8, hi & 0xff, hi >> 8]
    : [time >>> 24, (time >>> 16) & 0xff, (time >>> 8) & 0xff, time & 0xff, mid >> 8, mid & 0xff, hi >> 8, hi & 0xff];
  return bytes(head, hex(node));
}

function u16(v: number, le: boolean): number[] {
  return le ? [v & 0xff, v >> 8] : [v >> 8, v & 0xff];
}

/** A connectionless DCE/RPC PDU (C706 §12.5.1) with a 4-octet body. */
function pdu(ptype: number, iface: number, opnum: number, le: boolean, objectNode = '8271 0001 0003 015a'): Uint8Array {
  return bytes(
    [4, ptype, 0x20, 0x00, le ? 0x10 : 0x00, 0x00, 0x00, 0x00],
    uuid(0xdea00000, 0x6c97, 0x11d1, objectNode, le),
    uuid(iface, 0x6c97, 0x11d1, '8271 00a0 2442 df7d', le),
    hex('00112233445566778899aabbccddeeff'),
    [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1],
    u16(opnum, le),
    [0xff, 0xff, 0xff, 0xff],
    u16(4, le),
    [0, 0, 0, 0],
    [1, 2, 3, 4],
  );
}

const toDevice = ctx({ srcPort: 65151, dstPort: 34964 });

describe('profinet-io (IO-CM)', () => {
  it('claims PNIO RPC in both byte orders and on any port', () => {
    expect(cm.detect(pdu(0, 0xdea00001, 0, true), toDevice)).toBe(true);
    expect(cm.detect(pdu(0, 0xdea00001, 0, false), toDevice)).toBe(true);
    expect(cm.detect(pdu(2, 0xdea00001, 2, true), ctx({ srcPort: 49152, dstPort: 65151 }))).toBe(true);
  });

  it('leaves other DCE/RPC interfaces alone', () => {
    // The nil interface of some vendor's RPC service, and a truncated body.
    const nil = pdu(0, 0, 0, true);
    nil.fill(0, 24, 40);
    expect(cm.detect(nil, toDevice)).toBe(false);
    expect(cm.detect(pdu(0, 0xdea00001, 0, true).subarray(0, 82), toDevice)).toBe(false);
    // Byte order swapped against DREP: the UUID no longer reads as PNIO.
    const swapped = pdu(0, 0xdea00001, 0, true);
    swapped[4] = 0x00;
    expect(cm.detect(swapped, toDevice)).toBe(false);
  });

  it('accepts the endpoint mapper only on the PNIO port', () => {
    const epm = pdu(0, 0, 2, true);
    epm.set(uuid(0xe1af8308, 0x5d1f, 0x11c9, '91a4 0800 2b14 a0fa', true), 24);
    expect(cm.detect(epm, toDevice)).toBe(true);
    expect(cm.detect(epm, ctx({ srcPort: 1000, dstPort: 135 }))).toBe(false);
  });

  it('records operations, interfaces and the called station', () => {
    const out = run(cm, [
      [pdu(0, 0xdea00001, 0, true), toDevice],
      [pdu(2, 0xdea00001, 0, true), ctx({ fromClient: false })],
      [pdu(0, 0xdea00001, 3, true), toDevice],
      [pdu(0, 0xdea00002, 4, false, '8271 0001 003c 00b0'), toDevice],
    ]);
    expect(out.values('operations')).toEqual(['Connect', 'Write', 'Control']);
    expect(out.values('interfaces')).toEqual(['device', 'controller']);
    expect(out.values('vendorIds')).toEqual(['0x015a']);
    expect(out.values('deviceIds')).toEqual(['0x0003']);
    expect(out.identities).toEqual([
      { of: 'receiver', identity: { protocol: 'profinet-io', vendor: 'GE Intelligent Platforms' } },
    ]);
  });

  it('survives truncation and garbage', () => {
    const full = pdu(0, 0xdea00001, 0, true);
    for (let n = 0; n <= full.length; n += 1) {
      expect(() => run(cm, [[full.subarray(0, n), toDevice]])).not.toThrow();
    }
  });
});
