import { describe, expect, it } from 'vitest';
import { context, hammer, hex, parseAll } from './iso-enip-test-kit.js';
import { s7commPlusDissector } from './s7comm-plus.js';

const toPlc = context({ dstPort: 102, fromClient: true });
const fromPlc = context({ srcPort: 102, dstPort: 50000, fromClient: false });

const connectionRequest = hex('0300 0024 1f e0 0000 0009 00 c1020600 c210 53494d415449432d524f4f542d484d49 c0010a');
// CreateObject response of an S7-1200 (V1): its attributes include "1;6ES7 214-1HE30-0XB0 ;V2.2".
const createObjectResponse = hex(
  '0300008902f0807201007a32000004ca000000013611028760870da100000120821f0000a38169001500a3823200170000' +
    '013a823b00048200823c00048140823d00048480c040823e00048480c040823f00151b313b36455337203231342d3148' +
    '4533302d30584230203b56322e328240001505323b37393382410003000300a20000000072010000',
);
// SetMultiVariables response (V2) and a V3 notification with its 32-byte integrity digest.
const setMultiResponse = hex('0300 001f 02f080 72 02 0010 32 0000 0542 0000 0002 3400 0000 0000 0072 020000');
const notificationV3 = hex(
  '0300 0037 02f080 72 03 0028 20 ' +
    '08c83ace381dfdbc42201789dec03b099172858efb6f3ef2e5e8ecb8bd254665' +
    '33 7000 0e51 0000 72030000',
);

describe('s7comm-plus detect', () => {
  it('claims a DT whose payload is a 0x72 PDU with a fitting length, not the CR or S7comm', () => {
    expect(s7commPlusDissector.detect(connectionRequest, toPlc)).toBe(false);
    expect(s7commPlusDissector.detect(createObjectResponse, fromPlc)).toBe(true);
    expect(s7commPlusDissector.detect(setMultiResponse, fromPlc)).toBe(true);
    expect(s7commPlusDissector.detect(notificationV3, fromPlc)).toBe(true);
    expect(
      s7commPlusDissector.detect(hex('0300 0019 02f080 32 01 0000 0000 0008 0000 f000 0001 0001 01e0'), toPlc),
    ).toBe(false);
    expect(s7commPlusDissector.detect(hex('0300 000f 02f080 72 01 0009 72 01 0000'), toPlc)).toBe(false);
  });
});

describe('s7comm-plus parse', () => {
  it('records versions, opcodes and functions and the CPU order number', () => {
    const out = parseAll(s7commPlusDissector, [
      [createObjectResponse, fromPlc],
      [setMultiResponse, fromPlc],
      [notificationV3, fromPlc],
      [createObjectResponse, fromPlc],
    ]);
    expect(out.values('protocolVersions')).toEqual([1, 2, 3]);
    expect(out.values('opcodes')).toEqual([0x32, 0x33]);
    expect(out.values('functions')).toEqual([0x04ca, 0x0542]);
    expect(out.identities).toEqual([
      {
        of: 'sender',
        identity: { protocol: 's7comm-plus', vendor: 'Siemens', orderNumber: '6ES7 214-1HE30-0XB0', firmware: 'V2.2' },
      },
    ]);
  });

  it('never throws on truncated or corrupted input', () => {
    expect(() =>
      hammer(s7commPlusDissector, [createObjectResponse, setMultiResponse, notificationV3], fromPlc),
    ).not.toThrow();
  });
});
