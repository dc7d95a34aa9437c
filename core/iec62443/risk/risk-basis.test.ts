// The default risk matrix driving the SL-T recommendation end to end (docs/risk.md example).
import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_MATRIX, isTolerable } from './matrix.js';
import { riskBasisOf } from './risk-basis.js';
import type { ThreatScenario } from './scenario.js';
import { recommendSlt } from './slt-recommendation.js';

const ransomware: ThreatScenario = {
  id: 's-2',
  title: 'Ransomware through the remote-access path',
  target: { kind: 'zone', id: 'bsl-ctl-api' },
  threatSource: { name: 'Ransomware crew', kind: 'criminal' },
  vector: 'remote-access',
  affectedFrs: [1, 3, 7],
  consequence: { 'production-financial': 4, 'health-safety': 2 },
  likelihood: 4,
};

describe('riskBasisOf(DEFAULT_RISK_MATRIX)', () => {
  const basis = riskBasisOf(DEFAULT_RISK_MATRIX);

  it('answers what the matrix answers, with its scale sizes and level names', () => {
    for (let l = 1; l <= 5; l++)
      for (let c = 1; c <= 5; c++) expect(basis.isTolerable(l, c)).toBe(isTolerable(DEFAULT_RISK_MATRIX, l, c));
    expect([basis.likelihoodLevels, basis.consequenceLevels]).toEqual([5, 5]);
    expect(basis.tolerableLabel).toBe(DEFAULT_RISK_MATRIX.tolerableRisk);
  });

  it('recommends the criminal source capability for the FRs an intolerable scenario affects', () => {
    const r = recommendSlt([ransomware], basis);
    expect(r.vector).toEqual([3, 1, 3, 1, 1, 1, 3]);
    expect(r.frs[2]?.scenarios).toEqual(['s-2']);
    expect(r.frs[2]?.reason).toMatch(/^FR 3 → SL 3: scenario s-2 \(Ransomware crew, SL 3\) is intolerable/);
    // The same scenario made rare enough to be tolerable leaves only the floor.
    expect(recommendSlt([{ ...ransomware, likelihood: 1, consequence: { reputation: 1 } }], basis).vector).toEqual([
      1, 1, 1, 1, 1, 1, 1,
    ]);
  });
});
