import { describe, expect, it } from 'vitest';
import { DetailMemory } from './detail-memory.js';

describe('detail memory', () => {
  it('knows every small value of up to four keys once written, however they alternate', () => {
    const m = new DetailMemory();
    const writes: string[] = [];
    for (let round = 0; round < 3; round++)
      for (const unit of [1, 2, 3, 4, 5, 255, 0])
        for (const [key, value] of [
          ['unitIds', unit],
          ['functionCodes', unit % 3],
          ['exceptionCodes', 2],
          ['rosctr', 7],
        ] as const)
          if (!m.repeat(key, value)) writes.push(`${key}=${value}`);
    expect(writes).toHaveLength(7 + 3 + 1 + 1);
    expect(new Set(writes).size).toBe(writes.length);
  });

  it('falls back to the last two writes for other values and a fifth key, and forgets on request', () => {
    const m = new DetailMemory();
    for (const key of ['a', 'b', 'c', 'd']) expect(m.repeat(key, 1)).toBe(false);
    expect(m.repeat('e', 1)).toBe(false);
    expect(m.repeat('e', 1)).toBe(true);
    expect(m.repeat('szl', 0x0111)).toBe(false);
    expect(m.repeat('szl', 0x0111)).toBe(true);
    expect(m.repeat('fn', '4/1')).toBe(false);
    expect(m.repeat('fn', '4/1')).toBe(true);
    expect(m.repeat('x', -1)).toBe(false);
    expect(m.repeat('x', 1.5)).toBe(false);
    expect(m.repeat('a', 1)).toBe(true);
    m.forget();
    expect(m.repeat('a', 1)).toBe(false);
    expect(m.repeat('fn', '4/1')).toBe(false);
  });
});
