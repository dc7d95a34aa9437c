// Serial numbers and MAC addresses: random-looking but unique and reproducible from the seed.
import type { Rng } from './random.js';

/** Fills a serial-number pattern (# digit, H hex, A letter/digit). */
export function serialFrom(pattern: string, rng: Rng): string {
  let s = '';
  for (const ch of pattern) {
    if (ch === '#') s += rng.digits(1);
    else if (ch === 'H') s += '0123456789ABCDEF'[rng.int(0, 15)];
    else if (ch === 'A') s += rng.alnum(1);
    else s += ch;
  }
  return s;
}

const hex2 = (n: number): string => (n & 0xff).toString(16).padStart(2, '0');

/**
 * The n-th MAC address under an OUI. n is scrambled by a bijection on 24 bits (xor-shifts and
 * odd multipliers), so distinct n < 2^24 give distinct, random-looking addresses.
 */
export function macFor(oui: string, n: number): string {
  let x = (n + 0x5a5a5) & 0xffffff;
  x ^= x >>> 12;
  x = Math.imul(x, 0x9e3779) & 0xffffff;
  x ^= x >>> 11;
  x = Math.imul(x, 0x2545f5) & 0xffffff;
  x ^= x >>> 12;
  return `${oui}:${hex2(x >>> 16)}:${hex2(x >>> 8)}:${hex2(x)}`;
}
