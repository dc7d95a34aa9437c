import { describe, expect, it } from 'vitest';
import { bytes, ctx, hex, run } from './layer2-it-test-kit.js';
import { rdpDissector as rdp } from './rdp.js';

/** TPKT + X.224 CR/CC (fixed part) + RDP user data. */
function x224(code: number, userData: Uint8Array): Uint8Array {
  const length = 11 + userData.length;
  return bytes([3, 0, length >> 8, length & 0xff, length - 5, code, 0, 0, 0x12, 0x34, 0], userData);
}

const negReq = hex('01 00 0800 0b000000'); // TLS | CredSSP | early user auth
const connectionRequest = x224(0xe0, bytes('Cookie: mstshash=eng01\r\n', negReq));
const connectionConfirm = x224(0xd0, hex('02 1f 0800 02000000'));
const s7ConnectionRequest = hex('0300001611e00000000100c1020100c2020102c0010a');
const elsewhere = ctx({ srcPort: 50000, dstPort: 13389 });

describe('rdp', () => {
  it('claims the X.224 connection exchange on any port', () => {
    expect(rdp.detect(connectionRequest, elsewhere)).toBe(true);
    expect(rdp.detect(connectionConfirm, elsewhere)).toBe(true);
    expect(rdp.detect(x224(0xe0, negReq), elsewhere)).toBe(true);
  });

  it('never claims S7comm or MMS connection requests', () => {
    expect(rdp.detect(s7ConnectionRequest, ctx({ dstPort: 102 }))).toBe(false);
    expect(rdp.detect(s7ConnectionRequest, elsewhere)).toBe(false);
    expect(rdp.detect(hex('0300000702f080'), ctx({ dstPort: 102 }))).toBe(false);
  });

  it('claims TLS and X.224 data only on 3389', () => {
    const tls = hex('160303007a0200007603035f');
    expect(rdp.detect(tls, ctx({ dstPort: 3389 }))).toBe(true);
    expect(rdp.detect(tls, elsewhere)).toBe(false);
    expect(rdp.detect(hex('0300000a02f0807f6500'), ctx({ srcPort: 3389 }))).toBe(true);
  });

  it('records the cookie user name and the negotiated security', () => {
    const out = run(rdp, [
      [connectionRequest, ctx({ dstPort: 3389 })],
      [connectionConfirm, ctx({ srcPort: 3389, fromClient: false })],
    ]);
    expect(out.values('usernames')).toEqual(['eng01']);
    expect(out.values('requestedProtocols')).toEqual(['tls', 'credssp', 'credssp-early-user-auth']);
    expect(out.values('selectedProtocols')).toEqual(['credssp']);
  });

  it('flags standard RDP security', () => {
    const out = run(rdp, [[x224(0xd0, hex('02 00 0800 00000000')), ctx({ fromClient: false })]]);
    expect(out.values('selectedProtocols')).toEqual(['rdp']);
    expect(out.flags.get('standardRdpSecurity')).toBe(true);
  });

  it('survives truncation at every length', () => {
    for (let n = 0; n <= connectionRequest.length; n += 1) {
      expect(() => run(rdp, [[connectionRequest.subarray(0, n), elsewhere]])).not.toThrow();
      rdp.detect(connectionRequest.subarray(0, n), elsewhere);
    }
  });
});
