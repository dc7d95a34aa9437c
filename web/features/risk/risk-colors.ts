// Colours of risk levels: tolerable levels green to amber, intolerable orange to red, by rank, so
// any matrix (3 to 8 levels, any tolerable line) reads the same way. Distinct from the SL scale on
// purpose: a risk level is not a security level.
import type { RiskMatrix } from '../../../core/schemas/risk-matrix.js';

const TOLERABLE = ['#cdebd6', '#e6f2c2', '#f7eab0'];
const INTOLERABLE = ['#f8c9a0', '#f29a8e', '#e0616b', '#c1272d'];

export interface LevelStyle {
  background: string;
  color: string;
  tolerable: boolean;
  name: string;
}

export function levelStyles(matrix: RiskMatrix): Map<string, LevelStyle> {
  const line = matrix.riskLevels.findIndex((r) => r.id === matrix.tolerableRisk);
  const out = new Map<string, LevelStyle>();
  matrix.riskLevels.forEach((r, i) => {
    const tolerable = i <= line;
    const palette = tolerable ? TOLERABLE : INTOLERABLE;
    const pos = tolerable ? i : i - line - 1;
    const count = tolerable ? line + 1 : matrix.riskLevels.length - line - 1;
    const index =
      count <= 1 ? (tolerable ? 0 : palette.length - 1) : Math.round((pos / (count - 1)) * (palette.length - 1));
    const background = palette[Math.min(palette.length - 1, Math.max(0, index))] ?? '#eee';
    out.set(r.id, { background, color: !tolerable && index >= 2 ? '#fff' : '#1b2a3a', tolerable, name: r.name });
  });
  return out;
}
