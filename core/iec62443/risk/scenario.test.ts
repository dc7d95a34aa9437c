// Threat scenario checks (IEC 62443-3-2 ZCR 5) on hand-made cases.
import { Compile } from 'typebox/compile';
import { describe, expect, it } from 'vitest';
import { ThreatScenario as ThreatScenarioSchema } from '../../schemas/risk-scenario.js';
import {
  DEFAULT_SOURCE_CAPABILITY,
  sourceCapability,
  type ThreatScenario,
  validateScenario,
  validateScenarios,
  worstRating,
} from './scenario.js';

const scenario = (over: Partial<ThreatScenario> = {}): ThreatScenario => ({
  id: 's-1',
  title: 'Ransomware through the vendor VPN',
  target: { kind: 'zone', id: 'bsl-control' },
  threatSource: { name: 'Criminal group', kind: 'criminal' },
  vector: 'remote-access',
  vulnerability: 'Shared vendor account without MFA',
  affectedFrs: [1, 3],
  consequence: { 'production-financial': 4, 'health-safety': 2 },
  likelihood: 4,
  ...over,
});

const messages = (s: ThreatScenario) =>
  validateScenario(s).map((i) => `${i.severity} ${i.path.join('.')}: ${i.message}`);

describe('threat source capability', () => {
  it('defaults from the kind, and a stated capability wins', () => {
    expect(sourceCapability({ name: 'x', kind: 'unintentional' })).toBe(1);
    expect(sourceCapability({ name: 'x', kind: 'opportunist' })).toBe(2);
    expect(sourceCapability({ name: 'x', kind: 'hacktivist' })).toBe(3);
    expect(sourceCapability({ name: 'x', kind: 'state-sponsored' })).toBe(4);
    expect(sourceCapability({ name: 'x', kind: 'casual', capability: 2 })).toBe(2);
    expect(sourceCapability({ name: 'x', kind: 'criminal' }, { criminal: 4 })).toBe(4);
    expect(sourceCapability({ name: 'x', kind: 'other' })).toBeNull();
    expect(sourceCapability({ name: 'x' })).toBeNull();
  });

  it('every default is an SL 1–4', () => {
    for (const sl of Object.values(DEFAULT_SOURCE_CAPABILITY)) expect([1, 2, 3, 4]).toContain(sl);
  });
});

describe('worstRating', () => {
  it('is the highest level over the rated categories', () => {
    expect(worstRating({ environment: 2, reputation: 3, 'health-safety': 1 })).toEqual({
      level: 3,
      category: 'reputation',
    });
    expect(worstRating({})).toBeNull();
  });
});

describe('validateScenario', () => {
  it('accepts a complete scenario', () => {
    expect(
      messages(
        scenario({
          countermeasures: {
            requirements: ['SR 1.1', 'SR 1.1 RE 1'],
            assets: ['fw-1'],
            compensatingControls: ['cc-1'],
          },
          residualLikelihood: 2,
          residualConsequence: { 'production-financial': 3 },
        }),
      ),
    ).toEqual([]);
  });

  it('rejects FRs outside 1–7 and repeated FRs', () => {
    expect(messages(scenario({ affectedFrs: [0, 3, 8, 3] }))).toEqual([
      'error affectedFrs.0: FR must be an integer 1–7, got 0',
      'error affectedFrs.2: FR must be an integer 1–7, got 8',
      'error affectedFrs.3: FR 3 is listed twice',
    ]);
    expect(messages(scenario({ affectedFrs: [] }))).toEqual(['error affectedFrs: list at least one affected FR (1–7)']);
  });

  it('rejects a capability off 1–4 and a source without any capability', () => {
    expect(messages(scenario({ threatSource: { name: 'x', capability: 5 } }))).toEqual([
      'error threatSource.capability: capability must be a security level 1–4, got 5',
    ]);
    expect(messages(scenario({ threatSource: { name: 'x', kind: 'other' } }))).toEqual([
      'error threatSource.capability: state the capability (SL 1–4): the threat source kind gives no default',
    ]);
  });

  it('rejects likelihood and consequence off the scale of the matrix in use', () => {
    expect(messages(scenario({ likelihood: 6 }))).toEqual([
      'error likelihood: likelihood must be an integer 1–5 on the matrix scale, got 6',
    ]);
    expect(
      validateScenario(scenario({ likelihood: 6 }), { scales: { likelihoodLevels: 6, consequenceLevels: 5 } }),
    ).toEqual([]);
    expect(messages(scenario({ consequence: { environment: 0 } }))).toEqual([
      'error consequence.environment: consequence must be an integer 1–5 on the matrix scale, got 0',
    ]);
    expect(messages(scenario({ consequence: {} }))).toEqual([
      'error consequence: rate the consequence in at least one category',
    ]);
  });

  it('warns when the residual risk is worse than the unmitigated one', () => {
    expect(
      messages(scenario({ residualLikelihood: 5, residualConsequence: { 'production-financial': 5, reputation: 1 } })),
    ).toEqual([
      'warning residualLikelihood: residual likelihood 5 is worse than unmitigated 4',
      'warning residualConsequence.production-financial: residual production-financial consequence 5 is worse than unmitigated 4',
      'warning residualConsequence.reputation: reputation has a residual consequence but no unmitigated one',
    ]);
  });

  it('rejects unknown requirements and, with refs, dangling references', () => {
    const s = scenario({
      target: { kind: 'conduit', id: 'nowhere' },
      countermeasures: { requirements: ['SR 9.9'], assets: ['plc-1', 'ghost'], compensatingControls: ['cc-x'] },
    });
    const refs = {
      zones: new Set(['nowhere']),
      conduits: new Set<string>(),
      assets: new Set(['plc-1']),
      compensatingControls: new Set<string>(),
    };
    expect(validateScenario(s, { refs }).map((i) => i.message)).toEqual([
      'unknown IEC 62443-3-3 requirement "SR 9.9"',
      'no conduit "nowhere" in this site',
      'no asset "ghost" in this site',
      'no compensating control "cc-x" in this site',
    ]);
  });

  it('reports duplicate ids across a list, with the index in the path', () => {
    const issues = validateScenarios([scenario(), scenario({ likelihood: 9 })]);
    expect(issues.map((i) => i.path)).toEqual([
      [1, 'id'],
      [1, 'likelihood'],
    ]);
  });
});

describe('ThreatScenario schema', () => {
  const check = Compile(ThreatScenarioSchema);
  it('accepts the site-file shape and rejects unknown keys and bad enums', () => {
    expect(check.Check(scenario())).toBe(true);
    expect(check.Check({ ...scenario(), likelyhood: 3 })).toBe(false);
    expect(check.Check(scenario({ affectedFrs: [8] }))).toBe(false);
    expect(check.Check({ ...scenario(), vector: 'carrier-pigeon' })).toBe(false);
    expect(check.Check({ ...scenario(), consequence: { safety: 3 } })).toBe(false);
  });
});
