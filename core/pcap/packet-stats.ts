// Packets, bytes and the earliest and latest packet time of one capture, noted by the format
// parsers as they read each record (issue #9 item 1). Kept apart from the packet handler: a
// second call per packet through a wrapper cost about a tenth of the discovery engine's time.
import { compareTime } from './timestamps.js';

// Earliest and latest time as seconds, nanoseconds and digits in one typed array: an object per
// new latest time was an allocation per packet of an ordered capture (most of them), and a double
// in a field or closure variable is boxed.
export const E_SECONDS = 0;
export const E_NANOS = 1;
export const E_DIGITS = 2;
export const L_SECONDS = 3;
export const L_NANOS = 4;
export const L_DIGITS = 5;

export class PacketStats {
  packets = 0;
  bytes = 0;
  /** Whether any record had a timestamp (then `times` holds the earliest and latest). */
  timed = false;
  readonly times = new Float64Array(6);

  /** A record with a timestamp (seconds, nanoseconds, and the digits its file's resolution has). */
  note(seconds: number, nanos: number, digits: number, capturedLength: number): void {
    this.packets += 1;
    this.bytes += capturedLength;
    const times = this.times;
    if (!this.timed) {
      this.timed = true;
      times[E_SECONDS] = times[L_SECONDS] = seconds;
      times[E_NANOS] = times[L_NANOS] = nanos;
      times[E_DIGITS] = times[L_DIGITS] = digits;
      return;
    }
    // Earliest and latest rather than first and last in file order, like capinfos: merged or
    // reordered captures are not time-sorted.
    if (compareTime(seconds, nanos, times[L_SECONDS]!, times[L_NANOS]!) > 0) {
      times[L_SECONDS] = seconds;
      times[L_NANOS] = nanos;
      times[L_DIGITS] = digits;
    } else if (compareTime(seconds, nanos, times[E_SECONDS]!, times[E_NANOS]!) < 0) {
      times[E_SECONDS] = seconds;
      times[E_NANOS] = nanos;
      times[E_DIGITS] = digits;
    }
  }

  /** A record without a timestamp (a pcapng simple packet block). */
  count(capturedLength: number): void {
    this.packets += 1;
    this.bytes += capturedLength;
  }
}
