import { describe, expect, it } from 'vitest';
import { cidrContains, cidrOverlaps, parseCidr, parseIp } from './cidr.js';

function cidr(text: string) {
  const r = parseCidr(text);
  if (!r.ok) throw new Error(r.message);
  return r.cidr;
}

describe('parseCidr', () => {
  it('canonicalises IPv4 and IPv6 prefixes', () => {
    expect(cidr('10.20.0.0/16').text).toBe('10.20.0.0/16');
    expect(cidr('192.168.1.7').text).toBe('192.168.1.7/32');
    expect(cidr('FD00:0:0:0::/64').text).toBe('fd00::/64');
    expect(cidr('2001:db8:0:1:0:0:0:0/64').text).toBe('2001:db8:0:1::/64');
    expect(cidr('0.0.0.0/0').text).toBe('0.0.0.0/0');
  });

  it('explains what is wrong', () => {
    expect(parseCidr('10.1.2.3/24')).toEqual({
      ok: false,
      message: '"10.1.2.3/24" has host bits set; did you mean 10.1.2.0/24?',
    });
    for (const bad of [
      '10.1.2/24',
      '300.1.1.1/8',
      '10.0.0.0/33',
      'fd00::/129',
      'abc',
      '10.0.0.0/x',
      '1::2::3/64',
      '10.0.0.0/8/8',
    ])
      expect(parseCidr(bad).ok, bad).toBe(false);
  });
});

describe('matching', () => {
  it('tells whether an address is inside a prefix', () => {
    const net = cidr('10.20.0.0/16');
    expect(cidrContains(net, parseIp('10.20.255.1')!)).toBe(true);
    expect(cidrContains(net, parseIp('10.21.0.1')!)).toBe(false);
    expect(cidrContains(net, parseIp('::ffff:10.20.0.1')!)).toBe(false);
    expect(cidrContains(cidr('fd00::/8'), parseIp('fd12:3456::1')!)).toBe(true);
  });

  it('finds overlapping prefixes', () => {
    expect(cidrOverlaps(cidr('10.0.0.0/8'), cidr('10.20.0.0/16'))).toBe(true);
    expect(cidrOverlaps(cidr('10.20.0.0/16'), cidr('10.0.0.0/8'))).toBe(true);
    expect(cidrOverlaps(cidr('10.20.0.0/16'), cidr('10.21.0.0/16'))).toBe(false);
  });
});
