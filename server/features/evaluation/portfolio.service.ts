// The estate at a glance (DESIGN §6 portfolio): per site, how many zones meet their SL-T, the
// gaps per FR and the worst zones; across sites, the worst zones of the estate.
import type { Portfolio, SitePortfolio, WorstZone } from '../../../core/api/portfolio.js';
import type { Eval } from '../../../core/iec62443/evaluate.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { readableBy } from '../access.js';
import { siteEvaluation } from './evaluation.service.js';

export type { Portfolio, SitePortfolio, WorstZone } from '../../../core/api/portfolio.js';

const totalGap = (e: Eval): number => e.gap.reduce((a, b) => a + b, 0);

/** The ten zones with the largest total gap (ties by site and id, for a stable order). */
function worst(zones: WorstZone[]): WorstZone[] {
  return zones
    .filter((z) => z.totalGap > 0)
    .sort((a, b) => b.totalGap - a.totalGap || (a.site < b.site ? -1 : a.site > b.site ? 1 : a.id < b.id ? -1 : 1))
    .slice(0, 10);
}

export async function portfolio(db: Db, actor: Actor, asOf: string): Promise<Portfolio> {
  const readable = readableBy(actor);
  let query = db.kysely.selectFrom('sites').select(['id', 'name', 'regulated']).orderBy('id');
  if (readable) query = query.where('id', 'in', readable.length > 0 ? readable : ['']);
  const sites = await query.execute();
  const out: SitePortfolio[] = [];
  for (const s of sites) {
    const e = await siteEvaluation(db, actor, s.id, asOf);
    const zones = e.zones.map((z) => ({ site: s.id, id: z.id, name: z.id, totalGap: totalGap(z), gap: z.gap }));
    out.push({
      id: s.id,
      name: s.name,
      regulated: s.regulated === 1,
      zones: e.zones.length,
      zonesMeetingTarget: e.zones.filter((z) => z.slTarget !== null && totalGap(z) === 0).length,
      fr: [0, 1, 2, 3, 4, 5, 6].map((i) => ({
        fr: i + 1,
        zonesWithGap: e.zones.filter((z) => (z.gap[i] ?? 0) > 0).length,
        maxGap: Math.max(0, ...e.zones.map((z) => z.gap[i] ?? 0)),
      })),
      worstZones: worst(zones),
    });
  }
  await nameZones(
    db,
    out.flatMap((s) => s.worstZones),
  );
  return { asOf, sites: out, worstZones: worst(out.flatMap((s) => s.worstZones)) };
}

/** Fills in the names of the listed zones (at most ten per site) in one query. */
async function nameZones(db: Db, zones: WorstZone[]): Promise<void> {
  if (zones.length === 0) return;
  const rows = await db.kysely
    .selectFrom('zones')
    .select(['site_id', 'id', 'name'])
    .where('id', 'in', [...new Set(zones.map((z) => z.id))])
    .execute();
  const names = new Map(rows.map((r) => [`${r.site_id}\u0000${r.id}`, r.name]));
  for (const z of zones) z.name = names.get(`${z.site}\u0000${z.id}`) ?? z.id;
}
