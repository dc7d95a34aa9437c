// Packet times as ISO 8601 UTC with microseconds: the precision most captures have.

/** The date-and-time part of recent whole seconds: a report formats thousands of close times. */
const secondsText = new Map<number, string>();
const MAX_CACHED = 4096;

export function isoMicros(seconds: number): string {
  const whole = Math.floor(seconds);
  const micros = Math.min(999_999, Math.round((seconds - whole) * 1e6));
  let base = secondsText.get(whole);
  if (base === undefined) {
    base = new Date(whole * 1000).toISOString().slice(0, 19);
    if (secondsText.size >= MAX_CACHED) secondsText.clear();
    secondsText.set(whole, base);
  }
  return `${base}.${String(micros).padStart(6, '0')}Z`;
}
