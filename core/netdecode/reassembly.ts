// IP fragment reassembly (RFC 791 §3.2 for IPv4, RFC 8200 §4.5 for IPv6) with a bounded table:
// a capture full of lone fragments (or an attack) must not grow memory, so entries and held bytes
// are capped and an incomplete datagram is dropped after a number of further packets.
import type { NetDecoderOptions, NetDecoderStats } from './types.js';

interface Piece {
  offset: number;
  data: Uint8Array;
}

interface Entry {
  pieces: Piece[];
  /** Known once the last fragment (MF = 0) arrived; -1 before. */
  total: number;
  bytes: number;
  bornAt: number;
}

/** RFC 791 limits a datagram to 65 535 bytes; IPv6 without jumbograms likewise. */
const MAX_DATAGRAM = 65535;

export class FragmentTable {
  private readonly entries = new Map<string, Entry>();
  private heldBytes = 0;
  private clock = 0;
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private readonly timeout: number;
  readonly stats: NetDecoderStats = { fragmentsDropped: 0, fragmentsReassembled: 0, fragmentsHeld: 0 };

  constructor(options: NetDecoderOptions = {}) {
    this.maxEntries = options.maxFragmentEntries ?? 1024;
    this.maxBytes = options.maxFragmentBytes ?? 8 * 1024 * 1024;
    this.timeout = options.fragmentTimeoutPackets ?? 10000;
  }

  /** Forgets every held fragment (a new capture, or a new part of one); the stats keep counting. */
  clear(): void {
    this.entries.clear();
    this.heldBytes = 0;
  }

  /** Called once per decoded packet: advances the clock and ages out stale datagrams. */
  tick(): void {
    this.clock++;
    // Most captures have no fragments: no iterator per packet then.
    if (this.entries.size === 0) return;
    // Map iteration is insertion order, so the oldest entries come first.
    for (const [key, entry] of this.entries) {
      if (this.clock - entry.bornAt <= this.timeout) break;
      this.drop(key, entry);
    }
  }

  /**
   * Adds one fragment (its data is copied: packet views die with the capture chunk). Returns the
   * whole payload when this fragment completed the datagram, else null.
   */
  add(key: string, offset: number, more: boolean, data: Uint8Array): Uint8Array | null {
    const end = offset + data.length;
    if (end > MAX_DATAGRAM || (more && data.length === 0)) return null;
    let entry = this.entries.get(key);
    if (entry === undefined) {
      while (this.entries.size >= this.maxEntries) this.dropOldest();
      entry = { pieces: [], total: -1, bytes: 0, bornAt: this.clock };
      this.entries.set(key, entry);
    }
    if (!more) entry.total = end;
    entry.pieces.push({ offset, data: data.slice() });
    entry.bytes += data.length;
    this.heldBytes += data.length;
    while (this.heldBytes > this.maxBytes && this.entries.size > 0) this.dropOldest();
    if (!this.entries.has(key)) return null;
    this.stats.fragmentsHeld = this.entries.size;
    return entry.total >= 0 ? this.tryComplete(key, entry) : null;
  }

  private tryComplete(key: string, entry: Entry): Uint8Array | null {
    entry.pieces.sort((a, b) => a.offset - b.offset);
    let covered = 0;
    for (const piece of entry.pieces) {
      if (piece.offset > covered) return null; // a hole: wait for more
      covered = Math.max(covered, piece.offset + piece.data.length);
    }
    if (covered < entry.total) return null;
    const whole = new Uint8Array(entry.total);
    // Later pieces overwrite overlaps; overlapping fragments are an evasion trick, not a decode error.
    for (const piece of entry.pieces) {
      if (piece.offset < entry.total) whole.set(piece.data.subarray(0, entry.total - piece.offset), piece.offset);
    }
    this.entries.delete(key);
    this.heldBytes -= entry.bytes;
    this.stats.fragmentsReassembled++;
    this.stats.fragmentsHeld = this.entries.size;
    return whole;
  }

  private dropOldest(): void {
    const first = this.entries.entries().next();
    if (first.done === true) return;
    this.drop(first.value[0], first.value[1]);
  }

  private drop(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.heldBytes -= entry.bytes;
    this.stats.fragmentsDropped++;
    this.stats.fragmentsHeld = this.entries.size;
  }
}
