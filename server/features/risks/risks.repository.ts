// Plain queries on risk_scenarios, taking `db | trx`; only services open transactions.
import type { Selectable } from 'kysely';
import type { ScenarioRefs } from '../../../core/iec62443/risk/scenario.js';
import type { ThreatScenarioDoc } from '../../../core/schemas/risk-scenario.js';
import type { Queryable } from '../../db/batch.js';
import type { RiskScenariosTable } from '../../db/schema.js';
import { existingAssets, existingZones } from '../site-refs.js';

export type ScenarioRow = Selectable<RiskScenariosTable>;

export function listScenarioRows(db: Queryable, siteId: string, target?: string): Promise<ScenarioRow[]> {
  let q = db.selectFrom('risk_scenarios').selectAll().where('site_id', '=', siteId).orderBy('id');
  if (target !== undefined) q = q.where('target_id', '=', target);
  return q.execute();
}

export function findScenarioRow(db: Queryable, siteId: string, id: string): Promise<ScenarioRow | undefined> {
  return db
    .selectFrom('risk_scenarios')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Ids of the site's scenarios about any of these zones or conduits (for delete checks). */
export async function scenariosTargeting(db: Queryable, siteId: string, targets: readonly string[]): Promise<string[]> {
  if (targets.length === 0) return [];
  const rows = await db
    .selectFrom('risk_scenarios')
    .select('id')
    .where('site_id', '=', siteId)
    .where('target_id', 'in', [...targets])
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/** "risk scenarios (s-1, s-2, …)" for the 409 of a zone or conduit delete; at most ten ids named. */
export const riskList = (ids: readonly string[]): string =>
  `risk scenarios (${ids.slice(0, 10).join(', ')}${ids.length > 10 ? `, and ${ids.length - 10} more` : ''})`;

/** Deletes the scenarios about these zones or conduits (cascading deletes). */
export async function deleteScenariosTargeting(
  db: Queryable,
  siteId: string,
  targets: readonly string[],
): Promise<void> {
  if (targets.length === 0) return;
  await db
    .deleteFrom('risk_scenarios')
    .where('site_id', '=', siteId)
    .where('target_id', 'in', [...targets])
    .execute();
}

async function existing(
  db: Queryable,
  table: 'conduits' | 'compensating_controls',
  siteId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom(table)
    .select('id')
    .where('site_id', '=', siteId)
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * The ids a scenario names that exist in the site, in the shape `validateScenario` checks
 * references against. Only the named ids are looked up, so large sites cost no more.
 */
export async function scenarioRefs(db: Queryable, siteId: string, s: ThreatScenarioDoc): Promise<ScenarioRefs> {
  const cm = s.countermeasures ?? {};
  const [zones, conduits, assets, compensatingControls] = await Promise.all([
    existingZones(db, siteId, s.target.kind === 'zone' ? [s.target.id] : []),
    existing(db, 'conduits', siteId, s.target.kind === 'conduit' ? [s.target.id] : []),
    existingAssets(db, siteId, cm.assets ?? []),
    existing(db, 'compensating_controls', siteId, cm.compensatingControls ?? []),
  ]);
  return { zones, conduits, assets, compensatingControls };
}
