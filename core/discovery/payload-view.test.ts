import { describe, expect, it } from 'vitest';
import { payloadViewOf } from './payload-view.js';

describe('payload views', () => {
  // A chunk that is itself a view into a larger buffer, as the capture reader hands them out.
  const backing = new Uint8Array(300).map((_, i) => i & 0xff);
  const chunk = backing.subarray(17, 290);

  it('hand out exactly the payload bytes, short (copied) or long (a view of the chunk)', () => {
    for (const [start, end] of [
      [0, 0],
      [5, 17],
      [40, 64],
      [40, 65],
      [100, 273],
    ] as const) {
      const view = payloadViewOf(chunk, start, end);
      expect(view.length, `${start}-${end}`).toBe(end - start);
      expect([...view]).toEqual([...chunk.subarray(start, end)]);
    }
  });

  it('never let a dissector read past the payload', () => {
    const long = payloadViewOf(chunk, 100, 160);
    expect(long[60]).toBeUndefined();
    expect(long.buffer).toBe(backing.buffer);
    const short = payloadViewOf(chunk, 100, 110);
    expect(short[10]).toBeUndefined();
  });
});
