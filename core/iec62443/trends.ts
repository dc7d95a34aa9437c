// Progress over time (issue #7 item 4): calendar days of a site, and the daily series of SL-T and
// SL-A built from the recorded history. Pure: the server answers with it, tests pin it down.
import type { PortfolioTrendPoint, ScopeTrend, TrendPoint } from '../api/trends.js';

/** One recorded row of the SL history (a zone or conduit on one day). */
export interface HistoryRow {
  scopeId: string;
  kind: 'zone' | 'conduit';
  day: string;
  slTarget: number[] | null;
  slAchieved: number[];
}

const MS_PER_DAY = 86_400_000;

/** The time zone a site's days are counted in: its own when it is a real IANA zone, else UTC. */
export function dayZone(timezone: string | null | undefined): string {
  if (!timezone) return 'UTC';
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: timezone });
    return timezone;
  } catch {
    return 'UTC';
  }
}

/**
 * Today (YYYY-MM-DD) on the site's calendar: a plant's "day" is its local one, so the row of
 * Monday is Monday in Basel even at 00:30 when UTC still says Sunday.
 */
export function siteDay(timezone: string | null | undefined, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: dayZone(timezone),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The day `n` days after (or before, n < 0) a YYYY-MM-DD day. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** How many days `from` to `to` covers, both included (0 when `to` is before `from`). */
export function daySpan(from: string, to: string): number {
  return Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY) + 1);
}

/** Every day from `from` to `to`, inclusive. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) out.push(day);
  return out;
}

/** Total gap over FR 1–7 (DESIGN §3.5); 0 without an SL-T. */
export function totalGap(slTarget: readonly number[] | null, slAchieved: readonly number[]): number {
  if (!slTarget) return 0;
  return slTarget.reduce((sum, t, i) => sum + Math.max(0, t - (slAchieved[i] ?? 0)), 0);
}

/**
 * The daily series of every zone and conduit from `from` to `to`. `rows` are the history from the
 * last recorded day on or before `from` (so the first days can carry it) up to `to`.
 *
 * Carry-forward: a day without any row for the site (no recording: the server was down) repeats
 * each scope's last values, marked `carried`. A day the site was recorded but a scope has no row
 * means the scope did not exist that day (not yet created, or deleted): no point, and nothing to
 * carry past it.
 */
export function scopeSeries(rows: readonly HistoryRow[], from: string, to: string): ScopeTrend[] {
  if (rows.length === 0 || to < from) return [];
  const recordedDays = new Set(rows.map((r) => r.day));
  const byScope = new Map<string, { kind: HistoryRow['kind']; days: Map<string, HistoryRow> }>();
  let start = from;
  for (const r of rows) {
    let scope = byScope.get(r.scopeId);
    if (!scope) byScope.set(r.scopeId, (scope = { kind: r.kind, days: new Map() }));
    scope.days.set(r.day, r);
    if (r.day < start) start = r.day;
  }
  const days = daysBetween(start, to);
  const out: ScopeTrend[] = [];
  for (const [id, scope] of byScope) {
    const points: TrendPoint[] = [];
    let last: HistoryRow | null = null;
    for (const day of days) {
      const row = scope.days.get(day);
      if (row) last = row;
      else if (recordedDays.has(day)) last = null;
      if (last && day >= from)
        points.push({ day, slTarget: last.slTarget, slAchieved: last.slAchieved, carried: row === undefined });
    }
    if (points.length > 0) out.push({ id, kind: scope.kind, name: null, points });
  }
  // Zones first, then conduits, each by id: the order of the site evaluation.
  return out.sort((a, b) => (a.kind !== b.kind ? (a.kind === 'zone' ? -1 : 1) : a.id < b.id ? -1 : 1));
}

/** Per day, how a set of zone series stands against SL-T (days without any zone are left out). */
export function standingByDay(zones: readonly ScopeTrend[]): PortfolioTrendPoint[] {
  const byDay = new Map<string, { zones: number; meeting: number; gap: number }>();
  for (const zone of zones) {
    for (const p of zone.points) {
      const gap = totalGap(p.slTarget, p.slAchieved);
      const acc = byDay.get(p.day) ?? { zones: 0, meeting: 0, gap: 0 };
      acc.zones++;
      if (p.slTarget !== null && gap === 0) acc.meeting++;
      acc.gap += gap;
      byDay.set(p.day, acc);
    }
  }
  return [...byDay]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, a]) => standingPoint(day, a.zones, a.meeting, a.gap));
}

/** The estate's standing per day: every site's points together, weighted by their zones. */
export function estateByDay(sites: readonly (readonly PortfolioTrendPoint[])[]): PortfolioTrendPoint[] {
  const byDay = new Map<string, { zones: number; meeting: number; gap: number }>();
  for (const points of sites)
    for (const p of points) {
      const acc = byDay.get(p.day) ?? { zones: 0, meeting: 0, gap: 0 };
      acc.zones += p.zones;
      acc.meeting += p.zonesMeetingTarget;
      acc.gap += p.meanGap * p.zones;
      byDay.set(p.day, acc);
    }
  return [...byDay]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, a]) => standingPoint(day, a.zones, a.meeting, a.gap));
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

function standingPoint(day: string, zones: number, meeting: number, gap: number): PortfolioTrendPoint {
  return { day, zones, zonesMeetingTarget: meeting, share: round(meeting / zones), meanGap: round(gap / zones) };
}
