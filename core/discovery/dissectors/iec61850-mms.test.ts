import { describe, expect, it } from 'vitest';
import { iec61850MmsDissector } from './iec61850-mms.js';
import { context, hammer, hex, parseAll } from './iso-enip-test-kit.js';

const toServer = context({ dstPort: 102, fromClient: true });
const fromServer = context({ srcPort: 102, dstPort: 50000, fromClient: false });

const connectionRequest = hex('0300 0016 11 e0 0000 0778 00 c1020001 c2020001 c0010d');
// Session CONNECT carrying a presentation CP-type and the ACSE AARQ with the MMS initiate request.
const sessionConnect = hex(
  '030000a702f0800d9e0506130100160102140200023302000134020001c188318185a003800101a27e810400000001' +
    '820400000001a423300f0201010604520100013004060251013010020103060528ca2202013004060251018802060061' +
    '473045020101a040603e80020780a107060528ca220203be2f282d020103a028a826800300fa0081010a82010a830105' +
    'a416800101810305e100820c03a00000000000000000e110',
);
// Give-tokens + data-transfer SPDUs, presentation user data, MMS confirmed-request (read).
const readRequest = hex(
  '0300004202f0800100010061353033020103a02ea02c020304a273a625a023a1211a0e41413145315130314650324c' +
    '44301a0f4c4c4e30244252247263625f423032',
);
// MMS confirmed-response (a1) to the same invoke id.
const readResponse = hex('0300002202f0800100010061153013020103a00ea10c020304a274a405a10380010a');
// Session FINISH with the ACSE release request.
const finish = hex('0300001902f0800910c10e610c300a020101a0056203800101');

describe('iec61850-mms detect', () => {
  it('claims session CONNECT, data transfer and FINISH, not the COTP CR', () => {
    expect(iec61850MmsDissector.detect(connectionRequest, toServer)).toBe(false);
    expect(iec61850MmsDissector.detect(sessionConnect, toServer)).toBe(true);
    expect(iec61850MmsDissector.detect(readRequest, toServer)).toBe(true);
    expect(iec61850MmsDissector.detect(readResponse, fromServer)).toBe(true);
    expect(iec61850MmsDissector.detect(finish, toServer)).toBe(true);
  });

  it('does not claim S7comm, S7comm-plus or HTTP carrying WAP MMS', () => {
    const s7 = hex('0300 0019 02f080 32 01 0000 0000 0008 0000 f000 0001 0001 01e0');
    const s7plus = hex('0300 001f 02f080 72 02 0010 32 0000 0542 0000 0002 3400 0000 0000 00 72 020000');
    const http = new TextEncoder().encode(
      'HTTP/1.1 200 Okay\r\nContent-Type: application/vnd.wap.mms-message\r\n\r\n\x8c\x80',
    );
    expect(iec61850MmsDissector.detect(s7, toServer)).toBe(false);
    expect(iec61850MmsDissector.detect(s7plus, toServer)).toBe(false);
    expect(iec61850MmsDissector.detect(http, fromServer)).toBe(false);
  });

  it('rejects a session length that does not match the TPDU', () => {
    const bad = finish.slice();
    bad[8] = 0x11;
    expect(iec61850MmsDissector.detect(bad, toServer)).toBe(false);
  });
});

describe('iec61850-mms parse', () => {
  it('records SPDU types and MMS PDU kinds', () => {
    const out = parseAll(iec61850MmsDissector, [
      [sessionConnect, toServer],
      [readRequest, toServer],
      [readResponse, fromServer],
      [finish, toServer],
    ]);
    expect(out.values('spduTypes')).toEqual([0x01, 0x09, 0x0d]);
    expect(out.values('mmsPdus')).toEqual([0, 1]);
  });

  it('never throws on truncated or corrupted input', () => {
    expect(() =>
      hammer(iec61850MmsDissector, [sessionConnect, readRequest, readResponse, finish], toServer),
    ).not.toThrow();
  });
});
