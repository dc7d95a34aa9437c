// Evaluations of sites, zones and conduits, computed with the same core functions as
// `c981 evaluate` and `c981 lint` on the site as stored.
import { isIsoDate, todayUtc } from '../../../core/iec62443/dates.js';
import { evaluateSite, type Eval, type SiteEval } from '../../../core/iec62443/evaluate.js';
import type { Finding } from '../../../core/iec62443/lint/finding.js';
import { lintSite } from '../../../core/iec62443/lint/lint-site.js';
import type { Actor } from '../../actor.js';
import { requirePermission } from '../access.js';
import type { Db } from '../../db/connection.js';
import { AppError, notFound } from '../../errors.js';
import { siteRevision } from '../site-refs.js';
import { loadSite } from '../site-files/site-loader.js';
import { cached } from './evaluation.cache.js';
import { recordSlHistory } from '../trends/trends.recorder.js';

export interface SiteEvaluation extends SiteEval {
  asOf: string;
  findings: Finding[];
}

/** DESIGN §6 `?asOf=YYYY-MM-DD`, today (UTC) by default. */
export function parseAsOf(value: string | undefined): string {
  if (value === undefined) return todayUtc();
  if (!isIsoDate(value))
    throw new AppError('C981_ERR_VALIDATION', `asOf must be a date YYYY-MM-DD; got "${value}"`, [
      { path: 'asOf', message: 'not a date' },
    ]);
  return value;
}

export async function siteEvaluation(db: Db, actor: Actor, siteId: string, asOf: string): Promise<SiteEvaluation> {
  requirePermission(actor, 'site.read', siteId);
  const revision = await siteRevision(db.kysely, siteId);
  return cached(db, siteId, revision, `eval:${asOf}`, async () => {
    const site = await loadSite(db.kysely, siteId);
    if (!site) throw notFound('site', siteId);
    const evaluation = { asOf, ...evaluateSite(site, asOf), findings: lintSite(site, asOf) };
    // Issue #7 "recorded on change": a new revision is a change, so today's SL history follows it.
    await recordSlHistory(db, site, revision, evaluation);
    return evaluation;
  });
}

export async function scopeEvaluation(
  db: Db,
  actor: Actor,
  siteId: string,
  kind: 'zone' | 'conduit',
  id: string,
  asOf: string,
): Promise<Eval & { asOf: string }> {
  const site = await siteEvaluation(db, actor, siteId, asOf);
  const found = (kind === 'zone' ? site.zones : site.conduits).find((e) => e.id === id);
  if (!found) throw notFound(kind, id);
  return { asOf, ...found };
}
