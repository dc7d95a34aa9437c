// The canonical form of a threat scenario (IEC 62443-3-2 ZCR 5): fixed key order, undefined
// keys dropped, lists as given. Storage, API answers and the site file all use it, so an
// unchanged scenario compares equal and exports stay byte-stable.
import {
  CONSEQUENCE_CATEGORIES,
  type ConsequenceRatingsDoc,
  type ThreatScenarioDoc,
} from '../../schemas/risk-scenario.js';

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
