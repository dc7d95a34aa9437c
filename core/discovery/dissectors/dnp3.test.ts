import { describe, expect, it } from 'vitest';
import { dnp3TcpDissector, dnp3UdpDissector, isDnp3Frame } from './dnp3.js';
import { context, hex, noise, recorder, survivesTruncationAndNoise } from './utility-building-test-kit.js';

// From the master (DIR=1, addr 2 → 1): READ of class 1/2/3 data, one 17-byte block.
const READ_REQUEST = hex('056411c401000200c35a cece013c02063c03063c0406 44cb');
// From the outstation (DIR=0, addr 1 → 2): a null RESPONSE (FC 129, IIN 00 00).
const RESPONSE = hex('05640a4402000100 10f0 cfce810000 6ab5');
// Link-layer only: Reset of Remote Link, no transport/application data.
const RESET_LINK = hex('056405c001000200'); // header CRC appended by withHeaderCrc

function withHeaderCrc(header: Uint8Array): Uint8Array {
  // CRC-16/DNP over the 8 header bytes, appended low byte first.
  let crc = 0;
  for (const b of header.subarray(0, 8)) {
    crc ^= b;
    for (let i = 0; i < 8; i += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xa6bc : crc >>> 1;
  }
  crc = ~crc & 0xffff;
  return Uint8Array.from([...header.subarray(0, 8), crc & 0xff, crc >>> 8]);
}

describe('dnp3 dissector', () => {
  it('detects DNP3 link frames by header CRC, on TCP and UDP alike', () => {
    expect(dnp3TcpDissector.detect(READ_REQUEST, context())).toBe(true);
    expect(dnp3UdpDissector.detect(RESPONSE, context({ transport: 'udp' }))).toBe(true);
    expect(isDnp3Frame(withHeaderCrc(RESET_LINK))).toBe(true);
  });

  it('rejects a frame whose header CRC is wrong, and non-DNP3 payloads', () => {
    const bad = READ_REQUEST.slice();
    bad[8] = bad[8]! ^ 0xff;
    expect(dnp3TcpDissector.detect(bad, context())).toBe(false);
    expect(dnp3TcpDissector.detect(hex('0564'), context())).toBe(false);
    expect(dnp3TcpDissector.detect(new TextEncoder().encode('GET / HTTP/1.1\r\n\r\n'), context())).toBe(false);
    for (let seed = 1; seed < 300; seed += 1) expect(isDnp3Frame(noise(seed, 32))).toBe(false);
  });

  it('records roles, station addresses and the application function code of a request', () => {
    const out = recorder();
    dnp3TcpDissector.parse(READ_REQUEST, context(), out, undefined);
    expect(out.roles).toEqual([
      { of: 'sender', role: 'master' },
      { of: 'receiver', role: 'outstation' },
    ]);
    expect(out.values('masterAddresses')).toEqual([2]);
    expect(out.values('outstationAddresses')).toEqual([1]);
    expect(out.values('functionCodes')).toEqual([1]);
  });

  it('reads the outstation side from a response (DIR=0)', () => {
    const out = recorder();
    dnp3TcpDissector.parse(RESPONSE, context({ fromClient: false }), out, undefined);
    expect(out.roles[0]).toEqual({ of: 'sender', role: 'outstation' });
    expect(out.values('outstationAddresses')).toEqual([1]);
    expect(out.values('masterAddresses')).toEqual([2]);
    expect(out.values('functionCodes')).toEqual([129]);
  });

  it('walks several frames in one segment and ignores link-only frames for function codes', () => {
    const out = recorder();
    const reset = withHeaderCrc(RESET_LINK);
    dnp3TcpDissector.parse(Uint8Array.from([...reset, ...READ_REQUEST, ...RESPONSE]), context(), out, undefined);
    expect(out.values('functionCodes')).toEqual([1, 129]);
  });

  it('does not count broadcast destinations as stations', () => {
    // Unconfirmed user data from master 3 to the all-stations address 0xFFFF.
    const header = withHeaderCrc(hex('056408c4ffff0300'));
    const frame = Uint8Array.from([...header, 0xc0, 0xc0, 0x01, 0, 0]);
    const out = recorder();
    dnp3TcpDissector.parse(frame, context(), out, undefined);
    expect(out.values('masterAddresses')).toEqual([3]);
    expect(out.values('outstationAddresses')).toEqual([]);
    expect(out.flags.get('broadcast')).toBe(true);
  });

  it('only takes function codes from the first transport segment (FIR)', () => {
    const frame = READ_REQUEST.slice();
    frame[10] = 0x82; // FIN without FIR: a continuation segment
    const out = recorder();
    dnp3TcpDissector.parse(frame, context(), out, undefined);
    expect(out.values('functionCodes')).toEqual([]);
  });

  it('never throws on truncated or random input', () => {
    survivesTruncationAndNoise(
      (p) => {
        dnp3TcpDissector.detect(p, context());
        dnp3TcpDissector.parse(p, context(), recorder(), undefined);
      },
      Uint8Array.from([...READ_REQUEST, ...RESPONSE]),
    );
  });
});
