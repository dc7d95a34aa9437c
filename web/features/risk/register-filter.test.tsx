// @vitest-environment happy-dom
// Which scenarios the register shows for the URL's filters, and in which order.
import { describe, expect, it } from 'vitest';
import { needsAcceptance, registerRows } from './register-filter.js';
import type { RiskAcceptance, RiskRating, RiskView } from './risks-api.js';

const LEVELS = ['low', 'medium', 'high', 'critical'];
const rankOf = (level: string) => LEVELS.indexOf(level);
const rating = (level: string): RiskRating => ({ level, name: level, tolerable: rankOf(level) <= 1 });
const acceptance = (expired: boolean): RiskAcceptance => ({
  by: 'a',
  byName: 'A',
  at: '2026-01-01T00:00:00Z',
  expires: expired ? '2026-02-01' : '2099-01-01',
  rationale: 'r',
  expired,
});

const risk = (
  id: string,
  target: string,
  before: string | null,
  after: string | null,
  accepted: RiskAcceptance | null = null,
): RiskView => ({
  id,
  site: 's',
  title: id,
  target: { kind: 'zone', id: target },
  threatSource: { name: 'x', kind: 'criminal' },
  vector: 'network',
  affectedFrs: [1],
  consequence: { reputation: 3 },
  likelihood: 3,
  unmitigatedRisk: before ? rating(before) : null,
  residualRisk: after ? rating(after) : null,
  acceptance: accepted,
  abilities: ['read'],
});

const RISKS = [
  risk('r-a', 'z1', 'medium', null),
  risk('r-b', 'z2', 'critical', 'high', acceptance(false)),
  risk('r-c', 'z1', 'high', 'low'),
  risk('r-d', 'z2', 'critical', 'high', acceptance(true)),
  risk('r-e', 'z1', null, null),
];
const ids = (rows: RiskView[]) => rows.map((r) => r.id);

describe('registerRows', () => {
  it('orders worst before treatment first, unrated last, ties by id', () => {
    expect(ids(registerRows(RISKS, {}, rankOf))).toEqual(['r-b', 'r-d', 'r-c', 'r-a', 'r-e']);
  });

  it('orders by residual risk or by id', () => {
    expect(ids(registerRows(RISKS, { sort: '-residual' }, rankOf))).toEqual(['r-b', 'r-d', 'r-c', 'r-a', 'r-e']);
    expect(ids(registerRows(RISKS, { sort: 'id' }, rankOf))).toEqual(['r-a', 'r-b', 'r-c', 'r-d', 'r-e']);
  });

  it('filters by target and by intolerable before treatment', () => {
    expect(ids(registerRows(RISKS, { target: 'z1' }, rankOf))).toEqual(['r-c', 'r-a', 'r-e']);
    expect(ids(registerRows(RISKS, { target: 'z1', intolerable: true }, rankOf))).toEqual(['r-c']);
  });

  it('filters by acceptance status', () => {
    expect(ids(registerRows(RISKS, { acceptance: 'accepted' }, rankOf))).toEqual(['r-b']);
    expect(ids(registerRows(RISKS, { acceptance: 'expired' }, rankOf))).toEqual(['r-d']);
    // r-c is tolerable after countermeasures; r-a is tolerable; r-e is unrated.
    expect(ids(registerRows(RISKS, { acceptance: 'needs-acceptance' }, rankOf))).toEqual(['r-d']);
  });
});

describe('needsAcceptance', () => {
  it('asks for an acceptance of an intolerable remaining risk without a valid one', () => {
    expect(needsAcceptance(risk('x', 'z', 'critical', null))).toBe(true);
    expect(needsAcceptance(risk('x', 'z', 'critical', 'medium'))).toBe(false);
    expect(needsAcceptance(risk('x', 'z', 'critical', 'high', acceptance(false)))).toBe(false);
    expect(needsAcceptance(risk('x', 'z', 'critical', 'high', acceptance(true)))).toBe(true);
  });
});
