import { describe, expect, it } from 'vitest';
import {
  bacnetEthernetDissector,
  bacnetIpDissector,
  bacnetVendorName,
  decodeMstpFrame,
  isBacnetIp,
  parseBacnetNpdu,
} from './bacnet.js';
import { ascii, context, hex, recorder, survivesTruncationAndNoise } from './utility-building-test-kit.js';

const udp = context({ transport: 'udp', srcPort: 47808, dstPort: 47808 });
// Original-Unicast-NPDU, ReadProperty (12) request for device 4194303 property 75, and its ComplexACK.
const READ_PROPERTY = hex('810a0011 0104 0005010c 0c023fffff194b');
const READ_PROPERTY_ACK = hex('810a0017 0100 30010c 0c023fffff194b3ec4020001f43f');
// Original-Broadcast-NPDU carrying an I-Am routed from network 3 (SADR 0x6c): device 108, vendor 42.
const I_AM = hex('810b001c 0128ffff000003016cfe 1000 c40200006c 2201e0 9100 212a');
// BVLC-Result (success) and Register-Foreign-Device (TTL 60 s): BVLL only, no NPDU.
const BVLC_RESULT = hex('81000006 0000');
const REGISTER_FD = hex('81050006 003c');

describe('bacnet/ip dissector', () => {
  it('detects BVLC messages with a consistent length', () => {
    for (const m of [READ_PROPERTY, READ_PROPERTY_ACK, I_AM, BVLC_RESULT, REGISTER_FD]) {
      expect(bacnetIpDissector.detect(m, udp)).toBe(true);
    }
  });

  it('rejects wrong lengths, bad NPDU versions and non-BACnet datagrams', () => {
    expect(isBacnetIp(READ_PROPERTY.subarray(0, 16))).toBe(false); // BVLC length says 17
    expect(isBacnetIp(hex('810a0008 02040005'))).toBe(false); // NPDU version 2
    expect(isBacnetIp(hex('810a0008 01440005'))).toBe(false); // reserved NPCI bits
    expect(isBacnetIp(hex('810a0007 0100ff'))).toBe(false); // APDU type 15
    expect(isBacnetIp(hex('810a0007 010010'))).toBe(false); // unconfirmed request without a service
    expect(isBacnetIp(hex('81000007 000000'))).toBe(false); // BVLC-Result of the wrong size
    expect(isBacnetIp(Uint8Array.from(ascii('M-SEARCH * HTTP/1.1\r\n')))).toBe(false);
  });

  it('records BVLC functions and confirmed services of requests and acks', () => {
    const out = recorder();
    for (const m of [READ_PROPERTY, READ_PROPERTY_ACK, BVLC_RESULT]) bacnetIpDissector.parse(m, udp, out, undefined);
    expect(out.values('bvlcFunctions')).toEqual([0x0a, 0x00]);
    expect(out.values('confirmedServices')).toEqual([12]);
    expect(out.identities).toEqual([]);
  });

  it('turns an I-Am into the sender identity with device instance and vendor', () => {
    const out = recorder();
    bacnetIpDissector.parse(I_AM, udp, out, undefined);
    expect(out.values('unconfirmedServices')).toEqual([0]);
    expect(out.values('deviceInstances')).toEqual([108]);
    expect(out.values('vendorIds')).toEqual([42]);
    expect(out.identities).toEqual([
      { of: 'sender', identity: { protocol: 'bacnet', name: 'device 108', vendor: 'Acuity Brands Lighting, Inc.' } },
    ]);
  });

  it('reads the NPDU behind a Forwarded-NPDU (after the original B/IP address)', () => {
    // Forwarded from 192.168.0.16:47808: I-Am of device 111, vendor 24 (two-byte unsigned: 0x0018).
    const forwarded = hex('8104001a c0a80010bac0 0100 1000 c40200006f 2132 9103 22 0018');
    expect(isBacnetIp(forwarded)).toBe(true);
    const out = recorder();
    bacnetIpDissector.parse(forwarded, udp, out, undefined);
    expect(out.values('bvlcFunctions')).toEqual([4]);
    expect(out.identities[0]?.identity).toEqual({
      protocol: 'bacnet',
      name: 'device 111',
      vendor: 'Automated Logic Corporation',
    });
  });

  it('records network layer messages and ignores I-Am of non-device objects', () => {
    const out = recorder();
    // Who-Is-Router-To-Network (0x00), then an I-Am naming an analog-input object (type 0).
    parseBacnetNpdu(hex('0180 00'), out);
    parseBacnetNpdu(hex('0100 1000 c400000005 2132 9103 212a'), out);
    expect(out.values('networkMessages')).toEqual([0]);
    expect(out.identities).toEqual([]);
  });

  it('names unknown vendors by number', () => {
    expect(bacnetVendorName(42)).toBe('Acuity Brands Lighting, Inc.');
    expect(bacnetVendorName(999)).toBe('Vendor 999');
  });

  it('never throws on truncated or random input', () => {
    survivesTruncationAndNoise((p) => {
      bacnetIpDissector.detect(p, udp);
      bacnetIpDissector.parse(p, udp, recorder(), undefined);
      parseBacnetNpdu(p, recorder());
      decodeMstpFrame(p);
    }, I_AM);
  });
});

describe('bacnet/ethernet dissector (802.2 LLC)', () => {
  const llcIAm = hex('828203 0128ffff000003016cfe 1000 c40200006c 2201e0 9100 212a');

  it('detects LLC SAP 0x82 frames and reads the I-Am inside', () => {
    const ctx = context();
    expect(bacnetEthernetDissector.detect(llcIAm, ctx)).toBe(true);
    expect(bacnetEthernetDissector.detect(hex('424203 0000'), ctx)).toBe(false); // spanning tree
    const out = recorder();
    bacnetEthernetDissector.parse(llcIAm, ctx, out, undefined);
    expect(out.values('deviceInstances')).toEqual([108]);
  });
});

describe('MS/TP frames (link type 165)', () => {
  it('decodes a token-less Poll For Master frame without data', () => {
    expect(decodeMstpFrame(hex('55ff 01 69 1b 0000 78'))).toEqual({ frameType: 1, dstMac: 0x69, srcMac: 0x1b });
  });

  it('decodes a data frame and hands back its NPDU', () => {
    const frame = hex('55ff 05 0c 00 000f 01 0104 0203f10c 0c0200000219 4c2921 204b');
    const decoded = decodeMstpFrame(frame);
    expect(decoded).toMatchObject({ frameType: 5, dstMac: 12, srcMac: 0 });
    const out = recorder();
    expect(parseBacnetNpdu(decoded!.npdu!, out)).toBe(true);
    expect(out.values('confirmedServices')).toEqual([12]);
  });

  it('accepts frames without the preamble and rejects a bad header CRC', () => {
    expect(decodeMstpFrame(hex('01 69 1b 0000 78'))?.frameType).toBe(1);
    expect(decodeMstpFrame(hex('55ff 01 69 1b 0000 79'))).toBeUndefined();
    expect(decodeMstpFrame(hex('55ff 01 69'))).toBeUndefined();
  });
});
