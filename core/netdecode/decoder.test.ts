import { describe, expect, it } from 'vitest';
import { createNetDecoder, formatIpv6, TCP_ACK, TCP_SYN } from './index.js';
import { be16, bytes, ethernet, ipv4, ipv6, tcp, udp } from './test-frames.js';

const MODBUS_QUERY = [0, 1, 0, 0, 0, 6, 1, 3, 0, 0, 0, 10];

describe('link layers', () => {
  it('decodes Ethernet + IPv4 + TCP SYN', () => {
    const r = createNetDecoder().decode(1, ethernet(0x0800, ipv4(tcp(50000, 502, TCP_SYN))));
    expect(r).toMatchObject({
      linkType: 1,
      srcMac: '00:1b:1b:01:02:03',
      dstMac: '00:00:bc:aa:bb:cc',
      vlans: [],
      etherType: 0x0800,
      ipVersion: 4,
      srcIp: '192.168.0.10',
      dstIp: '192.168.0.20',
      transport: 'tcp',
      srcPort: 50000,
      dstPort: 502,
      tcpFlags: TCP_SYN,
    });
    expect(r.payload.length).toBe(0);
    expect(r.malformed).toBeUndefined();
  });

  it('trims Ethernet padding by the IPv4 total length', () => {
    const frame = bytes(ethernet(0x0800, ipv4(tcp(502, 50000, TCP_ACK, [1, 2]))), [0, 0, 0, 0]);
    expect([...createNetDecoder().decode(1, frame).payload]).toEqual([1, 2]);
  });

  it('collects 802.1Q and QinQ VLAN ids, outermost first', () => {
    const d = createNetDecoder();
    const one = d.decode(1, ethernet(0x0800, ipv4(udp(47808, 47808), { protocol: 17 }), [[0x8100, 0x2000 | 29]]));
    expect(one).toMatchObject({ vlans: [29], etherType: 0x0800, transport: 'udp', dstPort: 47808 });
    const qinq = d.decode(
      1,
      ethernet(0x0800, ipv4(udp(1, 2), { protocol: 17 }), [
        [0x88a8, 1624],
        [0x8100, 505],
      ]),
    );
    expect(qinq.vlans).toEqual([1624, 505]);
    expect(
      d.decode(
        1,
        ethernet(0x86dd, ipv6(59, new Uint8Array(0)), [
          [0x9100, 7],
          [0x8100, 0],
        ]),
      ).vlans,
    ).toEqual([7, 0]);
  });

  it('keeps the EtherType and payload of layer-2 protocols', () => {
    const d = createNetDecoder();
    for (const type of [0x8892, 0x88a4, 0x88b8, 0x88ba, 0x88cc, 0x0806]) {
      const r = d.decode(1, ethernet(type, bytes([0xfe, 0xfe, 1, 2]), [[0x8100, 0]]));
      expect(r.etherType).toBe(type);
      expect([...r.l2Payload!]).toEqual([0xfe, 0xfe, 1, 2]);
      expect(r.ipVersion).toBeUndefined();
    }
    // 802.3 length field: LLC follows, bounded by the length.
    const llc = createNetDecoder().decode(1, ethernet(3, bytes([0x42, 0x42, 0x03, 0, 0])));
    expect(llc.etherType).toBeUndefined();
    expect([...llc.l2Payload!]).toEqual([0x42, 0x42, 0x03]);
  });

  it('decodes Linux SLL and SLL2', () => {
    const address = [0x00, 0x1c, 0x06, 0x11, 0x22, 0x33, 0, 0];
    const sll = bytes(be16(0), be16(1), be16(6), address, be16(0x0800), ipv4(tcp(1100, 102, TCP_ACK)));
    expect(createNetDecoder().decode(113, sll)).toMatchObject({ srcMac: '00:1c:06:11:22:33', dstPort: 102 });
    const sll2 = bytes(be16(0x86dd), [0, 0, 0, 0, 0, 2], be16(1), [4, 6], address, ipv6(17, udp(5353, 5353)));
    expect(createNetDecoder().decode(276, sll2)).toMatchObject({
      srcMac: '00:1c:06:11:22:33',
      ipVersion: 6,
      transport: 'udp',
      srcPort: 5353,
    });
  });

  it('decodes NULL loopback in both byte orders and every AF_INET6 value', () => {
    const d = createNetDecoder();
    const v4 = ipv4(tcp(4840, 53530, TCP_ACK), { src: [127, 0, 0, 1], dst: [127, 0, 0, 1] });
    expect(d.decode(0, bytes([2, 0, 0, 0], v4))).toMatchObject({ srcIp: '127.0.0.1', srcPort: 4840 });
    expect(d.decode(0, bytes([0, 0, 0, 2], v4))).toMatchObject({ srcIp: '127.0.0.1', srcPort: 4840 });
    for (const family of [24, 28, 30]) {
      expect(d.decode(0, bytes([family, 0, 0, 0], ipv6(6, tcp(1, 2, 0)))).ipVersion).toBe(6);
      expect(d.decode(0, bytes([0, 0, 0, family], ipv6(6, tcp(1, 2, 0)))).ipVersion).toBe(6);
    }
    expect(d.decode(0, bytes([7, 0, 0, 0], v4)).malformed).toMatch(/family/);
  });

  it('decodes raw IP (101 by version, 228, 229)', () => {
    const d = createNetDecoder();
    expect(d.decode(101, ipv4(udp(1, 2), { protocol: 17 })).ipVersion).toBe(4);
    expect(d.decode(101, ipv6(17, udp(1, 2))).ipVersion).toBe(6);
    expect(d.decode(228, ipv4(udp(1, 2), { protocol: 17 })).dstPort).toBe(2);
    expect(d.decode(229, ipv6(17, udp(1, 2)))).toMatchObject({
      srcIp: '2001:db8::1',
      dstIp: 'fe80::21b:1bff:fe01:203',
    });
  });

  it('follows MPLS labels to the IP header', () => {
    const labels = bytes([0x00, 0x01, 0x00, 0x40], [0x00, 0x02, 0x01, 0x40]);
    expect(
      createNetDecoder().decode(1, ethernet(0x8847, bytes(labels, ipv4(udp(1, 2), { protocol: 17 })))),
    ).toMatchObject({
      etherType: 0x8847,
      ipVersion: 4,
      dstPort: 2,
    });
  });
});

describe('IP', () => {
  it('writes IPv6 text per RFC 5952', () => {
    const text = (groups: number[]) => formatIpv6(Uint8Array.from(groups.flatMap(be16)), 0);
    expect(text([0x2001, 0xdb8, 0, 0, 1, 0, 0, 1])).toBe('2001:db8::1:0:0:1');
    expect(text([0x2001, 0xdb8, 0, 1, 1, 1, 1, 1])).toBe('2001:db8:0:1:1:1:1:1');
    expect(text([0, 0, 0, 0, 0, 0, 0, 0])).toBe('::');
    expect(text([0, 0, 0, 0, 0, 0, 0, 1])).toBe('::1');
    expect(text([0, 0, 0, 0, 0, 0xffff, 0xc000, 0x0201])).toBe('::ffff:192.0.2.1');
  });

  it('walks IPv6 extension headers to the transport', () => {
    // Hop-by-hop (router alert option) → destination options (PadN) → UDP, 8 bytes each.
    const hopByHop = [60, 0, 5, 2, 0, 0, 1, 0];
    const destination = [17, 0, 1, 4, 0, 0, 0, 0];
    const r = createNetDecoder().decode(229, ipv6(0, bytes(hopByHop, destination, udp(1, 2))));
    expect(r).toMatchObject({ ipProtocol: 17, transport: 'udp', srcPort: 1, dstPort: 2 });
    expect(r.malformed).toBeUndefined();
  });

  it('reassembles IPv4 fragments that arrive out of order', () => {
    const d = createNetDecoder();
    const whole = udp(
      20000,
      20000,
      Array.from({ length: 40 }, (_, i) => i),
    );
    const pieces = [
      ipv4(whole.subarray(16, 48), { protocol: 17, id: 7, offset: 16 }),
      ipv4(whole.subarray(0, 16), { protocol: 17, id: 7, offset: 0, more: true }),
    ];
    const held = d.decode(101, pieces[0]!);
    expect(held).toMatchObject({ fragment: 'held', srcIp: '192.168.0.10', transport: 'udp' });
    expect(held.payload.length).toBe(0);
    const done = d.decode(101, pieces[1]!);
    expect(done).toMatchObject({ fragment: 'reassembled', srcPort: 20000, dstPort: 20000 });
    expect([...done.payload]).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(d.stats).toMatchObject({ fragmentsReassembled: 1, fragmentsHeld: 0 });
  });

  it('reassembles IPv6 fragments', () => {
    const d = createNetDecoder();
    const whole = tcp(1, 502, TCP_ACK, MODBUS_QUERY);
    const fragment = (offset: number, more: boolean, data: Uint8Array) =>
      ipv6(44, bytes([6, 0], be16(offset | (more ? 1 : 0)), [0, 0, 0, 9], data));
    expect(d.decode(229, fragment(0, true, whole.subarray(0, 24))).fragment).toBe('held');
    const done = d.decode(229, fragment(24, false, whole.subarray(24)));
    expect(done).toMatchObject({ fragment: 'reassembled', transport: 'tcp', dstPort: 502 });
    expect([...done.payload]).toEqual(MODBUS_QUERY);
  });

  it('drops incomplete datagrams after the timeout and within the caps', () => {
    const d = createNetDecoder({ fragmentTimeoutPackets: 3, maxFragmentEntries: 2 });
    for (let id = 0; id < 3; id++) d.decode(101, ipv4(new Uint8Array(8), { id, more: true }));
    expect(d.stats).toMatchObject({ fragmentsHeld: 2, fragmentsDropped: 1 });
    for (let i = 0; i < 4; i++) d.decode(101, ipv4(udp(1, 2), { protocol: 17 }));
    expect(d.stats).toMatchObject({ fragmentsHeld: 0, fragmentsDropped: 3 });
  });
});

describe('truncated layers never throw', () => {
  const full = ethernet(0x0800, ipv4(tcp(50000, 502, TCP_ACK, MODBUS_QUERY)), [[0x8100, 5]]);
  it.each([
    [10, /ethernet/],
    [16, /vlan/],
    [18 + 10, /ipv4/],
    [18 + 20 + 10, /tcp/],
  ])('cut at %i bytes', (length, reason) => {
    const r = createNetDecoder().decode(1, full.subarray(0, length));
    expect(r.malformed).toMatch(reason);
  });

  it('at every length of every link type', () => {
    const d = createNetDecoder();
    const frames: [number, Uint8Array][] = [
      [1, full],
      [
        113,
        bytes(
          be16(0),
          be16(1),
          be16(6),
          new Uint8Array(8),
          be16(0x86dd),
          ipv6(0, bytes([17, 0, 1, 4, 0, 0, 0, 0], udp(1, 2))),
        ),
      ],
      [0, bytes([2, 0, 0, 0], ipv4(udp(1, 2), { protocol: 17, more: true }))],
      [229, ipv6(44, bytes([17, 0, 0, 1, 0, 0, 0, 1], udp(1, 2)))],
    ];
    for (const [linkType, frame] of frames) {
      for (let n = 0; n < frame.length; n++) {
        const r = d.decode(linkType, frame.subarray(0, n));
        expect(r.linkType).toBe(linkType);
        if (n < 4) expect(r.malformed).toBeDefined();
      }
    }
  });
});
