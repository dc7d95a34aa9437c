import { describe, expect, it } from 'vitest';
import { byText, sortByAddress, sortValues } from './sort-by-key.js';

/** The order the report used before sortByAddress: zero-padded IPv4 octets, then IPv6 text. */
function paddedKey(ip: string): string {
  if (ip.includes(':')) return `6${ip}`;
  return `4${ip
    .split('.')
    .map((o) => o.padStart(3, '0'))
    .join('.')}`;
}

describe('report sorting', () => {
  it('orders addresses as numbers (IPv4) before text (IPv6), like zero-padded keys', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const ips = new Set<string>(['0.0.0.1', '255.255.255.255', '10.0.0.1', '10.0.0.10', '9.255.0.0', '::1', 'fe80::1']);
    while (ips.size < 3000) {
      ips.add(
        random() < 0.1
          ? `2001:db8::${Math.floor(random() * 65536).toString(16)}`
          : Array.from({ length: 4 }, () => Math.floor(random() * 256)).join('.'),
      );
    }
    const items = [...ips].map((ip) => ({ ip }));
    const expected = [...items].sort((a, b) => byText(paddedKey(a.ip), paddedKey(b.ip)));
    expect(sortByAddress(items, (i) => i.ip)).toEqual(expected);
    expect(sortByAddress([], (i: { ip: string }) => i.ip)).toEqual([]);
  });

  it('orders detail values: numbers ascending, text in code-unit order, mixed sets consistently', () => {
    expect(sortValues(new Set([16, 3, 1, 65535, 0]))).toEqual([0, 1, 3, 16, 65535]);
    expect(sortValues(new Set(['4/1', '4/12', '10/1', 'b', 'B']))).toEqual(['10/1', '4/1', '4/12', 'B', 'b']);
    expect(sortValues(new Set<number | string>([10, 9, 'x']))).toEqual([9, 10, 'x']);
    expect(sortValues(new Set())).toEqual([]);
  });
});
