import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  checkInitialRisk,
  compareWithTolerable,
  emptyAssessment,
  findingKey,
  findingsWithDecisions,
} from './assessment.js';
import { DEFAULT_RISK_MATRIX } from './matrix.js';
import type { Finding } from '../lint/finding.js';

const ZONES = new Set(['z-control', 'z-dmz']);

describe('checkInitialRisk (ZCR 2)', () => {
  it('accepts ratings on the scales of known zones', () => {
    expect(
      checkInitialRisk(
        DEFAULT_RISK_MATRIX,
        { 'z-control': { consequence: { 'health-safety': 5, environment: 1 }, likelihood: 3 } },
        ZONES,
      ),
    ).toEqual([]);
  });

  it('names an unknown zone, an off-scale likelihood or consequence and an unknown category', () => {
    const issues = checkInitialRisk(
      DEFAULT_RISK_MATRIX,
      {
        'z-gone': { consequence: {}, likelihood: 1 },
        'z-dmz': { consequence: { reputation: 6, weather: 2 } as never, likelihood: 0 },
      },
      ZONES,
    );
    expect(issues.map((i) => i.path.join('.'))).toEqual([
      'initialRisk.z-gone',
      'initialRisk.z-dmz.likelihood',
      'initialRisk.z-dmz.consequence.reputation',
      'initialRisk.z-dmz.consequence.weather',
    ]);
    expect(issues[1]?.message).toBe("likelihood 0 is off the matrix's scale: give a whole number from 1 to 5");
  });
});

describe('compareWithTolerable (ZCR 4)', () => {
  it('rates the worst consequence and says whether it is tolerable, zones in order', () => {
    expect(
      compareWithTolerable(DEFAULT_RISK_MATRIX, {
        'z-dmz': { consequence: { reputation: 2 }, likelihood: 2 },
        'z-control': { consequence: { 'health-safety': 5, environment: 1 }, likelihood: 1 },
        'z-new': { consequence: {}, likelihood: 4 },
      }),
    ).toEqual([
      {
        zone: 'z-control',
        likelihood: 1,
        consequence: 5,
        risk: { id: 'high', name: 'High', rank: 3, tolerable: false },
        tolerable: false,
      },
      {
        zone: 'z-dmz',
        likelihood: 2,
        consequence: 2,
        risk: { id: 'low', name: 'Low', rank: 1, tolerable: true },
        tolerable: true,
      },
      { zone: 'z-new', likelihood: 4, consequence: null, risk: null, tolerable: null },
    ]);
  });

  it('answers null for ratings off a smaller matrix rather than failing', () => {
    const small = { ...DEFAULT_RISK_MATRIX, likelihood: DEFAULT_RISK_MATRIX.likelihood.slice(0, 3) };
    expect(compareWithTolerable(small, { z: { consequence: { reputation: 1 }, likelihood: 5 } })[0]).toMatchObject({
      risk: null,
      tolerable: null,
    });
  });
});

describe('ZCR 3 findings and decisions', () => {
  const finding: Finding = {
    rule: 'ZONE-SAFETY-MIXED',
    severity: 'warning',
    site: 'plant',
    subject: { kind: 'zone', id: 'z-control' },
    message: 'mixed',
    clause: null,
  };

  it('keys findings rule:kind:id and attaches recorded decisions', () => {
    expect(findingKey(finding)).toBe('ZONE-SAFETY-MIXED:zone:z-control');
    const decided = findingsWithDecisions([finding], {
      'ZONE-SAFETY-MIXED:zone:z-control': { decision: 'accept', note: 'separate SIS next year' },
    });
    expect(decided[0]).toMatchObject({ key: 'ZONE-SAFETY-MIXED:zone:z-control', decision: { decision: 'accept' } });
    expect(findingsWithDecisions([finding], {})[0]?.decision).toBeNull();
  });
});

describe('emptyAssessment and canonicalJson', () => {
  it('starts every step not started', () => {
    const a = emptyAssessment();
    expect(Object.keys(a.steps)).toEqual(['zcr1', 'zcr2', 'zcr3', 'zcr4', 'zcr5', 'zcr6', 'zcr7']);
    expect(a.steps.zcr4).toEqual({ status: 'not-started', owner: null, date: null, notes: '' });
  });

  it('sorts keys at every level, keeping array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
  });
});
