// Makes one site in the database equal to a canonical site document, touching only the
// entities that differ (DESIGN §4: import makes each named site equal to the file).
import { DELTA_ID_SAMPLE, type Delta, type SiteChange } from '../../../core/api/site-files.js';
import type { AssessmentDoc, SiteDoc } from '../../../core/schemas/site-file.js';
import type { CanonicalSite } from '../../../core/sitefile/canonical.js';
import { indexNewAssets, lastAssetPk } from '../../db/asset-search.js';
import { chunks, insertMany, type Queryable } from '../../db/batch.js';
import type { Dialect } from '../../db/dialect.js';
import { assetToRows } from '../assets/assets.mapper.js';
import { controlToRow } from '../compensating-controls/compensating-controls.mapper.js';
import { conduitToRows } from '../conduits/conduits.mapper.js';
import { resultToRow } from '../results/results.mapper.js';
import { siteToRow } from '../sites/sites.mapper.js';
import { zoneToRow } from '../zones/zones.mapper.js';
import type { Actor } from '../../actor.js';
import { AppError } from '../../errors.js';
import { actionList, actionsTargeting } from '../roadmap/roadmap.repository.js';
import { applyScenarioChanges, applySiteMatrix, refuseDanglingRisks } from './site-risk-import.js';

export type { Delta, SiteChange } from '../../../core/api/site-files.js';

interface Diff<T> {
  added: T[];
  changed: T[];
  removed: string[];
}

function diff<T>(current: readonly T[], target: readonly T[], key: (t: T) => string): Diff<T> {
  const before = new Map(current.map((c) => [key(c), JSON.stringify(c)]));
  const out: Diff<T> = { added: [], changed: [], removed: [] };
  const seen = new Set<string>();
  for (const t of target) {
    const k = key(t);
    seen.add(k);
    const prior = before.get(k);
    if (prior === undefined) out.added.push(t);
    else if (prior !== JSON.stringify(t)) out.changed.push(t);
  }
  for (const k of before.keys()) if (!seen.has(k)) out.removed.push(k);
  return out;
}

/** Result keys join scope and requirement with NUL; a report shows them as "scope SR x.y". */
const readable = (key: string): string => key.replace('\u0000', ' ');

function count<T>(d: Diff<T>, key: (t: T) => string): Delta {
  const sample = (keys: string[]) => keys.slice(0, DELTA_ID_SAMPLE).map(readable);
  return {
    added: d.added.length,
    changed: d.changed.length,
    removed: d.removed.length,
    ids: {
      added: sample(d.added.slice(0, DELTA_ID_SAMPLE).map(key)),
      changed: sample(d.changed.slice(0, DELTA_ID_SAMPLE).map(key)),
      removed: sample(d.removed),
    },
  };
}

interface ResultRow {
  key: string;
  scope: string;
  id: string;
  value: AssessmentDoc['results'][string];
}

function flattenResults(assessments: readonly AssessmentDoc[] | undefined): ResultRow[] {
  return (assessments ?? []).flatMap((a) =>
    Object.entries(a.results).map(([id, value]) => ({ key: `${a.scope}\u0000${id}`, scope: a.scope, id, value })),
  );
}

const head = (s: SiteDoc) =>
  JSON.stringify([s.id, s.name, s.location, s.timezone, s.description, s.regulated ?? false]);

/** Applies `target` over `current` (null: the site is new). Returns what changed. */
export async function applySite(
  db: Queryable,
  dialect: Dialect,
  actor: Actor,
  target: CanonicalSite,
  current: CanonicalSite | null,
  now: string,
): Promise<SiteChange> {
  const site = target.id;
  const empty = { zones: [], conduits: [], assets: [], assessments: [], compensatingControls: [], risks: [] };
  const cur = current ?? { ...target, ...empty };
  const zones = diff(cur.zones, target.zones, (z) => z.id);
  const conduits = diff(cur.conduits, target.conduits, (c) => c.id);
  const assets = diff(cur.assets, target.assets, (a) => a.id);
  const results = diff(flattenResults(cur.assessments), flattenResults(target.assessments), (r) => r.key);
  const controls = diff(cur.compensatingControls, target.compensatingControls, (c) => c.id);
  const risks = diff(cur.risks ?? [], target.risks ?? [], (r) => r.id);
  const siteChanged = current !== null && head(current) !== head(target);

  if (current === null)
    await db
      .insertInto('sites')
      .values({ ...siteToRow(target, now), created_at: now })
      .execute();
  else if (siteChanged) await db.updateTable('sites').set(siteToRow(target, now)).where('id', '=', site).execute();

  refuseDanglingRisks(target);
  // Roadmap actions (issue #7) are not in the site file: like threat scenarios before issue #6's
  // file support, an import may not leave them aimed at a zone or conduit it removes.
  const planned = await actionsTargeting(db, site, [...zones.removed, ...conduits.removed]);
  if (planned.length > 0)
    throw new AppError(
      'C981_ERR_IN_USE',
      `site "${site}": the file removes zones or conduits that ${actionList(planned)} target; delete or retarget those actions first`,
    );
  await applyScenarioChanges(db, actor, site, risks, now);
  const riskMatrixChanged = await applySiteMatrix(db, actor, target, current, now);

  // Order matters for the foreign keys: drop what points at removed zones before the zones go.
  for (const ids of chunks(controls.removed))
    await db.deleteFrom('compensating_controls').where('site_id', '=', site).where('id', 'in', ids).execute();
  for (const key of results.removed) {
    const [scope, id] = key.split('\u0000') as [string, string];
    await db
      .deleteFrom('results')
      .where('site_id', '=', site)
      .where('scope_id', '=', scope)
      .where('requirement_id', '=', id)
      .execute();
  }
  for (const ids of chunks(conduits.removed))
    await db.deleteFrom('conduits').where('site_id', '=', site).where('id', 'in', ids).execute();
  for (const ids of chunks(assets.removed))
    await db.deleteFrom('assets').where('site_id', '=', site).where('id', 'in', ids).execute();

  await insertMany(
    db,
    'zones',
    zones.added.map((z) => ({ ...zoneToRow(site, z, now), created_at: now })),
  );
  for (const z of zones.changed)
    await db
      .updateTable('zones')
      .set(zoneToRow(site, z, now))
      .where('site_id', '=', site)
      .where('id', '=', z.id)
      .execute();

  const newAssets = assets.added.map((a) => assetToRows(site, a, now));
  const lastPk = await lastAssetPk(db);
  await insertMany(
    db,
    'assets',
    newAssets.map((a) => ({ ...a.row, created_at: now })),
  );
  await indexNewAssets(db, dialect, lastPk);
  await insertMany(
    db,
    'asset_capabilities',
    newAssets.flatMap((a) => a.capabilities),
  );
  for (const a of assets.changed) {
    const { row, capabilities } = assetToRows(site, a, now);
    await db.updateTable('assets').set(row).where('site_id', '=', site).where('id', '=', a.id).execute();
    await db.deleteFrom('asset_capabilities').where('site_id', '=', site).where('asset_id', '=', a.id).execute();
    await insertMany(db, 'asset_capabilities', capabilities);
  }

  const newConduits = conduits.added.map((c) => conduitToRows(site, c, now));
  await insertMany(
    db,
    'conduits',
    newConduits.map((c) => ({ ...c.row, created_at: now })),
  );
  await insertMany(
    db,
    'conduit_zones',
    newConduits.flatMap((c) => c.members),
  );
  await insertMany(
    db,
    'channels',
    newConduits.flatMap((c) => c.channels),
  );
  for (const c of conduits.changed) {
    const { row, members, channels } = conduitToRows(site, c, now);
    await db.updateTable('conduits').set(row).where('site_id', '=', site).where('id', '=', c.id).execute();
    await db.deleteFrom('conduit_zones').where('site_id', '=', site).where('conduit_id', '=', c.id).execute();
    await db.deleteFrom('channels').where('site_id', '=', site).where('conduit_id', '=', c.id).execute();
    await insertMany(db, 'conduit_zones', members);
    await insertMany(db, 'channels', channels);
  }

  for (const ids of chunks(zones.removed))
    await db.deleteFrom('zones').where('site_id', '=', site).where('id', 'in', ids).execute();

  await insertMany(
    db,
    'results',
    results.added.map((r) => resultToRow(site, r.scope, r.id, r.value, now)),
  );
  for (const r of results.changed) {
    const row = resultToRow(site, r.scope, r.id, r.value, now);
    await db
      .updateTable('results')
      .set(row)
      .where('site_id', '=', site)
      .where('scope_id', '=', r.scope)
      .where('requirement_id', '=', r.id)
      .execute();
  }

  await insertMany(
    db,
    'compensating_controls',
    controls.added.map((c) => ({ ...controlToRow(site, c, now), created_at: now })),
  );
  for (const c of controls.changed)
    await db
      .updateTable('compensating_controls')
      .set(controlToRow(site, c, now))
      .where('site_id', '=', site)
      .where('id', '=', c.id)
      .execute();

  return {
    site,
    created: current === null,
    siteChanged,
    zones: count(zones, (z) => z.id),
    conduits: count(conduits, (c) => c.id),
    assets: count(assets, (a) => a.id),
    results: count(results, (r) => r.key),
    compensatingControls: count(controls, (c) => c.id),
    riskMatrixChanged,
    risks: count(risks, (r) => r.id),
  };
}
