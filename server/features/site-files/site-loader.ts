// Reads one whole site from the database in canonical site-file form (export, import diff).
import { compare33 } from '../../../core/iec62443/catalog.js';
import { byId, type CanonicalSite } from '../../../core/sitefile/canonical.js';
import type { Queryable } from '../../db/batch.js';
import { ASSET_COLUMNS, assetFromRow } from '../assets/assets.mapper.js';
import { controlFromRow } from '../compensating-controls/compensating-controls.mapper.js';
import { conduitFromRows } from '../conduits/conduits.mapper.js';
import { resultFromRow } from '../results/results.mapper.js';
import { siteFromRow } from '../sites/sites.mapper.js';
import { zoneFromRow } from '../zones/zones.mapper.js';
import { findSiteMatrix } from '../risk-matrix/risk-matrix.repository.js';
import { scenarioFromRow } from '../risks/risks.mapper.js';

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

export async function loadSite(db: Queryable, siteId: string): Promise<CanonicalSite | null> {
  const site = await db.selectFrom('sites').selectAll().where('id', '=', siteId).executeTakeFirst();
  if (!site) return null;
  const [zones, conduits, members, channels, assets, caps, results, controls, matrix, risks] = await Promise.all([
    db.selectFrom('zones').selectAll().where('site_id', '=', siteId).execute(),
    db.selectFrom('conduits').selectAll().where('site_id', '=', siteId).execute(),
    db.selectFrom('conduit_zones').selectAll().where('site_id', '=', siteId).execute(),
    db.selectFrom('channels').selectAll().where('site_id', '=', siteId).execute(),
    db.selectFrom('assets').select(ASSET_COLUMNS).where('site_id', '=', siteId).execute(),
    db.selectFrom('asset_capabilities').selectAll().where('site_id', '=', siteId).execute(),
    db.selectFrom('results').selectAll().where('site_id', '=', siteId).execute(),
    db.selectFrom('compensating_controls').selectAll().where('site_id', '=', siteId).execute(),
    findSiteMatrix(db, siteId),
    db.selectFrom('risk_scenarios').selectAll().where('site_id', '=', siteId).execute(),
  ]);
  const membersBy = groupBy(members, (m) => m.conduit_id);
  const channelsBy = groupBy(channels, (c) => c.conduit_id);
  const capsBy = groupBy(caps, (c) => c.asset_id);
  const resultsBy = groupBy(results, (r) => r.scope_id);
  // The mappers already answer canonical entities; only the canonical order remains to apply.
  return {
    ...siteFromRow(site),
    zones: zones.map(zoneFromRow).sort(byId),
    conduits: conduits.map((c) => conduitFromRows(c, membersBy.get(c.id) ?? [], channelsBy.get(c.id) ?? [])).sort(byId),
    assets: assets.map((a) => assetFromRow(a, capsBy.get(a.id))).sort(byId),
    assessments: [...resultsBy]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([scope, rows]) => ({
        scope,
        results: Object.fromEntries(
          rows
            .sort((a, b) => compare33(a.requirement_id, b.requirement_id))
            .map((r) => [r.requirement_id, resultFromRow(r)]),
        ),
      })),
    compensatingControls: controls.map(controlFromRow).sort(byId),
    // Stored canonical (risk-matrix.repository.ts, risks.mapper.ts); absent when there is none.
    ...(matrix ? { riskMatrix: matrix.matrix } : {}),
    ...(risks.length > 0 ? { risks: risks.map(scenarioFromRow).sort(byId) } : {}),
  };
}

export async function organizationName(db: Queryable): Promise<string | undefined> {
  const row = await db.selectFrom('organization').select('name').where('id', '=', 1).executeTakeFirst();
  return row?.name ?? undefined;
}
