// Open conversations keyed by their endpoints without building a key string per packet: IP text
// comes from the decoder's caches, so the same string objects (with V8's cached hashes) are the
// keys of two nested maps, and the ports and transport make one number.

export class ConversationTable<T> {
  private readonly byA = new Map<string, Map<string, Map<number, T>>>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** `a`/`b` in a fixed order chosen by the caller (the canonical direction). */
  get(a: string, b: string, ports: number): T | undefined {
    return this.byA.get(a)?.get(b)?.get(ports);
  }

  set(a: string, b: string, ports: number, value: T): void {
    let byB = this.byA.get(a);
    if (!byB) {
      byB = new Map<string, Map<number, T>>();
      this.byA.set(a, byB);
    }
    let byPorts = byB.get(b);
    if (!byPorts) {
      byPorts = new Map<number, T>();
      byB.set(b, byPorts);
    }
    if (!byPorts.has(ports)) this.count++;
    byPorts.set(ports, value);
  }

  /** Removes up to `n` entries, oldest first (by first address, then insertion), handing each to `out`. */
  evict(n: number, out: (value: T) => void): void {
    let left = n;
    for (const [a, byB] of this.byA) {
      for (const [b, byPorts] of byB) {
        for (const [ports, value] of byPorts) {
          out(value);
          byPorts.delete(ports);
          this.count--;
          if (--left === 0) break;
        }
        if (byPorts.size === 0) byB.delete(b);
        if (left === 0) break;
      }
      if (byB.size === 0) this.byA.delete(a);
      if (left === 0) return;
    }
  }

  *values(): IterableIterator<T> {
    for (const byB of this.byA.values()) for (const byPorts of byB.values()) yield* byPorts.values();
  }

  clear(): void {
    this.byA.clear();
    this.count = 0;
  }
}

/** Ports and transport as one number: 16 + 16 bits of ports, then the transport above them. */
export function portsKey(portA: number, portB: number, udp: boolean): number {
  return (udp ? 0x1_0000_0000 : 0) + portA * 0x10000 + portB;
}
