import { describe, expect, it } from 'vitest';
import { concat, context, hammer, hex, parseAll } from './iso-enip-test-kit.js';
import { isModbusSegment, modbusDissector } from './modbus.js';

const toServer = context({ dstPort: 502, fromClient: true });
const toClient = context({ srcPort: 502, dstPort: 50000, fromClient: false });

// Read Holding Registers (FC 3): request for 2 registers at 0x006b on unit 17, and its response.
const readRequest = hex('0001 0000 0006 11 03 006b 0002');
const readResponse = hex('0001 0000 0007 11 03 04 022b 0000');
// Write Multiple Coils (FC 15) request on unit 255.
const writeCoils = hex('0002 0000 0009 ff 0f 0013 000a 02 cd01');
// Exception: illegal data address (2) answering FC 2.
const exception = hex('0003 0000 0003 01 82 02');
// Read Device Identification (FC 43 / MEI 14) response: vendor, product code, revision.
const deviceId = hex(
  '0004 0000 0024 01 2b 0e 01 01 00 00 03' +
    '00 09 536368 6e6569 646572' + // "Schneider"
    '01 09 424d58503334323032' + // "BMXP34202"
    '02 04 76332e31', // "v3.1"
);

describe('modbus detect', () => {
  it('claims requests, responses and exceptions on port 502', () => {
    expect(modbusDissector.detect(readRequest, toServer)).toBe(true);
    expect(modbusDissector.detect(readResponse, toClient)).toBe(true);
    expect(modbusDissector.detect(exception, toClient)).toBe(true);
  });

  it('claims several ADUs back to back but not a split one', () => {
    expect(modbusDissector.detect(concat(readRequest, writeCoils), toServer)).toBe(true);
    expect(modbusDissector.detect(concat(readRequest, writeCoils.subarray(0, 9)), toServer)).toBe(false);
  });

  it('rejects a wrong protocol id, inconsistent length or function code 0', () => {
    expect(modbusDissector.detect(hex('0001 0001 0006 11 03 006b 0002'), toServer)).toBe(false);
    expect(modbusDissector.detect(hex('0001 0000 0009 11 03 006b 0002'), toServer)).toBe(false);
    expect(modbusDissector.detect(hex('0001 0000 0006 11 00 006b 0002'), toServer)).toBe(false);
    expect(modbusDissector.detect(hex('0001 0000 0004 01 82 02 00'), toClient)).toBe(false);
  });

  it('is stricter off port 502: public function codes whose length fits', () => {
    const offPort = context({ srcPort: 40000, dstPort: 5020 });
    expect(modbusDissector.detect(readRequest, offPort)).toBe(true);
    expect(isModbusSegment(hex('0001 0000 0006 11 41 006b 0002'), false)).toBe(true);
    expect(isModbusSegment(hex('0001 0000 0006 11 41 006b 0002'), true)).toBe(false);
    expect(isModbusSegment(hex('0001 0000 0005 11 03 006b 00'), true)).toBe(false);
  });

  it('does not claim HTTP or TPKT', () => {
    expect(modbusDissector.detect(new TextEncoder().encode('GET / HTTP/1.1\r\n\r\n'), toServer)).toBe(false);
    expect(modbusDissector.detect(hex('0300 0016 11e0 0000 0001 00c1 0201 00c2 0201 02c0 010a'), toServer)).toBe(false);
  });
});

describe('modbus parse', () => {
  it('records unit ids, function codes and exception codes', () => {
    const out = parseAll(modbusDissector, [
      [concat(readRequest, writeCoils), toServer],
      [readResponse, toClient],
      [exception, toClient],
    ]);
    expect(out.values('unitIds')).toEqual([1, 17, 255]);
    expect(out.values('functionCodes')).toEqual([2, 3, 15]);
    expect(out.values('exceptionCodes')).toEqual([2]);
  });

  it('reports a Read Device Identification response as the sender identity', () => {
    const out = parseAll(modbusDissector, [
      [hex('0004 0000 0005 01 2b 0e 01 00'), toServer],
      [deviceId, toClient],
    ]);
    expect(out.values('functionCodes')).toEqual([43]);
    expect(out.identities).toEqual([
      {
        of: 'sender',
        identity: {
          protocol: 'modbus',
          vendor: 'Schneider',
          orderNumber: 'BMXP34202',
          firmware: 'v3.1',
          product: null,
        },
      },
    ]);
  });

  it('never throws on truncated or corrupted input', () => {
    expect(() => hammer(modbusDissector, [readRequest, readResponse, exception, deviceId], toClient)).not.toThrow();
  });
});
