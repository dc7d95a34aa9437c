import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RISK_MATRIX,
  OffScaleError,
  canonicalMatrix,
  isTolerable,
  riskLevel,
  sameMatrix,
  tolerableRank,
  validateMatrix,
  worstConsequence,
  type RiskMatrix,
} from './matrix.js';

/** A deep copy to break on purpose. */
const copy = (): RiskMatrix => structuredClone(DEFAULT_RISK_MATRIX);

/** A hand-made 3×2 matrix: two levels, the line between them. */
const SMALL: RiskMatrix = {
  likelihood: [
    { level: 1, name: 'Low', description: 'seldom' },
    { level: 2, name: 'Mid', description: 'sometimes' },
    { level: 3, name: 'High', description: 'often' },
  ],
  consequence: [1, 2].map((level) => ({
    level,
    name: `C${level}`,
    categories: {
      'health-safety': 'x',
      environment: 'x',
      'production-financial': 'x',
      reputation: 'x',
      'regulatory-quality': 'x',
    },
  })),
  riskLevels: [
    { id: 'ok', name: 'OK' },
    { id: 'bad', name: 'Bad' },
  ],
  cells: [
    ['ok', 'ok'],
    ['ok', 'bad'],
    ['bad', 'bad'],
  ],
  tolerableRisk: 'ok',
};

describe('the default matrix', () => {
  it('is coherent and 5×5 with four levels, tolerable up to medium', () => {
    expect(validateMatrix(DEFAULT_RISK_MATRIX)).toEqual([]);
    expect(DEFAULT_RISK_MATRIX.cells).toHaveLength(5);
    expect(DEFAULT_RISK_MATRIX.cells.every((r) => r.length === 5)).toBe(true);
    expect(tolerableRank(DEFAULT_RISK_MATRIX)).toBe(2);
  });

  it('rates hand-picked cells', () => {
    expect(riskLevel(DEFAULT_RISK_MATRIX, 1, 1)).toEqual({ id: 'low', name: 'Low', rank: 1, tolerable: true });
    expect(riskLevel(DEFAULT_RISK_MATRIX, 2, 3)).toEqual({ id: 'medium', name: 'Medium', rank: 2, tolerable: true });
    expect(riskLevel(DEFAULT_RISK_MATRIX, 3, 4)).toEqual({ id: 'high', name: 'High', rank: 3, tolerable: false });
    // A severe consequence is never low or tolerable, however rare.
    expect(riskLevel(DEFAULT_RISK_MATRIX, 1, 5).id).toBe('high');
    expect(riskLevel(DEFAULT_RISK_MATRIX, 5, 5)).toEqual({
      id: 'critical',
      name: 'Critical',
      rank: 4,
      tolerable: false,
    });
    expect(riskLevel(DEFAULT_RISK_MATRIX, 5, 1).id).toBe('medium');
  });

  it('answers isTolerable on both sides of the line', () => {
    expect(isTolerable(DEFAULT_RISK_MATRIX, 4, 2)).toBe(true); // medium
    expect(isTolerable(DEFAULT_RISK_MATRIX, 4, 3)).toBe(false); // high
    expect(isTolerable(DEFAULT_RISK_MATRIX, 2, 4)).toBe(true); // medium
    expect(isTolerable(DEFAULT_RISK_MATRIX, 2, 5)).toBe(false); // high
  });
});

describe('riskLevel on a hand-made matrix', () => {
  it('reads row = likelihood and column = consequence', () => {
    expect(validateMatrix(SMALL)).toEqual([]);
    expect(riskLevel(SMALL, 2, 1).id).toBe('ok');
    expect(riskLevel(SMALL, 2, 2).id).toBe('bad');
    expect(riskLevel(SMALL, 3, 1).id).toBe('bad');
    expect(isTolerable(SMALL, 1, 2)).toBe(true);
    expect(isTolerable(SMALL, 3, 1)).toBe(false);
  });

  it('moves the line with tolerableRisk', () => {
    expect(isTolerable({ ...SMALL, tolerableRisk: 'bad' }, 3, 2)).toBe(true);
  });

  it('throws OffScaleError for a likelihood or consequence off the scale', () => {
    for (const [l, c, axis, value] of [
      [0, 1, 'likelihood', 0],
      [4, 1, 'likelihood', 4],
      [1.5, 1, 'likelihood', 1.5],
      [1, 3, 'consequence', 3],
      [1, -1, 'consequence', -1],
    ] as const) {
      const e = (() => {
        try {
          riskLevel(SMALL, l, c);
        } catch (err) {
          return err;
        }
        return undefined;
      })();
      expect(e).toBeInstanceOf(OffScaleError);
      expect(e).toMatchObject({ axis, value });
    }
    expect(() => isTolerable(DEFAULT_RISK_MATRIX, 6, 1)).toThrow(
      'likelihood 6 is off the scale: give a whole number from 1 to 5',
    );
  });
});

describe('worstConsequence', () => {
  it('takes the highest level over the rated categories', () => {
    expect(worstConsequence({ 'health-safety': 2, environment: 4, reputation: 1 })).toBe(4);
    expect(worstConsequence({ 'regulatory-quality': 3 })).toBe(3);
    expect(worstConsequence({})).toBeNull();
  });

  it('rejects levels below 1 or not whole', () => {
    expect(() => worstConsequence({ environment: 0 })).toThrow(OffScaleError);
    expect(() => worstConsequence({ environment: 2.5 })).toThrow('give a whole number from 1');
  });
});

describe('validateMatrix', () => {
  const paths = (m: RiskMatrix) => validateMatrix(m).map((i) => i.path.join('.'));

  it('reports levels out of order', () => {
    const m = copy();
    m.likelihood[1] = { ...m.likelihood[1]!, level: 3 };
    m.consequence[0] = { ...m.consequence[0]!, level: 2 };
    expect(paths(m)).toEqual(['likelihood.1.level', 'consequence.0.level']);
  });

  it('reports a missing row and a short row', () => {
    const m = copy();
    m.cells.pop();
    m.cells[0]!.pop();
    expect(validateMatrix(m)).toEqual([
      { path: ['cells'], message: 'needs one row per likelihood level: 5, not 4' },
      { path: ['cells', 0], message: 'needs one cell per consequence level: 5, not 4' },
    ]);
  });

  it('reports unknown cell levels, a duplicate level id and an unknown tolerable level', () => {
    const m = copy();
    m.cells[2]![2] = 'severe';
    m.riskLevels.push({ id: 'low', name: 'Low again' });
    m.tolerableRisk = 'acceptable';
    expect(paths(m)).toEqual(['riskLevels.4.id', 'tolerableRisk', 'cells.2.2']);
  });

  it('reports risk that falls as consequence or likelihood rises', () => {
    const m = copy();
    // Likelihood 3 (row 2), consequence 4 (column 3): high → low is below its left neighbour
    // (medium) and below the cell one likelihood lower (medium).
    m.cells[2]![3] = 'low';
    expect(validateMatrix(m)).toEqual([
      {
        path: ['cells', 2, 3],
        message:
          '"low" is lower than "medium" of likelihood 3 × consequence 3: risk must not fall as consequence rises',
      },
      {
        path: ['cells', 2, 3],
        message: '"low" is lower than "medium" of likelihood 2 × consequence 4: risk must not fall as likelihood rises',
      },
    ]);
  });
});

describe('canonicalMatrix', () => {
  it('orders keys so equal matrices compare equal', () => {
    const shuffled = JSON.parse(
      JSON.stringify({
        tolerableRisk: SMALL.tolerableRisk,
        cells: SMALL.cells,
        riskLevels: SMALL.riskLevels.map((r) => ({ name: r.name, id: r.id })),
        consequence: SMALL.consequence,
        likelihood: SMALL.likelihood.map((l) => ({ description: l.description, name: l.name, level: l.level })),
      }),
    ) as RiskMatrix;
    expect(JSON.stringify(canonicalMatrix(shuffled))).toBe(JSON.stringify(canonicalMatrix(SMALL)));
    expect(sameMatrix(shuffled, SMALL)).toBe(true);
    expect(sameMatrix({ ...SMALL, tolerableRisk: 'bad' }, SMALL)).toBe(false);
  });
});
