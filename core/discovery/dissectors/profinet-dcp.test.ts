import { describe, expect, it } from 'vitest';
import { bytes, ctx, hex, run } from './layer2-it-test-kit.js';
import { profinetDcpDissector as dcp } from './profinet-dcp.js';

/** A DCP block: option, suboption, length, value, padded to an even length. */
function block(option: number, suboption: number, value: Uint8Array): Uint8Array {
  const pad = value.length & 1 ? [0] : [];
  return bytes([option, suboption, value.length >> 8, value.length & 0xff], value, pad);
}

function dcpFrame(frameId: number, serviceId: number, serviceType: number, ...blocks: Uint8Array[]): Uint8Array {
  const data = bytes(...blocks);
  const frame = bytes(
    [frameId >> 8, frameId & 0xff, serviceId, serviceType, 0x00, 0x00, 0x10, 0x01, 0x00, 0x00],
    [data.length >> 8, data.length & 0xff],
    data,
  );
  // Ethernet pads short frames to 46 payload octets.
  return frame.length < 46 ? bytes(frame, new Array<number>(46 - frame.length).fill(0)) : frame;
}

const identifyResponse = dcpFrame(
  0xfeff,
  5,
  1,
  block(2, 1, bytes([0, 0], 'S7-300EC')),
  block(2, 2, bytes([0, 0], 'plc-line-1')),
  block(2, 3, hex('0000 002a 0101')),
  block(2, 4, hex('0000 0200')),
  block(1, 2, hex('0001 c0a8000b ffffff00 c0a80001')),
);

describe('profinet-dcp', () => {
  it('claims DCP FrameIDs only', () => {
    expect(dcp.detect(identifyResponse, ctx())).toBe(true);
    expect(dcp.detect(dcpFrame(0xfefe, 5, 0, block(0xff, 0xff, new Uint8Array(0))), ctx())).toBe(true);
    // Cyclic RT, PTCP and alarms share the EtherType but are not DCP.
    expect(dcp.detect(hex('c000 0102030405060708 0000 35 00'), ctx())).toBe(false);
    expect(dcp.detect(hex('ff40 0000000000000000000000000000000000000000'), ctx())).toBe(false);
    // An unknown service id or a data length beyond the frame.
    expect(dcp.detect(dcpFrame(0xfeff, 9, 1), ctx())).toBe(false);
    expect(dcp.detect(hex('feff 0501 00000001 0000 00ff 0202'), ctx())).toBe(false);
  });

  it('takes the identity from an Identify response', () => {
    const out = run(dcp, [[identifyResponse, ctx()]]);
    expect(out.identities).toEqual([
      {
        of: 'sender',
        identity: { protocol: 'profinet-dcp', name: 'plc-line-1', vendor: 'Siemens', product: 'S7-300EC' },
      },
    ]);
    expect(out.values('vendorIds')).toEqual(['0x002a']);
    expect(out.values('deviceIds')).toEqual(['0x0101']);
    expect(out.values('deviceRoles')).toEqual([2]);
    expect(out.values('ipAddresses')).toEqual(['192.168.0.11']);
    expect(out.values('serviceIds')).toEqual([5]);
  });

  it('names unknown vendors by id', () => {
    const frame = dcpFrame(0xfeff, 5, 1, block(2, 3, hex('0000 7777 0001')));
    expect(run(dcp, [[frame, ctx()]]).identities[0]?.identity.vendor).toBe('Vendor 0x7777');
  });

  it('never attributes the name in an Identify request to its sender', () => {
    const request = dcpFrame(0xfefe, 5, 0, block(2, 2, bytes('switch3')));
    const out = run(dcp, [[request, ctx()]]);
    expect(out.identities).toEqual([]);
    expect(out.values('requestedNames')).toEqual(['switch3']);
  });

  it('takes the identity from a Hello', () => {
    const hello = dcpFrame(0xfefc, 6, 0, block(2, 2, bytes([0, 0], 'io-device-7')), block(2, 3, hex('0000 015a 0003')));
    const out = run(dcp, [[hello, ctx()]]);
    expect(out.identities[0]?.identity).toEqual({
      protocol: 'profinet-dcp',
      name: 'io-device-7',
      vendor: 'GE Intelligent Platforms',
    });
  });

  it('records a Set request as a configuration write, not as an identity', () => {
    const set = dcpFrame(
      0xfefd,
      4,
      0,
      block(2, 2, bytes([0, 1], 'new-name')),
      block(1, 2, hex('0001 0a000001 ff000000 00000000')),
    );
    const out = run(dcp, [[set, ctx()]]);
    expect(out.identities).toEqual([]);
    expect(out.flags.get('setRequests')).toBe(true);
    expect(out.values('setNames')).toEqual(['new-name']);
    expect(out.values('setIpAddresses')).toEqual(['10.0.0.1']);
  });

  it('survives truncation at every length', () => {
    for (let n = 0; n <= identifyResponse.length; n += 1) {
      const cut = identifyResponse.subarray(0, n);
      expect(() => run(dcp, [[cut, ctx()]])).not.toThrow();
      dcp.detect(cut, ctx());
    }
  });
});
