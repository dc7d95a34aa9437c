// Rows ↔ scenario documents. The stored and answered form is canonical (fixed key order, lists as
// given) so an unchanged scenario compares equal and exports stay stable.
import type { Selectable } from 'kysely';
import {
  CONSEQUENCE_CATEGORIES,
  type ConsequenceRatingsDoc,
  type ThreatScenarioDoc,
} from '../../../core/schemas/risk-scenario.js';
import type { RiskScenariosTable } from '../../db/schema.js';

/** Drops undefined values so JSON and deep-equality see the same keys. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const ratings = (r: ConsequenceRatingsDoc): ConsequenceRatingsDoc =>
  compact(Object.fromEntries(CONSEQUENCE_CATEGORIES.map((c) => [c, r[c]])) as ConsequenceRatingsDoc);

export function canonicalScenario(s: ThreatScenarioDoc): ThreatScenarioDoc {
  const cm = s.countermeasures;
  return compact({
    id: s.id,
    title: s.title,
    description: s.description,
    target: { kind: s.target.kind, id: s.target.id },
    threatSource: compact({
      name: s.threatSource.name,
      kind: s.threatSource.kind,
      capability: s.threatSource.capability,
      description: s.threatSource.description,
    }),
    vector: s.vector,
    vulnerability: s.vulnerability,
    affectedFrs: [...s.affectedFrs],
    consequence: ratings(s.consequence),
    likelihood: s.likelihood,
    countermeasures: cm
      ? compact({ assets: cm.assets, requirements: cm.requirements, compensatingControls: cm.compensatingControls })
      : undefined,
    residualLikelihood: s.residualLikelihood,
    residualConsequence: s.residualConsequence ? ratings(s.residualConsequence) : undefined,
  });
}

export function scenarioFromRow(r: Selectable<RiskScenariosTable>): ThreatScenarioDoc {
  const doc = JSON.parse(r.doc) as ThreatScenarioDoc;
  // The columns are the truth for the key and the target (they are what deletes and filters use).
  return canonicalScenario({
    ...doc,
    id: r.id,
    target: { kind: r.target_kind as ThreatScenarioDoc['target']['kind'], id: r.target_id },
  });
}

export function scenarioToRow(
  siteId: string,
  s: ThreatScenarioDoc,
  now: string,
): Omit<RiskScenariosTable, 'created_at' | 'acceptance'> {
  return {
    site_id: siteId,
    id: s.id,
    target_kind: s.target.kind,
    target_id: s.target.id,
    doc: JSON.stringify(canonicalScenario(s)),
    updated_at: now,
  };
}
