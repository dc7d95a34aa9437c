// SL vectors: seven levels 0–4, index 0 = FR 1 (DESIGN §2, §3.7).

export type SlVector = number[];

/** DESIGN §3.7: a single level n means [n,n,n,n,n,n,n]. */
export function toVector(input: number | readonly number[]): SlVector {
  return typeof input === 'number' ? [input, input, input, input, input, input, input] : [...input];
}
