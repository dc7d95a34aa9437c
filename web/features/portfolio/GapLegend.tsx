// The legend of the gap colour scale (SL-T minus SL-A per FR), shared by the portfolio heatmap
// and the zone & conduit diagram so both read the same.
import { GAP_COLORS, NO_TARGET_COLOR } from '../../components/sl-scale.js';

const STEPS = [
  { color: GAP_COLORS[0], label: '0 meets SL-T' },
  { color: GAP_COLORS[1], label: '1' },
  { color: GAP_COLORS[2], label: '2' },
  { color: GAP_COLORS[3], label: '3+' },
] as const;

export function GapLegend({ noTargetLabel = 'no SL-T' }: { noTargetLabel?: string }) {
  return (
    <span className="sl-legend" aria-label="Gap colour scale">
      <span>Gap (SL-T − SL-A):</span>
      {STEPS.map((s) => (
        <span key={s.label}>
          <span className="swatch" style={{ background: s.color }} />
          {s.label}
        </span>
      ))}
      <span>
        <span className="swatch" style={{ background: NO_TARGET_COLOR }} />
        {noTargetLabel}
      </span>
    </span>
  );
}
