// The SL-T recommendation on hand-worked cases (IEC 62443-3-2 ZCR 5; method in docs/risk.md).
import { describe, expect, it } from 'vitest';
import { ScenarioInputError, type ThreatScenario } from './scenario.js';
import { compareSlt, recommendSlt, type RiskBasis } from './slt-recommendation.js';

/** A 5×5 test matrix: score = likelihood × consequence; low ≤ 4 < medium ≤ 9 < high ≤ 16 < critical. */
const label = (l: number, c: number) => {
  const score = l * c;
  return score <= 4 ? 'low' : score <= 9 ? 'medium' : score <= 16 ? 'high' : 'critical';
};
const basis: RiskBasis = {
  isTolerable: (l, c) => l * c <= 9,
  likelihoodLevels: 5,
  consequenceLevels: 5,
  riskLabel: label,
  tolerableLabel: 'medium',
};
const bare: RiskBasis = { isTolerable: (l, c) => l * c <= 9 };

const scenario = (over: Partial<ThreatScenario> = {}): ThreatScenario => ({
  id: 's-1',
  title: 'Scenario',
  target: { kind: 'zone', id: 'z' },
  threatSource: { name: 'Criminal group', kind: 'criminal' },
  vector: 'network',
  affectedFrs: [1, 3],
  consequence: { 'production-financial': 4 },
  likelihood: 4,
  ...over,
});

describe('recommendSlt', () => {
  it('without scenarios there is no basis: every FR is null (not assessed)', () => {
    const r = recommendSlt([], basis);
    expect(r.vector).toEqual([null, null, null, null, null, null, null]);
    expect(r.target).toBeNull();
    expect(r.frs[0]).toEqual({
      fr: 1,
      sl: null,
      scenarios: [],
      reason: 'FR 1 → no SL: no threat scenario for this target; not assessed',
    });
    expect(recommendSlt([], basis, { floorWithoutScenarios: 1 }).vector).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  it('only tolerable scenarios: every FR gets the floor', () => {
    const r = recommendSlt([scenario({ likelihood: 3, consequence: { environment: 3 } })], basis);
    expect(r.vector).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(r.intolerable).toEqual([]);
    expect(r.frs[2]!.reason).toBe('FR 3 → SL 1: no intolerable scenario affects FR 3 (1 assessed); floor SL 1');
    expect(recommendSlt([scenario({ likelihood: 1 })], basis, { floor: 0 }).vector).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('one intolerable scenario on FR 1 and 3 sets them to the source capability', () => {
    const r = recommendSlt([scenario({ id: 's-2' })], basis);
    expect(r.vector).toEqual([3, 1, 3, 1, 1, 1, 1]);
    expect(r.target).toEqual({ kind: 'zone', id: 'z' });
    expect(r.intolerable).toEqual(['s-2']);
    expect(r.frs[2]).toEqual({
      fr: 3,
      sl: 3,
      scenarios: ['s-2'],
      reason:
        'FR 3 → SL 3: scenario s-2 (Criminal group, SL 3) is intolerable ' +
        '(likelihood 4 × consequence 4 (production-financial) = high > tolerable medium)',
    });
    expect(recommendSlt([scenario({ id: 's-2' })], bare).frs[0]!.reason).toBe(
      'FR 1 → SL 3: scenario s-2 (Criminal group, SL 3) is intolerable ' +
        '(likelihood 4 × consequence 4 (production-financial), not tolerable)',
    );
  });

  it('uses the worst consequence over the categories and the unmitigated likelihood', () => {
    // Residual values are ignored: the target must resist the threat before countermeasures count.
    const r = recommendSlt(
      [
        scenario({
          likelihood: 2,
          consequence: { reputation: 1, 'health-safety': 5 },
          residualLikelihood: 1,
          residualConsequence: { 'health-safety': 1 },
        }),
      ],
      basis,
    );
    expect(r.vector).toEqual([3, 1, 3, 1, 1, 1, 1]);
    expect(r.frs[0]!.reason).toContain('likelihood 2 × consequence 5 (health-safety) = high > tolerable medium');
  });

  it('with two sources the stronger wins per FR', () => {
    const r = recommendSlt(
      [
        scenario({ id: 's-1', threatSource: { name: 'Careless contractor', kind: 'insider' }, affectedFrs: [1, 2] }),
        scenario({ id: 's-2', threatSource: { name: 'State actor', kind: 'state-sponsored' }, affectedFrs: [2, 3] }),
        scenario({ id: 's-3', threatSource: { name: 'Hacktivists', capability: 4 }, affectedFrs: [3] }),
      ],
      basis,
    );
    expect(r.vector).toEqual([2, 4, 4, 1, 1, 1, 1]);
    expect(r.frs.map((f) => f.scenarios)).toEqual([['s-1'], ['s-2'], ['s-2', 's-3'], [], [], [], []]);
    expect(r.frs[1]!.reason).toBe(
      'FR 2 → SL 4: scenario s-2 (State actor, SL 4) is intolerable ' +
        '(likelihood 4 × consequence 4 (production-financial) = high > tolerable medium); weaker: s-1 (SL 2)',
    );
    expect(r.frs[2]!.reason).toMatch(/^FR 3 → SL 4: scenarios s-2 \(State actor, SL 4\) .*; s-3 \(Hacktivists, SL 4\)/);
  });

  it('the source-kind mapping is configurable', () => {
    expect(recommendSlt([scenario()], basis, { sourceCapability: { criminal: 4 } }).vector).toEqual([
      4, 1, 4, 1, 1, 1, 1,
    ]);
  });

  it('escalates by one, capped at 4, when the worst consequence is the top of the scale', () => {
    const top = { 'health-safety': 5 } as const;
    const r = recommendSlt(
      [
        scenario({ id: 's-1', consequence: top, affectedFrs: [1] }),
        scenario({ id: 's-2', consequence: top, affectedFrs: [2], threatSource: { name: 'APT', capability: 4 } }),
        scenario({ id: 's-3', affectedFrs: [3] }),
      ],
      basis,
      { escalateOnTopConsequence: true },
    );
    expect(r.vector).toEqual([4, 4, 3, 1, 1, 1, 1]);
    expect(r.frs[0]!.reason).toContain('(Criminal group, SL 3 +1 for top consequence → SL 4)');
    expect(r.frs[1]!.reason).toContain('(APT, SL 4)');
    expect(recommendSlt([scenario({ consequence: top })], basis).vector[0]).toBe(3);
  });

  it('minimums raise FRs last, per FR or as one level', () => {
    const r = recommendSlt([scenario()], basis, { minimum: [2, 2, 2, null, null, null, 3] });
    expect(r.vector).toEqual([3, 2, 3, 1, 1, 1, 3]);
    expect(r.frs[6]).toEqual({
      fr: 7,
      sl: 3,
      scenarios: [],
      reason: 'FR 7 → SL 3: no intolerable scenario affects FR 7 (1 assessed); floor SL 1; raised to the minimum SL 3',
    });
    expect(recommendSlt([], basis, { minimum: 2 }).vector).toEqual([2, 2, 2, 2, 2, 2, 2]);
  });

  it('passes validation warnings through', () => {
    const r = recommendSlt([scenario({ residualLikelihood: 5 })], basis);
    expect(r.warnings).toEqual(['scenario s-1: residual likelihood 5 is worse than unmitigated 4']);
  });
});

describe('recommendSlt: bad input is a clear error', () => {
  const fails = (scenarios: ThreatScenario[], mapping = {}) => {
    try {
      recommendSlt(scenarios, basis, mapping);
    } catch (e) {
      expect(e).toBeInstanceOf(ScenarioInputError);
      return (e as Error).message;
    }
    throw new Error('expected an error');
  };

  it('FR outside 1–7', () => {
    expect(fails([scenario({ affectedFrs: [8] })])).toBe('0.affectedFrs.0: FR must be an integer 1–7, got 8');
  });
  it('capability off 1–4', () => {
    expect(fails([scenario({ threatSource: { name: 'x', capability: 0 } })])).toBe(
      '0.threatSource.capability: capability must be a security level 1–4, got 0',
    );
  });
  it('likelihood off the scale', () => {
    expect(fails([scenario(), scenario({ id: 's-2', likelihood: 7 })])).toBe(
      '1.likelihood: likelihood must be an integer 1–5 on the matrix scale, got 7',
    );
  });
  it('scenarios of different targets', () => {
    expect(fails([scenario(), scenario({ id: 's-2', target: { kind: 'conduit', id: 'c' } })])).toBe(
      '1.target: scenario targets conduit "c", the others zone "z"',
    );
  });
  it('an invalid mapping', () => {
    expect(fails([], { floor: 5, minimum: [1, 2, 3] })).toBe(
      'mapping: floor must be an SL 0–4, got 5; mapping: minimum must list seven FRs, got 3',
    );
  });
});

describe('compareSlt', () => {
  it('puts current and recommended side by side with the delta', () => {
    const rec = recommendSlt([scenario()], basis);
    expect(compareSlt([2, 2, 2, 1, 2, 1, 2], rec).slice(0, 4)).toEqual([
      { fr: 1, current: 2, recommended: 3, delta: 1 },
      { fr: 2, current: 2, recommended: 1, delta: -1 },
      { fr: 3, current: 2, recommended: 3, delta: 1 },
      { fr: 4, current: 1, recommended: 1, delta: 0 },
    ]);
    expect(compareSlt(2, rec)[0]).toEqual({ fr: 1, current: 2, recommended: 3, delta: 1 });
    expect(compareSlt(undefined, rec)[0]).toEqual({ fr: 1, current: null, recommended: 3, delta: null });
    expect(compareSlt(1, recommendSlt([], basis))[0]).toEqual({ fr: 1, current: 1, recommended: null, delta: null });
  });
});
