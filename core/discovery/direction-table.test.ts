// The fast path's numeric table against a Map of the same keys: finds what was set (with its
// direction), misses what was not, survives growing and clearing.
import { describe, expect, it } from 'vitest';
import { DirectionTable } from './direction-table.js';

describe('DirectionTable', () => {
  it('agrees with a Map over 50,000 random directions, through several growths', () => {
    const table = new DirectionTable<number>();
    const reference = new Map<string, [number, boolean]>();
    let seed = 1;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) | 0);
    const keys: [number, number, number, number][] = [];
    for (let i = 0; i < 50_000; i++) {
      // Few distinct addresses and ports, as in a plant: collisions and near-duplicates abound.
      const key: [number, number, number, number] = [
        random() & 1 ? 6 : 17,
        0xc0a80000 | (random() & 0x3f),
        (0x0a000000 | (random() & 0x3f)) << (random() & 1),
        ((random() & 0xff) << 16) | 502,
      ];
      const forward = (random() & 1) === 1;
      table.set(...key, i, forward);
      reference.set(key.join('|'), [i, forward]);
      keys.push(key);
    }
    expect(table.size).toBe(reference.size);
    for (const key of keys) {
      const slot = table.find(...key);
      expect(slot).toBeGreaterThanOrEqual(0);
      expect([table.valueAt(slot), table.forwardAt(slot)]).toEqual(reference.get(key.join('|')));
    }
    expect(table.find(6, 1, 2, 3)).toBe(-1);
    expect(table.find(99, keys[0]![1], keys[0]![2], keys[0]![3])).toBe(-1);
  });

  it('forgets everything on clear and works again afterwards', () => {
    const table = new DirectionTable<string>();
    for (let i = 0; i < 10_000; i++) table.set(6, i, -i, i << 16, `c${i}`, true);
    table.clear();
    expect(table.size).toBe(0);
    expect(table.find(6, 5, -5, 5 << 16)).toBe(-1);
    table.set(17, -1, 1, -1, 'again', false);
    const slot = table.find(17, -1, 1, -1);
    expect(table.valueAt(slot)).toBe('again');
    expect(table.forwardAt(slot)).toBe(false);
  });
});
