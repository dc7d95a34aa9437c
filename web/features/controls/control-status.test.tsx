// The register's reading of DESIGN §3.1 (approved on or before the day, valid through the
// `expires` UTC day) and its expiry warnings.
import { describe, expect, it } from 'vitest';
import type { Control } from './controls-api.js';
import { daysUntil, expiryBadge, matchesText, statusesOf } from './control-status.js';

const TODAY = '2026-06-01';
const control = (over: Partial<Control> = {}): Control => ({
  site: 'basel',
  id: 'cc-1',
  scope: 'bsl-ctl',
  requirements: ['SR 1.1 RE 1'],
  kind: 'jump-host',
  abilities: ['read'],
  ...over,
});
const approved = { approvedBy: 'u_1', approvedAt: '2026-01-01' };

describe('control status', () => {
  it('counts whole UTC days, timestamps by their date', () => {
    expect(daysUntil('2026-06-02', TODAY)).toBe(1);
    expect(daysUntil('2026-05-31T23:59:59Z', TODAY)).toBe(-1);
    expect(daysUntil(TODAY, TODAY)).toBe(0);
  });

  it('awaits approval without approver and date, or with an approval dated later', () => {
    expect(statusesOf(control(), TODAY)).toEqual(['awaiting']);
    expect(statusesOf(control({ approvedBy: 'u_1' }), TODAY)).toEqual(['awaiting']);
    expect(statusesOf(control({ approvedBy: 'u_1', approvedAt: '2026-06-02' }), TODAY)).toEqual(['awaiting']);
  });

  it('is valid through its expiry day, expiring within 30 days, expired the day after', () => {
    expect(statusesOf(control(approved), TODAY)).toEqual(['valid']);
    expect(statusesOf(control({ ...approved, expires: '2026-07-02' }), TODAY)).toEqual(['valid']);
    expect(statusesOf(control({ ...approved, expires: '2026-07-01' }), TODAY)).toEqual(['valid', 'expiring']);
    expect(statusesOf(control({ ...approved, expires: TODAY }), TODAY)).toEqual(['valid', 'expiring']);
    expect(statusesOf(control({ ...approved, expires: '2026-05-31' }), TODAY)).toEqual(['expired']);
    // An unapproved control past its date is expired first: approving it would not help.
    expect(statusesOf(control({ expires: '2026-05-31' }), TODAY)).toEqual(['expired']);
  });

  it('badges expiry: danger when past, warn within 30 days, ok later, none without a date', () => {
    expect(expiryBadge(undefined, TODAY)).toMatchObject({ tone: 'none', text: 'no expiry' });
    expect(expiryBadge('2026-05-31', TODAY)).toMatchObject({ tone: 'danger', text: 'expired 2026-05-31' });
    expect(expiryBadge(TODAY, TODAY)).toMatchObject({ tone: 'warn', text: '2026-06-01 (today)' });
    expect(expiryBadge('2026-06-21', TODAY)).toMatchObject({ tone: 'warn', text: '2026-06-21 (20 d)' });
    expect(expiryBadge('2026-07-02', TODAY)).toMatchObject({ tone: 'ok', text: '2026-07-02' });
  });

  it('matches free text in ids, requirements, assets and prose, ignoring case', () => {
    const c = control({ assets: ['hmi-07'], description: 'Jump host with MFA' });
    for (const q of ['', 'cc-1', 'sr 1.1 re', 'HMI-07', 'mfa', 'bsl-ctl', 'jump-host'])
      expect(matchesText(c, q)).toBe(true);
    expect(matchesText(c, 'SR 2.1')).toBe(false);
  });
});
