// A risk level in the colours of the risk page (risk-colors.ts), with its tolerability spelled out
// so the colour is never the only cue.
import type { RiskRating } from '../../../core/iec62443/risk/matrix.js';
import type { LevelStyle } from '../risk/risk-colors.js';

export function RiskChip({ risk, styles }: { risk: RiskRating; styles: Map<string, LevelStyle> }) {
  const style = styles.get(risk.id);
  return (
    <span className="ra-risk" style={{ background: style?.background, color: style?.color }}>
      {risk.name}
    </span>
  );
}
