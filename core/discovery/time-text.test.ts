// isoMicros builds the text itself: it must match Date's ISO text (plus microseconds) everywhere,
// before 1970, across leap days and at the ends of days and seconds.
import { describe, expect, it } from 'vitest';
import { isoMicros } from './time-text.js';

function reference(seconds: number): string {
  const whole = Math.floor(seconds);
  const micros = Math.min(999_999, Math.round((seconds - whole) * 1e6));
  return `${new Date(whole * 1000).toISOString().slice(0, 19)}.${String(micros).padStart(6, '0')}Z`;
}

describe('isoMicros', () => {
  it('matches the Date-based text on edge and random times', () => {
    const times = [
      0,
      -1,
      -0.5,
      86_399.9999996,
      86_400,
      951_782_399.25, // 2000-02-28T23:59:59
      951_868_800, // 2000-03-01 after the leap day
      1_767_225_599.999999,
      4_294_967_295.123456, // the last second a classic pcap can hold
      -2_208_988_800, // 1900-01-01
    ];
    let seed = 5;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let i = 0; i < 20_000; i++) times.push((random() - 0.3) * 6e9 + random());
    for (const t of times) expect(isoMicros(t), String(t)).toBe(reference(t));
  });
});
