// What every report's header says besides its own title: the site, when it was generated, the date
// it is evaluated at, the site's latest baseline (issue #7: the model as last frozen) and who asked.
import type { ReportContext } from '../../../core/reports/model.js';
import type { Actor } from '../../actor.js';
import type { Queryable } from '../../db/batch.js';
import { notFound } from '../../errors.js';

export const nowStamp = (): string => `${new Date().toISOString().slice(0, 19)}Z`;

async function latestBaseline(db: Queryable, siteId: string): Promise<ReportContext['baseline']> {
  const row = await db
    .selectFrom('baselines')
    .select(['id', 'name', 'taken_at'])
    .where('site_id', '=', siteId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { id: row.id, name: row.name, takenAt: row.taken_at } : null;
}

/** The context of a site report; 404 when the site does not exist. */
export async function siteReportContext(
  db: Queryable,
  actor: Actor,
  siteId: string,
  asOf: string,
): Promise<ReportContext> {
  const site = await db.selectFrom('sites').select(['id', 'name']).where('id', '=', siteId).executeTakeFirst();
  if (!site) throw notFound('site', siteId);
  return {
    site: { id: site.id, name: site.name },
    generatedAt: nowStamp(),
    asOf,
    baseline: await latestBaseline(db, siteId),
    author: actor.name,
  };
}

/** The context of a report across sites (the portfolio, the estate's inventory). */
export const estateReportContext = (actor: Actor, asOf: string, scope?: string): ReportContext => ({
  site: null,
  ...(scope ? { scope } : {}),
  generatedAt: nowStamp(),
  asOf,
  baseline: null,
  author: actor.name,
});
