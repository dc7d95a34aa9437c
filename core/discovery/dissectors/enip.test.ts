import { describe, expect, it } from 'vitest';
import { enipIoDissector, enipTcpDissector, enipUdpDissector, isEnipSegment } from './enip.js';
import { concat, context, hammer, hex, parseAll } from './iso-enip-test-kit.js';

const toAdapter = context({ dstPort: 44818, fromClient: true });
const fromAdapter = context({ srcPort: 44818, dstPort: 50000, fromClient: false });
const udpToAdapter = context({ transport: 'udp', dstPort: 44818, fromClient: true });
const udpFromAdapter = context({ transport: 'udp', srcPort: 44818, dstPort: 50000, fromClient: false });

const registerRequest = hex('6500 0400 00000000 00000000 0000000000000000 00000000 0100 0000');
const registerReply = hex('6500 0400 00020212 00000000 0000000000000000 00000000 0100 0000');
const listIdentityRequest = hex('6300 0000 00000000 00000000 0000000000000000 00000000');
// ListIdentity reply of a 1756-ENBT/A, revision 4.7, serial 0x0051aec3.
const listIdentityReply = hex(
  '6300 3300 00000000 00000000 0000000000000000 00000000' +
    '0100 0c00 2d00 0100 0002af12c0a80a780000000000000000 0100 0c00 3a00 0407 3000 c3ae5100' +
    '0b 313735362d454e42542f41 03',
);
// SendRRData: Unconnected Send (0x52) via the Connection Manager wrapping Get_Attributes_All to
// Identity (class 1, instance 1), routed to backplane slot 1; the module's reply; then the same
// service to vendor class 0x64, whose reply is not an identity, and a failed Unconnected Send.
const rr = (ctx: string, items: string): Uint8Array => {
  const body = hex(`00000000 0a00 0200 0000 0000 ${items}`);
  const header = hex(`6f00 0000 00010211 00000000 ${ctx} 00000000`);
  header[2] = body.length & 0xff;
  header[3] = body.length >> 8;
  return concat(header, body);
};
const identityRequest = rr('0781300018a7e100', 'b200 1400 52 02 20062401 069a 0600 01 02 20012401 0100 0101');
const identityReply = rr(
  '0781300018a7e100',
  'b200 1e00 81 00 00 00 0100 0c00 3a00 0407 3000 c3ae5100 0b 313735362d454e42542f41',
);
const vendorClassRequest = rr('0881300018a7e100', 'b200 1400 52 02 20062401 069a 0600 01 02 20642401 0100 0101');
const vendorClassReply = rr(
  '0881300018a7e100',
  'b200 1f00 81 00 00 00 0b00 313735362d454e42542f41 0000000002000100010002000400',
);
const failedRequest = rr('1681300018a7e100', 'b200 1400 52 02 20062401 069a 0600 01 02 20012401 0100 0104');
const failedReply = rr('1681300018a7e100', 'b200 0800 d2 00 01 01 0402 0100');
// SendUnitData: connected Multiple Service Packet (0x0a) with one Read Tag (0x4c), and the reply.
const unitDataRequest = hex(
  '70002c000001021000000000aee330000000000000000000000000000a000200a100040001033500b10018007ed70a02' +
    '20022401010004004c022072240068a207000900',
);
const unitDataReply = hex(
  '7000260000010210000000000000000000000000000000000000000000000200a1000400cdc70080b100120065e18a00' +
    '000001000400cc00000000000000',
);

describe('enip detect', () => {
  it('claims encapsulation messages with consistent length and zero options', () => {
    expect(enipTcpDissector.detect(registerRequest, toAdapter)).toBe(true);
    expect(enipTcpDissector.detect(identityReply, fromAdapter)).toBe(true);
    expect(enipTcpDissector.detect(concat(unitDataRequest, unitDataRequest), toAdapter)).toBe(true);
    expect(enipUdpDissector.detect(listIdentityRequest, udpToAdapter)).toBe(true);
    expect(enipUdpDissector.detect(listIdentityReply, udpFromAdapter)).toBe(true);
  });

  it('rejects unknown commands, wrong lengths, non-zero options and weak commands off port', () => {
    const unknown = registerRequest.slice();
    unknown[0] = 0x99;
    const options = registerRequest.slice();
    options[20] = 1;
    expect(isEnipSegment(unknown, true)).toBe(false);
    expect(isEnipSegment(options, true)).toBe(false);
    expect(isEnipSegment(registerRequest.subarray(0, 27), true)).toBe(false);
    expect(isEnipSegment(new Uint8Array(24), true)).toBe(true);
    expect(isEnipSegment(new Uint8Array(24), false)).toBe(false);
    expect(enipTcpDissector.detect(new TextEncoder().encode('GET / HTTP/1.1\r\nHost: plc\r\n\r\n'), toAdapter)).toBe(
      false,
    );
  });
});

describe('enip parse', () => {
  it('reports ListIdentity replies with vendor, product, revision and serial', () => {
    const out = parseAll(enipUdpDissector, [
      [listIdentityRequest, udpToAdapter],
      [listIdentityReply, udpFromAdapter],
    ]);
    expect(out.values('commands')).toEqual([0x63]);
    expect(out.identities).toEqual([
      {
        of: 'sender',
        identity: {
          protocol: 'enip',
          vendor: 'Rockwell Automation/Allen-Bradley',
          product: '1756-ENBT/A',
          firmware: '4.07',
          serial: '0x0051aec3',
        },
      },
    ]);
  });

  it('records CIP services inside Unconnected Send and reports Identity object replies only', () => {
    const out = parseAll(enipTcpDissector, [
      [registerRequest, toAdapter],
      [registerReply, fromAdapter],
      [identityRequest, toAdapter],
      [identityReply, fromAdapter],
      [vendorClassRequest, toAdapter],
      [vendorClassReply, fromAdapter],
      [failedRequest, toAdapter],
      [failedReply, fromAdapter],
    ]);
    expect(out.values('commands')).toEqual([0x65, 0x6f]);
    expect(out.values('cipServices')).toEqual([0x01, 0x52]);
    expect(out.identities.map((i) => i.identity.product)).toEqual(['1756-ENBT/A']);
    expect(out.identities[0]?.identity.protocol).toBe('cip');
  });

  it('walks connected Multiple Service Packets in SendUnitData', () => {
    const out = parseAll(enipTcpDissector, [
      [unitDataRequest, toAdapter],
      [unitDataReply, fromAdapter],
    ]);
    expect(out.values('commands')).toEqual([0x70]);
    expect(out.values('cipServices')).toEqual([0x0a, 0x4c]);
  });

  it('never throws on truncated or corrupted input', () => {
    const samples = [listIdentityReply, identityRequest, identityReply, unitDataRequest, unitDataReply, failedReply];
    expect(() => hammer(enipTcpDissector, samples, fromAdapter)).not.toThrow();
  });
});

describe('enip class 0/1 I/O', () => {
  const io = hex('0200 0280 0800 0d1b8b00 05000000 b100 0600 0500 01020304');
  const udpIo = context({ transport: 'udp', srcPort: 2222, dstPort: 2222 });

  it('claims sequenced-address + connected-data datagrams and flags cyclic I/O', () => {
    expect(enipIoDissector.detect(io, udpIo)).toBe(true);
    expect(enipIoDissector.detect(io.subarray(0, io.length - 1), udpIo)).toBe(false);
    const out = parseAll(enipIoDissector, [[io, udpIo]]);
    expect(out.flags.get('cyclicIo')).toBe(true);
    expect(out.values('ioConnectionIds')).toEqual([0x008b1b0d]);
  });

  it('never throws on truncated or corrupted input', () => {
    expect(() => hammer(enipIoDissector, [io], udpIo)).not.toThrow();
  });
});
