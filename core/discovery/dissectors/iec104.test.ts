import { describe, expect, it } from 'vitest';
import { iec104Dissector, isIec104 } from './iec104.js';
import { ascii, context, hex, recorder, survivesTruncationAndNoise } from './utility-building-test-kit.js';

const STARTDT_ACT = hex('680407000000');
const STARTDT_CON = hex('68040b000000');
const S_FRAME = hex('680401009c00');
// C_SC_NA_1 (58) with a time tag, activation (COT 6), common address 3.
const I_COMMAND = hex('681528009c003a010600030095110081080017130d086d');
// Two I frames back to back: M_ME_NC_1 (13) periodic (COT 1) and M_SP_NA_1 (1) interrogated (COT 20).
const I_PAIR = hex('681a9a0028000d02010003001405000000f041001505000000314400 680e02000200010114001e04 01000001');

describe('iec104 dissector', () => {
  it('detects U, S and I frames', () => {
    expect(iec104Dissector.detect(STARTDT_ACT, context())).toBe(true);
    expect(iec104Dissector.detect(S_FRAME, context())).toBe(true);
    expect(iec104Dissector.detect(I_COMMAND, context())).toBe(true);
    expect(isIec104(I_PAIR)).toBe(true);
  });

  it('rejects malformed APCI and text that happens to start with 0x68', () => {
    expect(isIec104(hex('680403000000'))).toBe(false); // two U functions at once
    expect(isIec104(hex('680401000100'))).toBe(false); // S frame with N(R) low bit set
    expect(isIec104(hex('6804070000'))).toBe(false); // truncated
    expect(isIec104(hex('6802'))).toBe(false);
    expect(isIec104(Uint8Array.from(ascii('hello world, this is not telecontrol')))).toBe(false);
    // Unknown type id 0 and cause 0 are not claimed by detection.
    expect(isIec104(hex('680e000000000001000003000000'))).toBe(false);
    // A segment that ends mid-APDU is not enough to claim a conversation.
    expect(isIec104(I_COMMAND.subarray(0, 12))).toBe(false);
  });

  it('records APCI formats, type ids, causes and common addresses of every APDU', () => {
    const out = recorder();
    const payload = Uint8Array.from([...STARTDT_CON, ...S_FRAME, ...I_COMMAND, ...I_PAIR]);
    iec104Dissector.parse(payload, context(), out, undefined);
    expect(out.values('apciTypes')).toEqual(['U', 'S', 'I']);
    expect(out.values('typeIds')).toEqual([58, 13, 1]);
    expect(out.values('causes')).toEqual([6, 1, 20]);
    expect(out.values('commonAddresses')).toEqual([3, 1054]);
  });

  it('masks the P/N and test bits out of the cause and reads the common address little-endian', () => {
    const out = recorder();
    // C_IC_NA_1 (100), COT 0x47 = activation confirmation (7) with P/N set, CA 0x910d = 37133.
    iec104Dissector.parse(hex('680e0000000064014700 0d91 00000014'), context(), out, undefined);
    expect(out.values('causes')).toEqual([7]);
    expect(out.values('commonAddresses')).toEqual([37133]);
  });

  it('keeps private type ids once the conversation is claimed', () => {
    const out = recorder();
    iec104Dissector.parse(hex('680e 00000000 8a01 0300 0100 000000 00'), context(), out, undefined);
    expect(out.values('typeIds')).toEqual([138]);
  });

  it('never throws on truncated or random input', () => {
    survivesTruncationAndNoise(
      (p) => {
        iec104Dissector.detect(p, context());
        iec104Dissector.parse(p, context(), recorder(), undefined);
      },
      Uint8Array.from([...I_COMMAND, ...I_PAIR]),
    );
  });
});
