// Packet times as ISO 8601 UTC with microseconds: the precision most captures have. A report
// formats tens of thousands of times once each, in code that never gets optimised, so the text is
// put together from a cached date part and a table of two-digit numbers, not a Date per time.

const DAY_SECONDS = 86_400;
/** The `YYYY-MM-DDT` part per day since the epoch; a capture spans few days. */
const dayText = new Map<number, string>();
const MAX_CACHED_DAYS = 4096;
const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

export function isoMicros(seconds: number): string {
  const whole = Math.floor(seconds);
  const micros = Math.min(999_999, Math.round((seconds - whole) * 1e6));
  const day = Math.floor(whole / DAY_SECONDS);
  let date = dayText.get(day);
  if (date === undefined) {
    // toISOString throws on times past ±8.64e15 ms, as the time did before; packet times are far inside.
    const iso = new Date(day * DAY_SECONDS * 1000).toISOString();
    date = iso.slice(0, iso.indexOf('T') + 1);
    if (dayText.size >= MAX_CACHED_DAYS) dayText.clear();
    dayText.set(day, date);
  }
  const ofDay = whole - day * DAY_SECONDS;
  const hours = Math.floor(ofDay / 3600);
  const minutes = Math.floor((ofDay % 3600) / 60);
  return `${date}${TWO_DIGITS[hours]!}:${TWO_DIGITS[minutes]!}:${TWO_DIGITS[ofDay % 60]!}.${String(micros).padStart(6, '0')}Z`;
}
