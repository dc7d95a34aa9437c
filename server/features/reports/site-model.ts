// The parts of a site's model the register-style reports need (zones, conduits, asset counts,
// controls), read without loading its assets: a 100k-asset site costs one grouped count here.
import type { CompensatingControlDoc, ConduitDoc, ZoneDoc } from '../../../core/schemas/site-file.js';
import { byId } from '../../../core/sitefile/canonical.js';
import type { Queryable } from '../../db/batch.js';
import { controlFromRow } from '../compensating-controls/compensating-controls.mapper.js';
import { conduitFromRows } from '../conduits/conduits.mapper.js';
import { zoneFromRow } from '../zones/zones.mapper.js';

export async function siteZones(db: Queryable, siteId: string): Promise<ZoneDoc[]> {
  const rows = await db.selectFrom('zones').selectAll().where('site_id', '=', siteId).execute();
  return rows.map(zoneFromRow).sort(byId);
}

export async function siteConduits(db: Queryable, siteId: string): Promise<ConduitDoc[]> {
  const [conduits, members, channels] = await Promise.all([
    db.selectFrom('conduits').selectAll().where('site_id', '=', siteId).execute(),
    db.selectFrom('conduit_zones').selectAll().where('site_id', '=', siteId).execute(),
    db.selectFrom('channels').selectAll().where('site_id', '=', siteId).execute(),
  ]);
  return conduits
    .map((c) =>
      conduitFromRows(
        c,
        members.filter((m) => m.conduit_id === c.id),
        channels.filter((ch) => ch.conduit_id === c.id),
      ),
    )
    .sort(byId);
}

/** Assets per zone id (unzoned assets are not counted). */
export async function assetCounts(db: Queryable, siteId: string): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('assets')
    .select(['zone_id', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('site_id', '=', siteId)
    .where('zone_id', 'is not', null)
    .groupBy('zone_id')
    .execute();
  // PostgreSQL answers COUNT as a string.
  return Object.fromEntries(rows.map((r) => [r.zone_id as string, Number(r.n)]));
}

export async function siteControls(db: Queryable, siteId: string): Promise<CompensatingControlDoc[]> {
  const rows = await db.selectFrom('compensating_controls').selectAll().where('site_id', '=', siteId).execute();
  return rows.map(controlFromRow).sort(byId);
}

/** Account id → the person's name, for the accounts listed (approvers, signers). */
export async function peopleNames(db: Queryable, ids: readonly string[]): Promise<Record<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return {};
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', unique).execute();
  return Object.fromEntries(rows.map((r) => [r.id, r.name]));
}
