// Timestamp arithmetic and formatting shared by both formats. Capture clocks can exceed what a
// double holds exactly (pcapng nanosecond units since 1970 are ~1.7e18), so the slow exact path
// uses BigInt and the common case stays in plain numbers.

const TWO_POW_32 = 0x1_0000_0000;
/** Units below this fit a double exactly (2^53). */
const EXACT_LIMIT = 2 ** 53;
/** Beyond ±8.64e12 s JavaScript dates are invalid; such timestamps are corrupt anyway. */
const MAX_DATE_SECONDS = 8.64e12;

export interface SplitTime {
  seconds: number;
  nanos: number;
}

/**
 * Converts a 64-bit count of clock units (high and low 32-bit halves) to seconds and nanoseconds.
 * `unitsPerSecond` is 10^n or 2^n (pcapng if_tsresol); `offsetSeconds` is if_tsoffset.
 */
export function splitUnits(high: number, low: number, unitsPerSecond: number, offsetSeconds: number): SplitTime {
  const units = high * TWO_POW_32 + low;
  if (units < EXACT_LIMIT && unitsPerSecond <= 1e9 && Number.isInteger(1e9 / unitsPerSecond)) {
    const seconds = Math.floor(units / unitsPerSecond);
    return { seconds: seconds + offsetSeconds, nanos: (units - seconds * unitsPerSecond) * (1e9 / unitsPerSecond) };
  }
  const big = (BigInt(high) << 32n) | BigInt(low);
  const per = BigInt(unitsPerSecond);
  const seconds = big / per;
  const nanos = ((big % per) * 1_000_000_000n) / per;
  return { seconds: Number(seconds) + offsetSeconds, nanos: Number(nanos) };
}

/** ISO 8601 UTC with exactly `digits` fractional digits (truncated, as capinfos does), or null. */
export function isoTime(seconds: number, nanos: number, digits: number): string | null {
  if (!Number.isFinite(seconds) || Math.abs(seconds) > MAX_DATE_SECONDS) return null;
  const whole = new Date(seconds * 1000).toISOString().slice(0, 19);
  if (digits <= 0) return `${whole}Z`;
  const fraction = String(Math.floor(nanos)).padStart(9, '0').slice(0, Math.min(digits, 9));
  return `${whole}.${fraction}Z`;
}

/** Orders two timestamps; negative when a is earlier. */
export function compareTime(aSeconds: number, aNanos: number, bSeconds: number, bNanos: number): number {
  return aSeconds !== bSeconds ? aSeconds - bSeconds : aNanos - bNanos;
}
