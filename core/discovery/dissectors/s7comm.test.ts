import { describe, expect, it } from 'vitest';
import { concat, context, hammer, hex, parseAll } from './iso-enip-test-kit.js';
import { s7commDissector } from './s7comm.js';

const toPlc = context({ dstPort: 102, fromClient: true });
const fromPlc = context({ srcPort: 102, dstPort: 50000, fromClient: false });

const connectionRequest = hex('0300 0016 11 e0 0000 0001 00 c0010a c1020100 c2020102');
const setupRequest = hex('0300 0019 02f080 32 01 0000 0000 0008 0000 f000 0001 0001 01e0');
const setupResponse = hex('0300 001b 02f080 32 03 0000 0000 0008 0000 0000 f000 0001 0001 00f0');
const readJob = hex('0300 001f 02f080 32 01 0000 0100 000e 0000 0401 120a 1002 0004 0067 8400 0090');
const readAck = hex('0300 001d 02f080 32 03 0000 0100 0002 0008 0000 0401 ff04 0020 41ca 8bda');
const emptyDt = hex('0300 0007 02f000');

// Userdata: read SZL 0x0111 index 1 and the answer with the module order number.
const szl0111Request = hex('0300 0021 02f080 32 07 0000 0b00 0008 0008 0001 1204 1144 0100 ff09 0004 0111 0001');
const szl0111Response = hex(
  '0300 0045 02f080 32 07 0000 0b00 000c 0028 0001 1208 1284 0101 0000 0000 ff09 0024 0111 0001 001c 0001' +
    '0001 36455337203135312d38414230312d3041423020 00c0 0003 0001',
);
// SZL 0x0011: order number records plus the firmware record (Ausbg 'V' 3, Ausbe 2.6).
const szl0011Response = hex(
  '0300 0099 02f080 32 07 0000 1100 000c 007c 0001 1208 1284 0102 0000 0000 ff09 0078 0011 0000 001c 0004' +
    '0001 36455337203135312d38414230312d3041423020 00c0 0003 0001' +
    '0006 36455337203135312d38414230312d3041423020 00c0 0003 0001' +
    '0007 2020202020202020202020202020202020202020 00c0 5603 0206' +
    '0081 426f6f74204c6f61646572202020202020202020 0000 4120 0909',
);
// SZL 0x001C, first fragment ("more data follows"): names, copyright, serial, CPU type.
const szl001cResponse = hex(
  '030000f702f080320700001400000c00da000112081284010206010000ff0900d6001c00000022000a0001494d313531' +
    '2d382d4350550000000000000000000000000000000000000000000002494d3135312d3820504e2f4450204350550000' +
    '000000000000000000000000000003000000000000000000000000000000000000000000000000000000000000000000' +
    '044f726967696e616c205369656d656e732045717569706d656e7400000000000000055320432d433654573734383832' +
    '303132000000000000000000000000000000000007494d3135312d3820504e2f44502043505500000000000000000000' +
    '00000000000008',
);
// The follow-up fragment has no SZL header: its first bytes must not be read as an SZL id.
const szl001cContinuation = hex(
  '030000a702f080320700001500000c008a000112081284010206000000ff0900864d4d43203239303046433141000000' +
    '00000000000000000000000000000000000009002af60000010000000000000000000000000000000000000000000000' +
    '000000000a0000000000000000000000000000000000000000000000000000000000000000000b000000000000000000' +
    '0000000000000000000000000000000000000000000000',
);

describe('s7comm detect', () => {
  it('claims the first COTP DT carrying an S7 PDU, not the connection request', () => {
    expect(s7commDissector.detect(connectionRequest, toPlc)).toBe(false);
    expect(s7commDissector.detect(emptyDt, toPlc)).toBe(false);
    expect(s7commDissector.detect(setupRequest, toPlc)).toBe(true);
    expect(s7commDissector.detect(readAck, fromPlc)).toBe(true);
    expect(s7commDissector.detect(szl0111Request, toPlc)).toBe(true);
  });

  it('rejects S7comm-plus, MMS and S7 headers whose lengths do not add up', () => {
    expect(s7commDissector.detect(hex('0300 000f 02f080 72 01 0000 72 01 0000'), toPlc)).toBe(false);
    expect(s7commDissector.detect(hex('0300 0016 02f080 0100 0100 6109 3007 020103 a0028b00'), toPlc)).toBe(false);
    expect(s7commDissector.detect(hex('0300 0019 02f080 32 01 0000 0000 0009 0000 f000 0001 0001 01e0'), toPlc)).toBe(
      false,
    );
    expect(s7commDissector.detect(hex('0300 0019 02f080 32 05 0000 0000 0008 0000 f000 0001 0001 01e0'), toPlc)).toBe(
      false,
    );
  });
});

describe('s7comm parse', () => {
  it('records ROSCTR and job functions, over several TPKTs in one segment', () => {
    const out = parseAll(s7commDissector, [
      [setupRequest, toPlc],
      [setupResponse, fromPlc],
      [concat(readJob, emptyDt), toPlc],
      [readAck, fromPlc],
    ]);
    expect(out.values('rosctr')).toEqual([1, 3]);
    expect(out.values('functions')).toEqual([4, 0xf0]);
    expect(out.identities).toEqual([]);
  });

  it('reads SZL ids and builds the PLC identity from SZL 0x0011 and 0x001C', () => {
    const out = parseAll(s7commDissector, [
      [szl0111Request, toPlc],
      [szl0111Response, fromPlc],
      [szl0011Response, fromPlc],
      [szl001cResponse, fromPlc],
      [szl001cContinuation, fromPlc],
    ]);
    expect(out.values('rosctr')).toEqual([7]);
    expect(out.values('userdataFunctions')).toEqual(['4/1']);
    expect(out.values('szlIds')).toEqual([0x0011, 0x001c, 0x0111]);
    expect(out.identities.map((i) => i.of)).toEqual(['sender', 'sender', 'sender']);
    expect(out.identities.at(-1)?.identity).toEqual({
      protocol: 's7comm',
      vendor: 'Siemens',
      orderNumber: '6ES7 151-8AB01-0AB0',
      firmware: 'V3.2.6',
      name: 'IM151-8 PN/DP CPU',
      product: 'IM151-8 PN/DP CPU',
      serial: 'S C-C6TW74882012',
    });
  });

  it('does not report the same identity twice', () => {
    const out = parseAll(s7commDissector, [
      [szl0011Response, fromPlc],
      [szl0011Response, fromPlc],
    ]);
    expect(out.identities).toHaveLength(1);
  });

  it('never throws on truncated or corrupted input', () => {
    const samples = [setupRequest, readAck, szl0111Response, szl0011Response, szl001cResponse, szl001cContinuation];
    expect(() => hammer(s7commDissector, samples, fromPlc)).not.toThrow();
  });
});
