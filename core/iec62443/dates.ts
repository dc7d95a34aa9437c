// Evaluation works on UTC calendar dates (DESIGN §3: "as of a date D, a UTC calendar date").

/** The UTC calendar date (YYYY-MM-DD) of an ISO date or UTC timestamp. */
export const utcDate = (value: string): string => value.slice(0, 10);

/** Today as a UTC calendar date. */
export const todayUtc = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a real calendar date/time in the accepted ISO forms (arithmetic: runs 100k times per import). */
export function isValidDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = mo === 2 && leap ? 29 : (DAYS[mo - 1] ?? 0);
  if (mo < 1 || mo > 12 || d < 1 || d > days) return false;
  if (m[4] === undefined) return true;
  return Number(m[4]) < 24 && Number(m[5]) < 60 && (m[6] === undefined || Number(m[6]) < 60);
}

/** True for a well-formed, real YYYY-MM-DD date (no time part). */
export const isIsoDate = (value: string): boolean => value.length === 10 && isValidDate(value);
