// Splitting one large classic pcap into byte ranges of whole records, so several worker threads
// can read it at once (issue #9 performance: "use both cores"). Classic pcap has no record markers,
// so a split point is found by scanning for an offset where several record headers in a row are
// plausible: captured length within the snap length and not above the original length, and
// timestamps within a day of each other.
import { open } from 'node:fs/promises';
import { classicMagicOf, PCAP_GLOBAL_HEADER_LENGTH } from '../../pcap/classic-pcap.js';
import { MAX_RECORD_LENGTH } from '../../pcap/types.js';

export interface Shard {
  start: number;
  /** Exclusive. */
  end: number;
}

const RECORD_HEADER = 16;
/** Records that must line up after a candidate offset before it is trusted as a boundary. */
const CHAIN = 8;
/** Bytes read at each guessed cut; a boundary is looked for in the first half of them. */
const WINDOW = 1024 * 1024;
const DAY = 86_400;

interface Header {
  little: boolean;
  snapLength: number;
}

function plausibleChain(buf: Buffer, at: number, h: Header, fileLeft: number): boolean {
  let o = at;
  let firstTs = -1;
  for (let i = 0; i < CHAIN; i++) {
    if (o === buf.length && fileLeft === 0) return i > 0; // reached the end of the file exactly
    if (o + RECORD_HEADER > buf.length) return i >= 2; // window ends: a few lined-up records will do
    const ts = h.little ? buf.readUInt32LE(o) : buf.readUInt32BE(o);
    const frac = h.little ? buf.readUInt32LE(o + 4) : buf.readUInt32BE(o + 4);
    const cap = h.little ? buf.readUInt32LE(o + 8) : buf.readUInt32BE(o + 8);
    const orig = h.little ? buf.readUInt32LE(o + 12) : buf.readUInt32BE(o + 12);
    if (cap === 0 || cap > MAX_RECORD_LENGTH || cap > h.snapLength || orig < cap || orig > 0x40000 * 4) return false;
    if (frac >= 1_000_000_000) return false;
    if (firstTs < 0) firstTs = ts;
    else if (Math.abs(ts - firstTs) > DAY) return false;
    o += RECORD_HEADER + cap;
  }
  return true;
}

/**
 * Where to try cutting a file of `size` bytes: parts of `largest` bytes while much is left, then
 * smaller ones down to `smallest`, so the threads claiming them run out of work at about the same
 * time (a thread given a large last part keeps the others waiting). Depends on the size only, so
 * the shards, and with them the report, do not depend on the number of threads.
 */
export function tapering(size: number, largest: number, smallest: number): number[] {
  const cuts: number[] = [];
  for (let at = 0; ;) {
    const left = size - at;
    const part = Math.max(smallest, Math.min(largest, Math.floor(left / 3)));
    if (left - part < smallest) return cuts;
    at += part;
    cuts.push(at);
  }
}

/**
 * Byte ranges of whole records, cut near each of `guesses` (offsets), or about `guesses` equal
 * ranges when it is a number; null when the file is not a classic pcap (pcapng and gzip are read
 * by one engine) or no safe split point is found.
 */
export async function planShards(
  path: string,
  size: number,
  guesses: number | readonly number[],
): Promise<Shard[] | null> {
  const near =
    typeof guesses === 'number'
      ? Array.from({ length: Math.max(0, guesses - 1) }, (_, i) => Math.floor((size * (i + 1)) / guesses))
      : guesses;
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(PCAP_GLOBAL_HEADER_LENGTH);
    await handle.read(head, 0, head.length, 0);
    const magic = classicMagicOf(head.readUInt32BE(0));
    if (!magic) return null;
    const little = magic.byteOrder === 'little';
    const snap = little ? head.readUInt32LE(16) : head.readUInt32BE(16);
    const h: Header = { little, snapLength: snap === 0 ? MAX_RECORD_LENGTH : Math.max(snap, 65535) };
    const cuts = [PCAP_GLOBAL_HEADER_LENGTH];
    const window = Buffer.alloc(WINDOW);
    for (const guess of near) {
      const { bytesRead } = await handle.read(window, 0, WINDOW, guess);
      const buf = window.subarray(0, bytesRead);
      let found = -1;
      for (let o = 0; o + RECORD_HEADER <= buf.length && o < WINDOW / 2; o++) {
        if (plausibleChain(buf, o, h, size - guess - bytesRead)) {
          found = guess + o;
          break;
        }
      }
      // No boundary here (a stretch of huge or damaged records): the neighbours share this part.
      if (found > cuts[cuts.length - 1]!) cuts.push(found);
    }
    if (cuts.length < 2) return null;
    cuts.push(size);
    return cuts.slice(0, -1).map((start, i) => ({ start, end: cuts[i + 1]! }));
  } finally {
    await handle.close();
  }
}
