// Where the site's scenarios sit on the matrix, before treatment (unmitigated) or after the
// existing countermeasures (residual): one marker per cell with the count and the ids.
import { worstRating } from '../../../core/iec62443/risk/scenario.js';
import type { Marker } from './MatrixGrid.js';
import type { RiskView } from './risks-api.js';

export type MarkerView = 'before' | 'after';

export function scenarioMarkers(risks: readonly RiskView[], view: MarkerView): Marker[] {
  const cells = new Map<string, { likelihood: number; consequence: number; ids: string[] }>();
  for (const r of risks) {
    const likelihood = view === 'before' ? r.likelihood : (r.residualLikelihood ?? r.likelihood);
    const worst = worstRating(view === 'before' ? r.consequence : (r.residualConsequence ?? r.consequence));
    // Not rated after treatment: it stays where it was, which is what an auditor should see.
    if (!worst) continue;
    const key = `${likelihood}:${worst.level}`;
    const cell = cells.get(key) ?? { likelihood, consequence: worst.level, ids: [] };
    cell.ids.push(r.id);
    cells.set(key, cell);
  }
  return [...cells.values()].map((c) => ({
    likelihood: c.likelihood,
    consequence: c.consequence,
    label: String(c.ids.length),
    title: c.ids.join(', '),
  }));
}
