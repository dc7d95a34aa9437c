// The zone's IEC 62443-3-3 checklist: every SR and RE with whether it applies at the zone's
// SL-T, its result and the compensating controls that list it.
import { CATALOG_3_3, describe } from '../../../core/iec62443/catalog.js';
import { controlValidity } from '../../../core/iec62443/controls.js';
import { toVector } from '../../../core/iec62443/sl-vector.js';
import type { Actor } from '../../actor.js';
import { requirePermission } from '../access.js';
import type { Db } from '../../db/connection.js';
import { controlFromRow } from '../compensating-controls/compensating-controls.mapper.js';
import { resultFromRow } from '../results/results.mapper.js';
import { loadZone } from './zones.service.js';
import type { Checklist, ChecklistItem } from '../../../core/api/zone-checklist.js';

export type { Checklist, ChecklistItem } from '../../../core/api/zone-checklist.js';

export async function zoneChecklist(
  db: Db,
  actor: Actor,
  siteId: string,
  zoneId: string,
  asOf: string,
): Promise<Checklist> {
  requirePermission(actor, 'site.read', siteId);
  const zone = await loadZone(db.kysely, siteId, zoneId);
  const [results, controls] = await Promise.all([
    db.kysely.selectFrom('results').selectAll().where('site_id', '=', siteId).where('scope_id', '=', zoneId).execute(),
    db.kysely
      .selectFrom('compensating_controls')
      .selectAll()
      .where('site_id', '=', siteId)
      .where('scope_id', '=', zoneId)
      .orderBy('id')
      .execute(),
  ]);
  const byReq = new Map(results.map((r) => [r.requirement_id, resultFromRow(r)]));
  const docs = controls
    .map(controlFromRow)
    .map((c) => ({ id: c.id, requirements: c.requirements, validity: controlValidity(c, asOf) }));
  const slTarget = zone.slTarget === undefined ? null : toVector(zone.slTarget);
  const items = CATALOG_3_3.map((item): ChecklistItem => {
    const r = byReq.get(item.id);
    const result = r === undefined ? null : typeof r === 'string' ? { status: r } : r;
    const covering = docs
      .filter((c) => c.requirements.includes(item.id))
      .map((c) => ({ id: c.id, validity: c.validity }));
    const own = result !== null && (result.status === 'implemented' || result.status === 'not-applicable');
    return {
      id: item.id,
      fr: item.fr,
      minSl: item.minSl,
      title: item.title,
      description: describe(item.id) ?? null,
      applies: slTarget !== null && item.minSl <= (slTarget[item.fr - 1] ?? 0),
      result,
      controls: covering,
      satisfied: own || covering.some((c) => c.validity === 'valid'),
    };
  });
  return { site: siteId, zone: zoneId, asOf, slTarget, items };
}
