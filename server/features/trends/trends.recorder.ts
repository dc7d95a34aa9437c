// Records the SL history (issue #7 item 4: "SL-A per zone recorded daily and on change").
//
// - On change: the site evaluation calls `recordSlHistory` whenever it computes a site for a new
//   revision (every change bumps the revision), which upserts today's rows.
// - Daily: `recordSitesToday` makes sure every site has today's rows; the server runs it at start
//   and every hour (`startTrendRecorder`), and the trend reads run it for the sites they answer.
//
// "Today" is the site's calendar day in its time zone (sites.timezone), UTC when it has none or an
// unknown one; the row of a day holds the evaluation as of that date. Writing the history is
// bookkeeping, not a change to the site: no audit record, no revision bump, and read-only callers
// trigger it too.
import type { FastifyInstance } from 'fastify';
import { evaluateSite, type SiteEval } from '../../../core/iec62443/evaluate.js';
import type { SiteDoc } from '../../../core/schemas/site-file.js';
import { siteDay } from '../../../core/iec62443/trends.js';
import type { Db } from '../../db/connection.js';
import { loadSite } from '../site-files/site-loader.js';
import { upsertDay } from './sl-history.repository.js';

/** Per database, per site: the revision and day last written, so unchanged sites cost one read. */
const written = new WeakMap<Db, Map<string, string>>();

const stamp = (revision: number, day: string): string => `${revision}@${day}`;

function writtenFor(db: Db): Map<string, string> {
  let m = written.get(db);
  if (!m) written.set(db, (m = new Map<string, string>()));
  return m;
}

async function write(db: Db, siteId: string, revision: number, day: string, e: SiteEval, now: Date): Promise<void> {
  await upsertDay(db.kysely, siteId, day, e, now.toISOString());
  writtenFor(db).set(siteId, stamp(revision, day));
}

/**
 * The on-change hook: `evaluation` was just computed for the site at `revision`. Reuses it when it
 * is as of the site's today, else evaluates the (already loaded) site for today.
 */
export async function recordSlHistory(
  db: Db,
  site: SiteDoc,
  revision: number,
  evaluation: SiteEval & { asOf: string },
  now: Date = new Date(),
): Promise<void> {
  const day = siteDay(site.timezone, now);
  if (writtenFor(db).get(site.id) === stamp(revision, day)) return;
  await write(db, site.id, revision, day, evaluation.asOf === day ? evaluation : evaluateSite(site, day), now);
}

/**
 * Makes sure each site (every site when `siteIds` is omitted) has today's rows for its current
 * revision. Answers how many sites were written.
 */
export async function recordSitesToday(db: Db, siteIds?: readonly string[], now: Date = new Date()): Promise<number> {
  if (siteIds?.length === 0) return 0;
  let query = db.kysely.selectFrom('sites').select(['id', 'revision', 'timezone']).orderBy('id');
  if (siteIds) query = query.where('id', 'in', siteIds);
  let count = 0;
  for (const s of await query.execute()) {
    const day = siteDay(s.timezone, now);
    if (writtenFor(db).get(s.id) === stamp(s.revision, day)) continue;
    const site = await loadSite(db.kysely, s.id);
    if (!site) continue; // deleted meanwhile
    await write(db, s.id, s.revision, day, evaluateSite(site, day), now);
    count++;
  }
  return count;
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * Runs `recordSitesToday` once the app is ready and then every hour (so each site gets its row
 * soon after its local midnight). The timer does not keep the process alive and stops when the
 * app closes, which waits for a pass in progress. Failures are logged, never thrown.
 */
export function startTrendRecorder(app: FastifyInstance, db: Db, intervalMs = HOUR_MS): void {
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const pass = () => {
    running = running
      .then(() => recordSitesToday(db))
      .then(
        (count) => {
          if (count > 0) app.log.info({ sites: count }, 'recorded the daily SL history');
        },
        (error: unknown) => app.log.error({ err: error }, 'recording the daily SL history failed'),
      );
  };
  app.addHook('onReady', () => {
    pass();
    timer = setInterval(pass, intervalMs);
    timer.unref();
    return Promise.resolve();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
  });
}
