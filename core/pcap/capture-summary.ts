// Folds packets and parser events into the answer `c981 discover` prints per capture file.
import { compareTime, isoTime } from './timestamps.js';
import type { CaptureInfo, CapturePacket, CaptureSummary } from './types.js';

export interface SummaryCollector {
  // Arrow-typed so they can be passed around as plain callbacks.
  onPacket: (packet: CapturePacket) => void;
  onInfo: (info: CaptureInfo) => void;
  finish: (skipped: number) => CaptureSummary;
}

interface Instant {
  seconds: number;
  nanos: number;
  digits: number;
}

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
  let earliest: Instant | null = null;
  let latest: Instant | null = null;

  return {
    onPacket: (packet) => {
      summary.packets += 1;
      summary.bytes += packet.capturedLength;
      if (!packet.timestampKnown) return;
      const { tsSeconds: seconds, tsFraction: nanos, tsDigits: digits } = packet;
      if (!earliest || compareTime(seconds, nanos, earliest.seconds, earliest.nanos) < 0)
        earliest = { seconds, nanos, digits };
      if (!latest || compareTime(seconds, nanos, latest.seconds, latest.nanos) > 0) latest = { seconds, nanos, digits };
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
      summary.first = earliest && isoTime(earliest.seconds, earliest.nanos, earliest.digits);
      summary.last = latest && isoTime(latest.seconds, latest.nanos, latest.digits);
      return summary;
    },
  };
}
