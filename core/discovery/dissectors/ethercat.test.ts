import { describe, expect, it } from 'vitest';
import { bytes, ctx, hex, run } from './layer2-it-test-kit.js';
import { ethercatDissector as ecat } from './ethercat.js';

/** A datagram: cmd, idx, address, length|M, IRQ, data, working counter. */
function datagram(cmd: number, data: number[], more: boolean): Uint8Array {
  const lengthFlags = data.length | (more ? 0x8000 : 0);
  return bytes([cmd, 0x01, 0x00, 0x00, 0x30, 0x01, lengthFlags & 0xff, lengthFlags >> 8, 0, 0], data, [1, 0]);
}

function frame(...datagrams: Uint8Array[]): Uint8Array {
  const body = bytes(...datagrams);
  const header = body.length | (1 << 12);
  return bytes([header & 0xff, header >> 8], body);
}

const cyclic = frame(datagram(7, [0, 0, 0, 0], true), datagram(12, [1, 2], true), datagram(4, [0, 0], false));

describe('ethercat', () => {
  it('claims well-formed datagram chains only', () => {
    expect(ecat.detect(cyclic, ctx())).toBe(true);
    // Padded to the Ethernet minimum.
    expect(ecat.detect(bytes(frame(datagram(1, [0, 0], false)), new Array<number>(30).fill(0)), ctx())).toBe(true);
    // Unknown command, a chain longer than the header says, an unknown frame type.
    expect(ecat.detect(frame(datagram(15, [0], false)), ctx())).toBe(false);
    expect(ecat.detect(frame(datagram(7, [0, 0], true)), ctx())).toBe(false);
    expect(ecat.detect(hex('0c30 0700000000000200000000000100'), ctx())).toBe(false);
  });

  it('records commands and the master', () => {
    const out = run(ecat, [
      [cyclic, ctx({ srcMac: '00:14:4f:23:98:cf' })],
      [cyclic, ctx({ srcMac: '02:14:4f:23:98:cf' })],
    ]);
    expect(out.values('commands')).toEqual([4, 7, 12]);
    expect(out.roles).toEqual([{ of: 'sender', role: 'master' }]);
  });

  it('survives truncation at every length', () => {
    for (let n = 0; n <= cyclic.length; n += 1) {
      expect(() => run(ecat, [[cyclic.subarray(0, n), ctx()]])).not.toThrow();
    }
  });
});
