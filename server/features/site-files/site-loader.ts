// Reads one whole site from the database in canonical site-file form (export, import diff).
import type { SiteDoc } from '../../../core/schemas/site-file.js';
import { canonicalSite } from '../../../core/sitefile/canonical.js';
import type { Queryable } from '../../db/batch.js';
import { assetFromRow } from '../assets/assets.mapper.js';
import { controlFromRow } from '../compensating-controls/compensating-controls.mapper.js';
import { conduitFromRows } from '../conduits/conduits.mapper.js';
import { resultFromRow } from '../results/results.mapper.js';
import { siteFromRow } from '../sites/sites.mapper.js';
import { zoneFromRow } from '../zones/zones.mapper.js';

function groupBy<T, K>(rows: readonly T[], key: (r: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

export async function loadSite(db: Queryable, siteId: string): Promise<ReturnType<typeof canonicalSite> | null> {
  const site = await db.selectFrom('sites').selectAll().where('id', '=', siteId).executeTakeFirst();
  if (!site) return null;
  const [zones, conduits, members, channels, assets, caps, results, controls] = await Promise.all([
    db.selectFrom('zones').selectAll().where('site_id', '=', siteId).execute(),
    db.selectFrom('conduits').selectAll().where('site_id', '=', siteId).execute(),
    db.selectFrom('conduit_zones').selectAll().where('site_id', '=', siteId).execute(),
    db.selectFrom('channels').selectAll().where('site_id', '=', siteId).execute(),
    db.selectFrom('assets').selectAll().where('site_id', '=', siteId).execute(),
    db.selectFrom('asset_capabilities').selectAll().where('site_id', '=', siteId).execute(),
    db.selectFrom('results').selectAll().where('site_id', '=', siteId).execute(),
    db.selectFrom('compensating_controls').selectAll().where('site_id', '=', siteId).execute(),
  ]);
  const membersBy = groupBy(members, (m) => m.conduit_id);
  const channelsBy = groupBy(channels, (c) => c.conduit_id);
  const capsBy = groupBy(caps, (c) => c.asset_id);
  const resultsBy = groupBy(results, (r) => r.scope_id);
  const doc: SiteDoc = {
    ...siteFromRow(site),
    zones: zones.map(zoneFromRow),
    conduits: conduits.map((c) => conduitFromRows(c, membersBy.get(c.id) ?? [], channelsBy.get(c.id) ?? [])),
    assets: assets.map((a) => assetFromRow(a, capsBy.get(a.id))),
    assessments: [...resultsBy].map(([scope, rows]) => ({
      scope,
      results: Object.fromEntries(rows.map((r) => [r.requirement_id, resultFromRow(r)])),
    })),
    compensatingControls: controls.map(controlFromRow),
  };
  return canonicalSite(doc);
}

export async function organizationName(db: Queryable): Promise<string | undefined> {
  const row = await db.selectFrom('organization').select('name').where('id', '=', 1).executeTakeFirst();
  return row?.name ?? undefined;
}
