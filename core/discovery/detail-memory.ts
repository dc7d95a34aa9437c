// What the dissector of one conversation already wrote to its flow's details, so that a repeat costs
// a bit test instead of a map and a set lookup. Polling repeats the same few values packet after
// packet (unit ids and function codes cycling through a gateway's slaves, CIP services, S7 PDU
// types), more than a last-value memory can hold; a set never loses a value, so a repeat adds
// nothing. Whole numbers 0–255 of up to four keys are remembered in a 1,024-bit map; any other
// value in a two-entry memory of the last ones written.

/** Keys whose small values get bits. */
const KEYS = 4;
/** Int32 words per key: 256 bits. */
const WORDS = 8;

export class DetailMemory {
  private readonly keys: string[] = ['', '', '', ''];
  private bits: Int32Array | null = null;
  private key1 = '';
  private value1: number | string | undefined = undefined;
  private key2 = '';
  private value2: number | string | undefined = undefined;

  /** Whether `value` under `key` was written before (then nothing need be written); notes it otherwise. */
  repeat(key: string, value: number | string): boolean {
    if (typeof value === 'number' && value >= 0 && value < 256 && (value | 0) === value) {
      const slot = this.slotOf(key);
      if (slot >= 0) {
        const bits = (this.bits ??= new Int32Array(KEYS * WORDS));
        const word = slot * WORDS + (value >>> 5);
        const bit = 1 << (value & 31);
        if ((bits[word]! & bit) !== 0) return true;
        bits[word] = bits[word]! | bit;
        return false;
      }
    }
    if ((key === this.key1 && value === this.value1) || (key === this.key2 && value === this.value2)) return true;
    this.key2 = this.key1;
    this.value2 = this.value1;
    this.key1 = key;
    this.value1 = value;
    return false;
  }

  /** Forgets everything (the memory is about to serve another flow). */
  forget(): void {
    this.keys.fill('');
    this.bits?.fill(0);
    this.key1 = this.key2 = '';
  }

  /** The slot of `key`, taking a free one for a new key; -1 when all are taken by others. */
  private slotOf(key: string): number {
    const keys = this.keys;
    for (let i = 0; i < KEYS; i++) {
      if (keys[i] === key) return i;
      if (keys[i] === '') {
        keys[i] = key;
        return i;
      }
    }
    return -1;
  }
}
