// Progress over time (issue #7 item 4): the daily SL-T / SL-A series of a site's zones and
// conduits, and per readable site the share of zones at target. Both first make sure today's rows
// are written, so a series always ends with the current state.
import type { PortfolioTrends, SiteTrends, SiteTrendSummary } from '../../../core/api/trends.js';
import { isIsoDate } from '../../../core/iec62443/dates.js';
import {
  addDays,
  dayZone,
  daySpan,
  estateByDay,
  scopeSeries,
  siteDay,
  standingByDay,
} from '../../../core/iec62443/trends.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { AppError, notFound } from '../../errors.js';
import { readableBy, requirePermission } from '../access.js';
import { readHistory, type StoredHistoryRow } from './sl-history.repository.js';
import { recordSitesToday } from './trends.recorder.js';

export type { PortfolioTrends, SiteTrends } from '../../../core/api/trends.js';

/** The default window: the last 90 days, today included. */
export const DEFAULT_DAYS = 90;
/** A wider window is refused: a year of days per zone is already a large answer. */
export const MAX_DAYS = 366;

export interface Window {
  from: string;
  to: string;
}

const invalid = (path: string, message: string): AppError =>
  new AppError('C981_ERR_VALIDATION', `${path}: ${message}`, [{ path, message }]);

/** `from` / `to` (YYYY-MM-DD, both included); `to` defaults to `today`, `from` to 89 days before it. */
export function parseWindow(query: { from?: string | undefined; to?: string | undefined }, today: string): Window {
  for (const key of ['from', 'to'] as const) {
    const v = query[key];
    if (v !== undefined && !isIsoDate(v)) throw invalid(key, `must be a date YYYY-MM-DD; got "${v}"`);
  }
  const to = query.to ?? today;
  const from = query.from ?? addDays(to, -(DEFAULT_DAYS - 1));
  if (from > to) throw invalid('from', `must not be after to (${from} > ${to})`);
  const span = daySpan(from, to);
  if (span > MAX_DAYS) throw invalid('to', `at most ${MAX_DAYS} days at once; ${from} to ${to} is ${span} days`);
  return { from, to };
}

function bySite(rows: readonly StoredHistoryRow[]): Map<string, StoredHistoryRow[]> {
  const m = new Map<string, StoredHistoryRow[]>();
  for (const r of rows) {
    const list = m.get(r.siteId);
    if (list) list.push(r);
    else m.set(r.siteId, [r]);
  }
  return m;
}

export async function siteTrends(
  db: Db,
  actor: Actor,
  siteId: string,
  query: { from?: string | undefined; to?: string | undefined },
): Promise<SiteTrends> {
  requirePermission(actor, 'site.read', siteId);
  const site = await db.kysely
    .selectFrom('sites')
    .select(['id', 'timezone'])
    .where('id', '=', siteId)
    .executeTakeFirst();
  if (!site) throw notFound('site', siteId);
  const today = siteDay(site.timezone);
  const window = parseWindow(query, today);
  // No carrying forward into days that have not happened yet.
  const to = window.to < today ? window.to : today;
  await recordSitesToday(db, [siteId]);
  const [rows, zones, conduits] = await Promise.all([
    readHistory(db.kysely, [siteId], window.from, to),
    db.kysely.selectFrom('zones').select(['id', 'name']).where('site_id', '=', siteId).execute(),
    db.kysely.selectFrom('conduits').select(['id', 'name']).where('site_id', '=', siteId).execute(),
  ]);
  const names = new Map<string, string | null>([...zones, ...conduits].map((s) => [s.id, s.name ?? null]));
  const scopes = scopeSeries(rows, window.from, to).map((s) => ({ ...s, name: names.get(s.id) ?? null }));
  return { site: siteId, timezone: dayZone(site.timezone), from: window.from, to, scopes };
}

/** Per readable site and per day: zones, zones meeting SL-T, their share and the mean gap. */
export async function portfolioTrends(
  db: Db,
  actor: Actor,
  query: { from?: string | undefined; to?: string | undefined },
): Promise<PortfolioTrends> {
  // The estate spans time zones: the window is in UTC days, each site stops at its own today.
  const window = parseWindow(query, siteDay(null));
  const readable = readableBy(actor);
  let q = db.kysely.selectFrom('sites').select(['id', 'name', 'timezone']).orderBy('id');
  if (readable) q = q.where('id', 'in', readable.length > 0 ? readable : ['']);
  const sites = await q.execute();
  const ids = sites.map((s) => s.id);
  await recordSitesToday(db, ids);
  const history = bySite(await readHistory(db.kysely, ids, window.from, window.to, true));
  const out: SiteTrendSummary[] = sites.map((s) => {
    const today = siteDay(s.timezone);
    const to = window.to < today ? window.to : today;
    return { id: s.id, name: s.name, points: standingByDay(scopeSeries(history.get(s.id) ?? [], window.from, to)) };
  });
  return { from: window.from, to: window.to, sites: out, estate: estateByDay(out.map((s) => s.points)) };
}
