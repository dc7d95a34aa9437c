// One colour scale for security levels and one for gaps, used by every page, chart and diagram,
// so SL 2 looks the same on the portfolio heatmap, the zone chart and the diagram.

/** SL 0–4: a sequential blue scale (more protection, darker). */
export const SL_COLORS = ['#e4e8ee', '#b9d3ec', '#74a7d8', '#2f6fb3', '#123f78'] as const;
/** Text colour readable on each SL colour. */
export const SL_TEXT = ['#3a4756', '#1b2a3a', '#0f1d2c', '#ffffff', '#ffffff'] as const;

/** Gap 0 (meets target) to 3+ (far from it); grey when no target is set. */
export const GAP_COLORS = ['#2e9d5b', '#f2c14e', '#ee8434', '#d7263d'] as const;
export const GAP_TEXT = ['#ffffff', '#3d2b00', '#2e1300', '#ffffff'] as const;
export const NO_TARGET_COLOR = '#c9ced6';

/** Series colours for SL-T / SL-C / SL-A in charts and panels. */
export const SERIES_COLORS = { target: '#1b2a3a', capability: '#7b61ff', achieved: '#2f6fb3' } as const;

const clampIndex = (n: number, max: number): number => Math.max(0, Math.min(max, Math.round(n)));

export function slColor(sl: number | null | undefined): string {
  return sl === null || sl === undefined ? NO_TARGET_COLOR : SL_COLORS[clampIndex(sl, 4)]!;
}
export function slText(sl: number | null | undefined): string {
  return sl === null || sl === undefined ? '#3a4756' : SL_TEXT[clampIndex(sl, 4)]!;
}
export function gapColor(gap: number | null | undefined): string {
  return gap === null || gap === undefined ? NO_TARGET_COLOR : GAP_COLORS[clampIndex(gap, 3)]!;
}
export function gapText(gap: number | null | undefined): string {
  return gap === null || gap === undefined ? '#3a4756' : GAP_TEXT[clampIndex(gap, 3)]!;
}

export const FRS = [1, 2, 3, 4, 5, 6, 7] as const;
/** Foundational requirement short names (IEC 62443-1-1 FR 1–7). */
export const FR_NAMES: Record<number, string> = {
  1: 'Identification & authentication',
  2: 'Use control',
  3: 'System integrity',
  4: 'Data confidentiality',
  5: 'Restricted data flow',
  6: 'Timely response to events',
  7: 'Resource availability',
};
export const FR_SHORT: Record<number, string> = { 1: 'IAC', 2: 'UC', 3: 'SI', 4: 'DC', 5: 'RDF', 6: 'TRE', 7: 'RA' };
