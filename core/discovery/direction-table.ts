// IPv4 conversations by the numbers of one direction of travel (protocol, source, destination,
// ports), for the engine's fast path: an open-addressing hash table over an Int32Array, so a
// lookup hashes four integers instead of building or comparing address strings. Each direction of
// a conversation is its own entry and remembers whether its source is the conversation's first
// (canonical) end. Linear probing; no deletion (the engine clears the table instead).

const INITIAL_SLOTS = 1 << 12;
/** Int32s per slot: source, destination, both ports, protocol (0 marks an empty slot). */
const STRIDE = 4;

export class DirectionTable<T> {
  // Empty placeholders, replaced at once by the constructor's allocate().
  private slots = 0;
  private keys = new Int32Array(0);
  private values: (T | undefined)[] = [];
  private forwards = new Uint8Array(0);
  private count = 0;

  constructor() {
    // Stored a second time at once: V8 treats a field written only once as a constant and folds it
    // into optimised code, which the first grow() then throws away (a deoptimisation and a
    // recompile of the lookup in every thread, mid-capture).
    this.allocate(INITIAL_SLOTS);
  }

  get size(): number {
    return this.count;
  }

  /** The slot of this direction, or -1. */
  find(protocol: number, src: number, dst: number, ports: number): number {
    const mask = this.slots - 1;
    const keys = this.keys;
    for (let slot = hash(protocol, src, dst, ports) & mask; ; slot = (slot + 1) & mask) {
      const k = slot * STRIDE;
      const p = keys[k + 3]!;
      if (p === 0) return -1;
      if (p === protocol && keys[k] === src && keys[k + 1] === dst && keys[k + 2] === ports) return slot;
    }
  }

  valueAt(slot: number): T {
    return this.values[slot]!;
  }

  /** Whether the entry's source is the conversation's first end. */
  forwardAt(slot: number): boolean {
    return this.forwards[slot] === 1;
  }

  /** Adds or replaces a direction; `protocol` must not be 0. */
  set(protocol: number, src: number, dst: number, ports: number, value: T, forward: boolean): void {
    if ((this.count + 1) * 2 > this.slots) this.grow();
    const mask = this.slots - 1;
    for (let slot = hash(protocol, src, dst, ports) & mask; ; slot = (slot + 1) & mask) {
      const k = slot * STRIDE;
      const p = this.keys[k + 3]!;
      const same = p === protocol && this.keys[k] === src && this.keys[k + 1] === dst && this.keys[k + 2] === ports;
      if (p !== 0 && !same) continue;
      if (p === 0) {
        this.keys[k] = src;
        this.keys[k + 1] = dst;
        this.keys[k + 2] = ports;
        this.keys[k + 3] = protocol;
        this.count++;
      }
      this.values[slot] = value;
      this.forwards[slot] = forward ? 1 : 0;
      return;
    }
  }

  clear(): void {
    if (this.count > 0) this.allocate(INITIAL_SLOTS);
  }

  private allocate(slots: number): void {
    this.slots = slots;
    this.keys = new Int32Array(slots * STRIDE);
    this.values = new Array<T | undefined>(slots).fill(undefined);
    this.forwards = new Uint8Array(slots);
    this.count = 0;
  }

  private grow(): void {
    const { keys, values, forwards, slots } = this;
    this.allocate(slots * 2);
    for (let slot = 0; slot < slots; slot++) {
      const k = slot * STRIDE;
      if (keys[k + 3] === 0) continue;
      this.set(keys[k + 3]!, keys[k]!, keys[k + 1]!, keys[k + 2]!, values[slot]!, forwards[slot] === 1);
    }
  }
}

/** Mixes the four keys (murmur3's finaliser constants) so neighbouring addresses spread out. */
function hash(protocol: number, src: number, dst: number, ports: number): number {
  let h = Math.imul(src ^ Math.imul(dst, 0x9e3779b1) ^ Math.imul(ports ^ (protocol << 16), 0x85ebca6b), 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 13)) >>> 0;
}
