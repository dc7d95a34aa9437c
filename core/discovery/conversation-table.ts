// Open conversations keyed by their endpoints without building a key string or a number outside
// the small-integer range per packet: IP text comes from the decoder's caches, so the same string
// objects (with V8's cached hashes) are the keys of the first two maps, and the two ports (small
// integers) key the last two. One table per transport.

type Level<T> = Map<number, Map<number, T>>;

export class ConversationTable<T> {
  private readonly byA = new Map<string, Map<string, Level<T>>>();
  private count = 0;
  // The last conversation looked up: packets come in bursts of one conversation (request,
  // response, ACK), and the address strings are the decoder's cached objects, so this check is
  // four identity comparisons instead of four map lookups.
  private lastA: string | null = null;
  private lastB: string | null = null;
  private lastPortA = -1;
  private lastPortB = -1;
  private lastValue: T | undefined = undefined;

  get size(): number {
    return this.count;
  }

  /** `a`/`b` (with their ports) in a fixed order chosen by the caller (the canonical direction). */
  get(a: string, b: string, portA: number, portB: number): T | undefined {
    if (a === this.lastA && b === this.lastB && portA === this.lastPortA && portB === this.lastPortB)
      return this.lastValue;
    const value = this.byA.get(a)?.get(b)?.get(portA)?.get(portB);
    if (value !== undefined) this.remember(a, b, portA, portB, value);
    return value;
  }

  private remember(a: string, b: string, portA: number, portB: number, value: T | undefined): void {
    this.lastA = a;
    this.lastB = b;
    this.lastPortA = portA;
    this.lastPortB = portB;
    this.lastValue = value;
  }

  set(a: string, b: string, portA: number, portB: number, value: T): void {
    let byB = this.byA.get(a);
    if (!byB) {
      byB = new Map<string, Level<T>>();
      this.byA.set(a, byB);
    }
    let byPortA = byB.get(b);
    if (!byPortA) {
      byPortA = new Map<number, Map<number, T>>();
      byB.set(b, byPortA);
    }
    let byPortB = byPortA.get(portA);
    if (!byPortB) {
      byPortB = new Map<number, T>();
      byPortA.set(portA, byPortB);
    }
    if (!byPortB.has(portB)) this.count++;
    byPortB.set(portB, value);
    this.remember(a, b, portA, portB, value);
  }

  /** Removes up to `n` entries, oldest first (by first address, then insertion), handing each to `out`. */
  evict(n: number, out: (value: T) => void): void {
    this.forget();
    let left = n;
    for (const [a, byB] of this.byA) {
      for (const [b, byPortA] of byB) {
        for (const [portA, byPortB] of byPortA) {
          for (const [portB, value] of byPortB) {
            out(value);
            byPortB.delete(portB);
            this.count--;
            if (--left === 0) break;
          }
          if (byPortB.size === 0) byPortA.delete(portA);
          if (left === 0) break;
        }
        if (byPortA.size === 0) byB.delete(b);
        if (left === 0) break;
      }
      if (byB.size === 0) this.byA.delete(a);
      if (left === 0) return;
    }
  }

  *values(): IterableIterator<T> {
    for (const byB of this.byA.values())
      for (const byPortA of byB.values()) for (const byPortB of byPortA.values()) yield* byPortB.values();
  }

  clear(): void {
    this.byA.clear();
    this.count = 0;
    this.forget();
  }

  private forget(): void {
    this.lastA = this.lastB = null;
    this.lastValue = undefined;
  }
}
