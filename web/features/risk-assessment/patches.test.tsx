import { describe, expect, it } from 'vitest';
import type { FindingWithDecision } from '../../../core/iec62443/risk/assessment.js';
import { decisionsPatch, initialRiskPatch } from './patches.js';

describe('initialRiskPatch (ZCR 2)', () => {
  it('sends rated zones, skips unrated ones and removes stored ratings no longer rated', () => {
    const stored = { a: { likelihood: 2, consequence: {} }, b: { likelihood: 3, consequence: {} } };
    const draft = {
      a: { likelihood: 4, consequence: { reputation: 2 } },
      c: { likelihood: 0, consequence: { environment: 1 } },
    };
    expect(initialRiskPatch(draft, stored)).toEqual({
      a: { likelihood: 4, consequence: { reputation: 2 } },
      b: null,
    });
  });
});

describe('decisionsPatch (ZCR 3)', () => {
  const finding = (key: string, decided: boolean): FindingWithDecision => ({
    rule: 'ZONE-X',
    severity: 'warning',
    site: 's',
    subject: { kind: 'zone', id: key },
    message: 'm',
    clause: null,
    key,
    decision: decided ? { decision: 'fix', note: '' } : null,
  });

  it('sends decided findings and removes decisions taken back', () => {
    const findings = [finding('k1', false), finding('k2', true), finding('k3', false)];
    const draft = {
      k1: { decision: 'accept' as const, note: 'until upgrade' },
      k2: { decision: '' as const, note: '' },
      k3: { decision: '' as const, note: 'only a note' },
    };
    expect(decisionsPatch(findings, draft)).toEqual({ k1: { decision: 'accept', note: 'until upgrade' }, k2: null });
  });
});
