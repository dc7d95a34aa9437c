import { describe, expect, it } from 'vitest';
import { concat, context, hammer, hex, parseAll } from './iso-enip-test-kit.js';
import { isFinsFrame, omronFinsTcpDissector, omronFinsUdpDissector } from './omron-fins.js';

const udpToPlc = context({ transport: 'udp', srcPort: 54855, dstPort: 9600, fromClient: true });
const udpFromPlc = context({ transport: 'udp', srcPort: 9600, dstPort: 54855, fromClient: false });
const tcpToPlc = context({ dstPort: 9600, fromClient: true });
const tcpFromPlc = context({ srcPort: 9600, dstPort: 50000, fromClient: false });

// CONTROLLER DATA READ (05 01) and the CP1L's answer: model, version, then system-use bytes.
const controllerDataRead = hex('80 00 02 00 63 00 00 ef 05 01 0501 00');
const controllerDataReply = hex(
  'c0 00 02 00 ef 05 00 63 00 01 0501 0000' +
    '4350314c2d454c323044522d4400000020202020' + // "CP1L-EL20DR-D" + padding leftovers
    '30312e30300000000000' +
    '30312e30360000000000', // "01.00" (then "01.06" for system use)
);
// MEMORY AREA READ (01 01): 2 words of DM from address 100.
const memoryRead = hex('80 00 02 00 01 00 00 ef 05 02 0101 82 006400 0002');
// FINS/TCP: node address request/reply, then a FINS frame.
const nodeRequest = hex('46494e53 0000000c 00000000 00000000 00000000');
const nodeReply = hex('46494e53 00000010 00000001 00000000 000000fb 000000c8');
const tcpFrame = concat(hex('46494e53 00000015 00000002 00000000'), hex('80 00 02 00 c8 00 00 00 ef 05 0501 00'));

describe('omron-fins detect', () => {
  it('claims FINS commands and responses over UDP', () => {
    expect(omronFinsUdpDissector.detect(controllerDataRead, udpToPlc)).toBe(true);
    expect(omronFinsUdpDissector.detect(controllerDataReply, udpFromPlc)).toBe(true);
    expect(omronFinsUdpDissector.detect(memoryRead, udpToPlc)).toBe(true);
  });

  it('rejects reserved ICF bits, unknown main codes, short responses and, off port, a clear gateway bit', () => {
    expect(isFinsFrame(hex('82 00 02 00 63 00 00 ef 05 01 0501'), 0, 11, true)).toBe(false);
    expect(isFinsFrame(hex('80 00 02 00 63 00 00 ef 05 01 3f01'), 0, 12, true)).toBe(false);
    expect(isFinsFrame(hex('c0 00 02 00 63 00 00 ef 05 01 0501'), 0, 12, true)).toBe(false);
    expect(isFinsFrame(hex('00 00 02 00 63 00 00 ef 05 01 0501'), 0, 12, true)).toBe(true);
    expect(isFinsFrame(hex('00 00 02 00 63 00 00 ef 05 01 0501'), 0, 12, false)).toBe(false);
  });

  it('claims FINS/TCP by its magic and length, not a truncated frame', () => {
    expect(omronFinsTcpDissector.detect(nodeRequest, tcpToPlc)).toBe(true);
    expect(omronFinsTcpDissector.detect(concat(nodeReply, tcpFrame), tcpFromPlc)).toBe(true);
    expect(omronFinsTcpDissector.detect(tcpFrame.subarray(0, 20), tcpToPlc)).toBe(false);
    expect(omronFinsTcpDissector.detect(controllerDataRead, tcpToPlc)).toBe(false);
  });
});

describe('omron-fins parse', () => {
  it('records command codes and reports the controller model once', () => {
    const out = parseAll(omronFinsUdpDissector, [
      [controllerDataRead, udpToPlc],
      [controllerDataReply, udpFromPlc],
      [memoryRead, udpToPlc],
      [controllerDataReply, udpFromPlc],
    ]);
    expect(out.values('commands')).toEqual([0x0101, 0x0501]);
    expect(out.identities).toEqual([
      {
        of: 'sender',
        identity: { protocol: 'omron-fins', vendor: 'OMRON', product: 'CP1L-EL20DR-D', firmware: '01.00' },
      },
    ]);
  });

  it('reads FINS frames inside FINS/TCP', () => {
    const out = parseAll(omronFinsTcpDissector, [
      [nodeRequest, tcpToPlc],
      [concat(nodeReply, tcpFrame), tcpFromPlc],
    ]);
    expect(out.values('commands')).toEqual([0x0501]);
  });

  it('never throws on truncated or corrupted input', () => {
    expect(() => hammer(omronFinsUdpDissector, [controllerDataReply, memoryRead], udpFromPlc)).not.toThrow();
    expect(() => hammer(omronFinsTcpDissector, [concat(nodeReply, tcpFrame)], tcpFromPlc)).not.toThrow();
  });
});
