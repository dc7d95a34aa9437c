// The app's colour scales, so SL 2 and a gap of 1 look the same in a PDF as on screen. Copied
// from web/components/sl-scale.ts (SL_COLORS, SL_TEXT, GAP_COLORS, GAP_TEXT, NO_TARGET_COLOR,
// SERIES_COLORS): the server does not import the web app (docs/ARCHITECTURE.md dependency rule),
// and render/colors.test.ts checks the two stay equal.
import type { ColumnKind } from '../../../../core/reports/model.js';

/** SL 0–4: a sequential blue scale (more protection, darker). */
export const SL_COLORS = ['#e4e8ee', '#b9d3ec', '#74a7d8', '#2f6fb3', '#123f78'] as const;
export const SL_TEXT = ['#3a4756', '#1b2a3a', '#0f1d2c', '#ffffff', '#ffffff'] as const;
/** Gap 0 (meets target) to 3+ (far from it). */
export const GAP_COLORS = ['#2e9d5b', '#f2c14e', '#ee8434', '#d7263d'] as const;
export const GAP_TEXT = ['#ffffff', '#3d2b00', '#2e1300', '#ffffff'] as const;
/** No target / unknown. */
export const NO_VALUE_COLOR = '#c9ced6';
export const NO_VALUE_TEXT = '#3a4756';
export const SERIES_COLORS = { target: '#1b2a3a', capability: '#7b61ff', achieved: '#2f6fb3' } as const;

const clamp = (n: number, max: number): number => Math.max(0, Math.min(max, Math.round(n)));

export interface CellColors {
  fill: string;
  text: string;
}

/** The fill and text colour of one FR cell of a vector column; null for plain (count) cells. */
export function vectorCellColors(kind: ColumnKind, value: number | null): CellColors | null {
  if (kind !== 'sl' && kind !== 'gap') return null;
  if (value === null) return { fill: NO_VALUE_COLOR, text: NO_VALUE_TEXT };
  if (kind === 'sl')
    return { fill: SL_COLORS[clamp(value, 4)] ?? NO_VALUE_COLOR, text: SL_TEXT[clamp(value, 4)] ?? '' };
  return { fill: GAP_COLORS[clamp(value, 3)] ?? NO_VALUE_COLOR, text: GAP_TEXT[clamp(value, 3)] ?? '' };
}
