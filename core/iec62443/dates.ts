// Evaluation works on UTC calendar dates (DESIGN §3: "as of a date D, a UTC calendar date").

/** The UTC calendar date (YYYY-MM-DD) of an ISO date or UTC timestamp. */
export const utcDate = (value: string): string => value.slice(0, 10);

/** Today as a UTC calendar date. */
export const todayUtc = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

/** True for a well-formed, real YYYY-MM-DD date. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
