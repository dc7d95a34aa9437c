// Folds packets and parser events into the answer `c981 discover` prints per capture file.
import { compareTime, isoTime } from './timestamps.js';
import type { CaptureInfo, CapturePacket, CaptureSummary } from './types.js';

export interface SummaryCollector {
  // Arrow-typed so they can be passed around as plain callbacks.
  onPacket: (packet: CapturePacket) => void;
  onInfo: (info: CaptureInfo) => void;
  finish: (skipped: number) => CaptureSummary;
}

// Earliest and latest time as seconds, nanoseconds and digits in one typed array: an object per
// new latest time was an allocation per packet of an ordered capture (most of them), and a double
// in a closure variable is boxed on every write.
const E_SECONDS = 0;
const E_NANOS = 1;
const E_DIGITS = 2;
const L_SECONDS = 3;
const L_NANOS = 4;
const L_DIGITS = 5;

export function createSummaryCollector(file: string, compressed: boolean): SummaryCollector {
  const summary: CaptureSummary = {
    file,
    format: null,
    compressed,
    byteOrder: null,
    linkTypes: [],
    packets: 0,
    bytes: 0,
    first: null,
    last: null,
    skipped: 0,
  };
  // Earliest and latest rather than first and last in file order, like capinfos: merged or
  // reordered captures are not time-sorted.
  const times = new Float64Array(6);
  let seen = false;

  return {
    onPacket: (packet) => {
      summary.packets += 1;
      summary.bytes += packet.capturedLength;
      if (!packet.timestampKnown) return;
      const seconds = packet.tsSeconds;
      const nanos = packet.tsFraction;
      if (!seen) {
        seen = true;
        times[E_SECONDS] = times[L_SECONDS] = seconds;
        times[E_NANOS] = times[L_NANOS] = nanos;
        times[E_DIGITS] = times[L_DIGITS] = packet.tsDigits;
        return;
      }
      if (compareTime(seconds, nanos, times[L_SECONDS]!, times[L_NANOS]!) > 0) {
        times[L_SECONDS] = seconds;
        times[L_NANOS] = nanos;
        times[L_DIGITS] = packet.tsDigits;
      } else if (compareTime(seconds, nanos, times[E_SECONDS]!, times[E_NANOS]!) < 0) {
        times[E_SECONDS] = seconds;
        times[E_NANOS] = nanos;
        times[E_DIGITS] = packet.tsDigits;
      }
    },
    onInfo: (info) => {
      switch (info.kind) {
        case 'format':
          summary.format = info.format;
          summary.byteOrder = info.byteOrder;
          break;
        case 'interface':
          if (!summary.linkTypes.includes(info.linkType)) summary.linkTypes.push(info.linkType);
          break;
        case 'unknown-format':
          break;
      }
    },
    finish: (skipped) => {
      summary.skipped = skipped;
      summary.first = seen ? isoTime(times[E_SECONDS]!, times[E_NANOS]!, times[E_DIGITS]!) : null;
      summary.last = seen ? isoTime(times[L_SECONDS]!, times[L_NANOS]!, times[L_DIGITS]!) : null;
      return summary;
    },
  };
}
