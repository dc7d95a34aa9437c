// Risk-matrix math. IEC 62443-3-2 ZCR 2 (initial risk), ZCR 4 (compare it with the tolerable
// risk) and ZCR 5 (detailed risk per threat scenario) all rate a likelihood and a consequence on
// the asset owner's matrix; this module reads that matrix and checks it is coherent.
import type { Issue } from '../../sitefile/issue.js';
import {
  CONSEQUENCE_CATEGORIES,
  type ConsequenceCategory,
  type RiskLevelDef,
  type RiskMatrix,
} from '../../schemas/risk-matrix.js';

export { DEFAULT_RISK_MATRIX } from './default-matrix.js';
export { CONSEQUENCE_CATEGORIES, type ConsequenceCategory, type RiskLevelDef, type RiskMatrix };

/** A rated cell: the risk level, its rank (1 = lowest) and whether it is within the tolerable-risk line. */
export interface RiskRating {
  id: string;
  name: string;
  rank: number;
  tolerable: boolean;
}

/** A likelihood or consequence that is not a level of the matrix's scale. */
export class OffScaleError extends Error {
  constructor(
    readonly axis: 'likelihood' | 'consequence',
    readonly value: number,
    /** The highest level of the scale (levels run from 1). */
    readonly max: number,
  ) {
    super(`${axis} ${value} is off the scale: give a whole number from 1${Number.isFinite(max) ? ` to ${max}` : ''}`);
    this.name = 'OffScaleError';
  }
}

/**
 * Checks what the schema cannot: both scales numbered 1, 2, … in order, unique risk level ids,
 * one row per likelihood and one cell per consequence, every cell a known level, risk never
 * lower when likelihood or consequence rises, and a tolerable level that exists.
 * Returns the problems with their paths (empty when the matrix is coherent).
 */
export function validateMatrix(m: RiskMatrix): Issue[] {
  const issues: Issue[] = [];
  for (const axis of ['likelihood', 'consequence'] as const)
    m[axis].forEach((l, i) => {
      if (l.level !== i + 1)
        issues.push({ path: [axis, i, 'level'], message: `must be ${i + 1}: levels run 1, 2, … lowest first` });
    });

  const rank = new Map<string, number>();
  m.riskLevels.forEach((r, i) => {
    if (rank.has(r.id)) issues.push({ path: ['riskLevels', i, 'id'], message: `"${r.id}" is used twice` });
    else rank.set(r.id, i + 1);
  });
  if (!rank.has(m.tolerableRisk))
    issues.push({ path: ['tolerableRisk'], message: `"${m.tolerableRisk}" is not one of the riskLevels ids` });

  const rows = m.likelihood.length;
  const cols = m.consequence.length;
  if (m.cells.length !== rows)
    issues.push({
      path: ['cells'],
      message: `needs one row per likelihood level: ${rows}, not ${m.cells.length}`,
    });
  m.cells.forEach((row, l) => {
    if (row.length !== cols)
      issues.push({
        path: ['cells', l],
        message: `needs one cell per consequence level: ${cols}, not ${row.length}`,
      });
    row.forEach((id, c) => {
      const r = rank.get(id);
      if (r === undefined) {
        issues.push({ path: ['cells', l, c], message: `"${id}" is not one of the riskLevels ids` });
        return;
      }
      // Monotonic: a more likely or more severe event is never a lower risk (else ZCR 4 could
      // call a worse case tolerable and a milder one not).
      const left = c > 0 ? rank.get(row[c - 1] ?? '') : undefined;
      const below = l > 0 ? rank.get(m.cells[l - 1]?.[c] ?? '') : undefined;
      if (left !== undefined && r < left)
        issues.push({
          path: ['cells', l, c],
          message: `"${id}" is lower than "${row[c - 1]}" of likelihood ${l + 1} × consequence ${c}: risk must not fall as consequence rises`,
        });
      if (below !== undefined && r < below)
        issues.push({
          path: ['cells', l, c],
          message: `"${id}" is lower than "${m.cells[l - 1]?.[c]}" of likelihood ${l} × consequence ${c + 1}: risk must not fall as likelihood rises`,
        });
    });
  });
  return issues;
}

function checkLevel(axis: 'likelihood' | 'consequence', value: number, max: number): void {
  if (!Number.isInteger(value) || value < 1 || value > max) throw new OffScaleError(axis, value, max);
}

/**
 * The risk of one cell. Throws OffScaleError for a likelihood or consequence off the scale.
 *
 * @example
 * riskLevel(DEFAULT_RISK_MATRIX, 3, 4) // { id: 'high', name: 'High', rank: 3, tolerable: false }
 */
export function riskLevel(m: RiskMatrix, likelihood: number, consequence: number): RiskRating {
  checkLevel('likelihood', likelihood, m.likelihood.length);
  checkLevel('consequence', consequence, m.consequence.length);
  const id = m.cells[likelihood - 1]?.[consequence - 1];
  const index = m.riskLevels.findIndex((r) => r.id === id);
  const def = m.riskLevels[index];
  if (!def)
    throw new Error(`invalid risk matrix: cell ${likelihood}×${consequence} has no known level (validate it first)`);
  return { id: def.id, name: def.name, rank: index + 1, tolerable: index + 1 <= tolerableRank(m) };
}

/** The rank of the tolerable-risk line: levels of this rank or lower are tolerable. */
export function tolerableRank(m: RiskMatrix): number {
  const i = m.riskLevels.findIndex((r) => r.id === m.tolerableRisk);
  if (i < 0) throw new Error(`invalid risk matrix: tolerableRisk "${m.tolerableRisk}" is not a risk level`);
  return i + 1;
}

/** IEC 62443-3-2 ZCR 4: whether the cell's risk is at or below the tolerable-risk line. */
export function isTolerable(m: RiskMatrix, likelihood: number, consequence: number): boolean {
  return riskLevel(m, likelihood, consequence).tolerable;
}

/**
 * IEC 62443-3-2 ZCR 2/5: a scenario is rated by its worst consequence over the categories.
 * Returns the highest level given, or null when no category is rated. Throws OffScaleError for
 * a level below 1 or not whole (the upper bound is the matrix's, checked by riskLevel).
 */
export function worstConsequence(perCategory: Partial<Record<ConsequenceCategory, number>>): number | null {
  let worst: number | null = null;
  for (const category of CONSEQUENCE_CATEGORIES) {
    const v = perCategory[category];
    if (v === undefined) continue;
    if (!Number.isInteger(v) || v < 1) throw new OffScaleError('consequence', v, Number.POSITIVE_INFINITY);
    worst = worst === null ? v : Math.max(worst, v);
  }
  return worst;
}

/** Whether two matrices say the same (key order aside): a no-op change writes and records nothing. */
export const sameMatrix = (a: RiskMatrix, b: RiskMatrix): boolean =>
  JSON.stringify(canonicalMatrix(a)) === JSON.stringify(canonicalMatrix(b));

/** The matrix with keys in a fixed order (the canonical form for storage, export and comparison). */
export function canonicalMatrix(m: RiskMatrix): RiskMatrix {
  return {
    likelihood: m.likelihood.map((l) => ({ level: l.level, name: l.name, description: l.description })),
    consequence: m.consequence.map((c) => ({
      level: c.level,
      name: c.name,
      categories: Object.fromEntries(CONSEQUENCE_CATEGORIES.map((k) => [k, c.categories[k]])) as Record<
        ConsequenceCategory,
        string
      >,
    })),
    riskLevels: m.riskLevels.map((r) => ({
      id: r.id,
      name: r.name,
      ...(r.description !== undefined ? { description: r.description } : {}),
    })),
    cells: m.cells.map((row) => [...row]),
    tolerableRisk: m.tolerableRisk,
  };
}
