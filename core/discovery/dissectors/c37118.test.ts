import { describe, expect, it } from 'vitest';
import { c37118TcpDissector, c37118UdpDissector, isC37118 } from './c37118.js';
import { ascii, context, hex, recorder, survivesTruncationAndNoise } from './utility-building-test-kit.js';

// Command frame from the PDC: turn on transmission (CMD 0x0002), IDCODE 241.
const COMMAND_ON = hex('aa41 0012 00f1 00000000 00000000 0002 a737');
// CFG-2 of PMU "Blue PMU", IDCODE 241: 4 phasors, 1 analog, 1 digital word, 50 frames/s.
const CFG2 = hex(`
aa31008600f14893344a0019999a00ffffff0001426c756520504d55202020202020202000f1000600040000000056314c504d20202020
2020202020202056414c504d202020202020202020202056424c504d202020202020202020202056434c504d2020202020202020202020
00000001000000010000000100000001000100590032c1e2`);

/** CRC-CCITT (0x1021, init 0xFFFF) appended big-endian, as the CHK field. */
function withChk(body: number[]): Uint8Array {
  let crc = 0xffff;
  for (const b of body) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i += 1) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return Uint8Array.from([...body, crc >> 8, crc & 0xff]);
}

describe('c37118 dissector', () => {
  it('detects frames whose CRC is right', () => {
    expect(c37118TcpDissector.detect(COMMAND_ON, context())).toBe(true);
    expect(c37118UdpDissector.detect(CFG2, context({ transport: 'udp' }))).toBe(true);
    expect(isC37118(Uint8Array.from([...COMMAND_ON, ...COMMAND_ON]))).toBe(true);
  });

  it('rejects a bad CRC, a wrong frame size, reserved bits and a truncated first frame', () => {
    const bad = COMMAND_ON.slice();
    bad[17] = bad[17]! ^ 1;
    expect(isC37118(bad)).toBe(false);
    expect(isC37118(COMMAND_ON.subarray(0, 17))).toBe(false);
    expect(isC37118(withChk([0xaa, 0xc1, 0x00, 0x12, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2]))).toBe(false);
    expect(isC37118(withChk([0xaa, 0x70, 0x00, 0x12, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2]))).toBe(false); // type 7
    expect(isC37118(Uint8Array.from(ascii('\u00aa1 not a synchrophasor frame')))).toBe(false);
  });

  it('records frame types, id codes and the station name of a CFG-2 frame', () => {
    const out = recorder();
    c37118TcpDissector.parse(COMMAND_ON, context(), out, undefined);
    c37118TcpDissector.parse(CFG2, context({ fromClient: false }), out, undefined);
    expect(out.values('frameTypes')).toEqual([4, 3]);
    expect(out.values('idCodes')).toEqual([241]);
    expect(out.identities).toEqual([{ of: 'sender', identity: { protocol: 'c37118', name: 'Blue PMU' } }]);
  });

  it('reads the first station name of a CFG-3 frame', () => {
    // CONT_IDX 0, TIME_BASE, NUM_PMU 1, then a length-prefixed name.
    const body = [
      0xaa,
      0x52,
      0,
      0,
      0,
      7,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0x0f,
      0x42,
      0x40,
      0,
      1,
      5,
      ...ascii('PMU-A'),
    ];
    body[3] = body.length + 2;
    const out = recorder();
    c37118TcpDissector.parse(withChk(body), context(), out, undefined);
    expect(out.values('frameTypes')).toEqual([5]);
    expect(out.identities[0]?.identity).toEqual({ protocol: 'c37118', name: 'PMU-A' });
  });

  it('ignores a configuration frame cut by the segment end', () => {
    const out = recorder();
    c37118TcpDissector.parse(CFG2.subarray(0, 60), context(), out, undefined);
    expect(out.values('frameTypes')).toEqual([3]);
    expect(out.identities).toEqual([]);
  });

  it('never throws on truncated or random input', () => {
    survivesTruncationAndNoise(
      (p) => {
        c37118TcpDissector.detect(p, context());
        c37118TcpDissector.parse(p, context(), recorder(), undefined);
      },
      Uint8Array.from([...CFG2, ...COMMAND_ON]),
    );
  });
});
