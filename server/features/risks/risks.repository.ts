// Plain queries on risk_scenarios, taking `db | trx`; only services open transactions.
import type { Selectable } from 'kysely';
import type { ScenarioRefs } from '../../../core/iec62443/risk/scenario.js';
import type { ThreatScenarioDoc } from '../../../core/schemas/risk-scenario.js';
import type { Queryable } from '../../db/batch.js';
import type { RiskScenariosTable } from '../../db/schema.js';
import { canonicalScenario } from '../../../core/iec62443/risk/canonical-scenario.js';
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

type CountermeasureKind = 'assets' | 'compensatingControls';

/** The site's scenarios that name this asset or compensating control as a countermeasure. */
export async function scenariosNaming(
  db: Queryable,
  siteId: string,
  kind: CountermeasureKind,
  id: string,
): Promise<ScenarioRow[]> {
  // Scenarios per site are few (a register, not an inventory): read them and look in the documents.
  const rows = await listScenarioRows(db, siteId);
  return rows.filter((r) => {
    const doc = JSON.parse(r.doc) as ThreatScenarioDoc;
    return (doc.countermeasures?.[kind] ?? []).includes(id);
  });
}

/**
 * Removes the asset or control from these scenarios' countermeasures (a cascading delete). The
 * scenario's content changes, so an acceptance given for it no longer holds and is cleared.
 */
export async function dropCountermeasure(
  db: Queryable,
  siteId: string,
  rows: readonly ScenarioRow[],
  kind: CountermeasureKind,
  id: string,
  now: string,
): Promise<void> {
  for (const r of rows) {
    const doc = JSON.parse(r.doc) as ThreatScenarioDoc;
    const rest = (doc.countermeasures?.[kind] ?? []).filter((x) => x !== id);
    const cm = { ...doc.countermeasures, [kind]: rest.length > 0 ? rest : undefined };
    if (cm[kind] === undefined) delete cm[kind];
    const next = { ...doc, countermeasures: Object.keys(cm).length > 0 ? cm : undefined };
    await db
      .updateTable('risk_scenarios')
      .set({ doc: JSON.stringify(canonicalScenario(next)), updated_at: now, acceptance: null })
      .where('site_id', '=', siteId)
      .where('id', '=', r.id)
      .execute();
  }
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
