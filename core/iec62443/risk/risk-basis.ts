// Joins the risk matrix (matrix.ts) to the SL-T recommendation (slt-recommendation.ts): the
// recommendation only asks "is this cell tolerable?" and, for its reasons, the names of levels.
import { isTolerable, riskLevel, type RiskMatrix } from './matrix.js';
import type { RiskBasis } from './slt-recommendation.js';

export function riskBasisOf(matrix: RiskMatrix): RiskBasis {
  const tolerable = matrix.riskLevels.find((r) => r.id === matrix.tolerableRisk);
  return {
    isTolerable: (likelihood, consequence) => isTolerable(matrix, likelihood, consequence),
    likelihoodLevels: matrix.likelihood.length,
    consequenceLevels: matrix.consequence.length,
    riskLabel: (likelihood, consequence) => riskLevel(matrix, likelihood, consequence).id,
    tolerableLabel: tolerable?.id ?? matrix.tolerableRisk,
  };
}
