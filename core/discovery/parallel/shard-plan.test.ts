import { describe, expect, it } from 'vitest';
import { tapering } from './shard-plan.js';

const MB = 1024 * 1024;

describe('shard sizes', () => {
  it('taper towards the end of a large file so threads finish together', () => {
    const size = 547 * MB;
    const cuts = tapering(size, 64 * MB, 16 * MB);
    const parts = [...cuts, size].map((end, i) => end - (i === 0 ? 0 : cuts[i - 1]!));
    expect(parts.reduce((a, b) => a + b, 0)).toBe(size);
    expect(Math.max(...parts)).toBe(64 * MB);
    expect(parts.every((p) => p >= 16 * MB)).toBe(true);
    // Full-size parts first, then never larger than the one before.
    expect(parts.slice(0, 5).every((p) => p === 64 * MB)).toBe(true);
    expect(parts.slice(5, -1).every((p, i) => p <= parts[4 + i]!)).toBe(true);
    expect(parts.at(-2)).toBeLessThan(20 * MB);
  });

  it('leave small files whole and depend on the size only', () => {
    expect(tapering(20 * MB, 64 * MB, 16 * MB)).toEqual([]);
    expect(tapering(40 * MB, 64 * MB, 16 * MB)).toEqual([16 * MB]);
    expect(tapering(1000 * MB, 64 * MB, 16 * MB)).toEqual(tapering(1000 * MB, 64 * MB, 16 * MB));
  });
});
