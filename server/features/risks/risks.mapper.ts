// Rows ↔ scenario documents, stored and answered in canonical form (core canonical-scenario.ts).
import type { Selectable } from 'kysely';
import { canonicalScenario } from '../../../core/iec62443/risk/canonical-scenario.js';
import type { ThreatScenarioDoc } from '../../../core/schemas/risk-scenario.js';
import type { RiskScenariosTable } from '../../db/schema.js';

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
