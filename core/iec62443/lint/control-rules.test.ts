import { describe, expect, it } from 'vitest';
import { buildSite } from '../../../test/factories.js';
import type { CompensatingControlDoc } from '../../schemas/site-file.js';
import { lintSite } from './lint-site.js';

const control = (over: Partial<CompensatingControlDoc>): CompensatingControlDoc => ({
  id: 'cc-1',
  scope: 'z-control',
  requirements: ['SR 1.2'],
  kind: 'jump-host',
  approvedBy: 'j.doe',
  approvedAt: '2026-03-01',
  expires: '2027-03-01',
  ...over,
});
const ccFindings = (controls: CompensatingControlDoc[], asOf: string) =>
  lintSite(buildSite({ compensatingControls: controls }), asOf).filter((f) => f.rule.startsWith('CC-'));

describe('CC-UNAPPROVED', () => {
  it('fires for a control with no approver or date, naming what is missing', () => {
    const found = ccFindings([control({ id: 'cc-draft', approvedBy: undefined })], '2026-06-01');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: 'CC-UNAPPROVED',
      severity: 'warning',
      subject: { kind: 'compensatingControl', id: 'cc-draft' },
    });
    expect(found[0]?.message).toContain('approvedBy');
    expect(found[0]?.message).not.toContain('approvedAt');
  });

  it('fires for a control approved only after the lint date, saying from when', () => {
    const found = ccFindings([control({ approvedAt: '2026-07-01T09:30:00Z' })], '2026-06-01');
    expect(found.map((f) => f.rule)).toEqual(['CC-UNAPPROVED']);
    expect(found[0]?.message).toContain('approved only from 2026-07-01');
  });

  it('does not fire on or after the approval date', () => {
    expect(ccFindings([control({})], '2026-03-01')).toEqual([]);
  });
});

describe('CC-EXPIRED', () => {
  it('fires the day after expiry', () => {
    const found = ccFindings([control({})], '2027-03-02');
    expect(found.map((f) => [f.rule, f.severity, f.subject.id])).toEqual([['CC-EXPIRED', 'warning', 'cc-1']]);
    expect(found[0]?.message).toContain('2027-03-01');
  });

  it('does not fire through the expiry day, nor for a control without expiry', () => {
    expect(ccFindings([control({})], '2027-03-01')).toEqual([]);
    expect(ccFindings([control({ expires: undefined })], '2030-01-01')).toEqual([]);
  });
});
