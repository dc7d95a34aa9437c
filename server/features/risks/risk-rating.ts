// The computed risk of a stored scenario on the site's effective matrix (IEC 62443-3-2 ZCR 5: the
// risk before and after countermeasures; ZCR 4: compared with the tolerable-risk line). Computed on
// every answer, never stored, so a changed matrix re-rates every scenario at once.
import { OffScaleError, riskLevel, type RiskMatrix } from '../../../core/iec62443/risk/matrix.js';
import { worstRating } from '../../../core/iec62443/risk/scenario.js';
import type { ConsequenceCategory, ThreatScenarioDoc } from '../../../core/schemas/risk-scenario.js';

export interface RiskRatingView {
  /** The risk level id of the cell, e.g. "high". */
  level: string;
  name: string;
  /** 1 = the lowest risk level of the matrix (for sorting). */
  rank: number;
  tolerable: boolean;
  /** The cell rated: the likelihood and the worst consequence (and its category). */
  likelihood: number;
  consequence: number;
  category: ConsequenceCategory;
}

function rate(m: RiskMatrix, likelihood: number, ratings: ThreatScenarioDoc['consequence']): RiskRatingView | null {
  const worst = worstRating(ratings);
  if (!worst) return null;
  try {
    const r = riskLevel(m, likelihood, worst.level);
    return {
      level: r.id,
      name: r.name,
      rank: r.rank,
      tolerable: r.tolerable,
      likelihood,
      consequence: worst.level,
      category: worst.category,
    };
  } catch (e) {
    // The matrix may have shrunk since the scenario was stored: no rating, the warnings say why.
    if (e instanceof OffScaleError) return null;
    throw e;
  }
}

/** Unmitigated: the scenario's likelihood against its worst consequence over the categories. */
export const unmitigatedRisk = (m: RiskMatrix, s: ThreatScenarioDoc): RiskRatingView | null =>
  rate(m, s.likelihood, s.consequence);

/**
 * Residual: rated only when the scenario gives a residual likelihood or residual consequences.
 * What it leaves out stays as unmitigated (a residual likelihood alone keeps the consequences;
 * a category without a residual level keeps its unmitigated one).
 */
export function residualRisk(m: RiskMatrix, s: ThreatScenarioDoc): RiskRatingView | null {
  if (s.residualLikelihood === undefined && s.residualConsequence === undefined) return null;
  return rate(m, s.residualLikelihood ?? s.likelihood, { ...s.consequence, ...s.residualConsequence });
}
