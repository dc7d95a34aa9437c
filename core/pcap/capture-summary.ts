// Folds parser events and record statistics into the answer `c981 discover` prints per capture file.
import { E_DIGITS, E_NANOS, E_SECONDS, L_DIGITS, L_NANOS, L_SECONDS, type PacketStats } from './packet-stats.js';
import { isoTime } from './timestamps.js';
import type { CaptureInfo, CaptureSummary } from './types.js';

export interface SummaryCollector {
  // Arrow-typed so it can be passed around as a plain callback.
  onInfo: (info: CaptureInfo) => void;
  /** The summary, from the parser's record statistics and skipped count. */
  finish: (skipped: number, stats: PacketStats) => CaptureSummary;
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

  return {
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
    finish: (skipped, stats) => {
      const t = stats.times;
      summary.packets = stats.packets;
      summary.bytes = stats.bytes;
      summary.skipped = skipped;
      summary.first = stats.timed ? isoTime(t[E_SECONDS]!, t[E_NANOS]!, t[E_DIGITS]!) : null;
      summary.last = stats.timed ? isoTime(t[L_SECONDS]!, t[L_NANOS]!, t[L_DIGITS]!) : null;
      return summary;
    },
  };
}
