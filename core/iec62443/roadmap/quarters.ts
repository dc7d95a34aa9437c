// Calendar quarters of the roadmap timeline ("2026-Q4"): programmes plan and budget remediation
// by quarter, so the projection groups actions that way. UTC calendar dates, like evaluation.

/** The timeline column of actions without a due date: after every dated quarter. */
export const UNSCHEDULED = 'unscheduled';

/** A number per quarter, consecutive across years (2026-Q4 + 1 = 2027-Q1). */
const indexOf = (year: number, quarter: number): number => year * 4 + quarter - 1;
/** The label of a quarterIndex: 8107 → '2026-Q4'. */
export const quarterLabel = (index: number): string => `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;

/**
 * The quarter of a date or UTC timestamp.
 *
 * @example
 * quarterOf('2026-11-25') // '2026-Q4'
 * quarterOf('2027-01-01T08:00:00Z') // '2027-Q1'
 */
export function quarterOf(date: string): string {
  return quarterLabel(quarterIndex(date));
}

/** quarterIndex('2026-11-25') < quarterIndex('2027-01-01'): comparable and countable. */
export function quarterIndex(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return indexOf(year, Math.floor((month - 1) / 3) + 1);
}

/** Timelines longer than this skip the quarters in which nothing happens (a due date in 2099). */
export const MAX_CONTIGUOUS_QUARTERS = 40;

/**
 * The timeline's dated columns: every quarter from the first to the last index given, or, when
 * that would be longer than MAX_CONTIGUOUS_QUARTERS, only the quarters given.
 *
 * @example
 * quarterRange([quarterIndex('2026-11-25'), quarterIndex('2027-05-01')]) // ['2026-Q4', '2027-Q1', '2027-Q2']
 */
export function quarterRange(indexes: readonly number[]): string[] {
  if (indexes.length === 0) return [];
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const first = sorted[0] as number;
  const last = sorted[sorted.length - 1] as number;
  if (last - first + 1 > MAX_CONTIGUOUS_QUARTERS) return sorted.map(quarterLabel);
  const out: string[] = [];
  for (let i = first; i <= last; i++) out.push(quarterLabel(i));
  return out;
}
