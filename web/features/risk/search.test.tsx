// @vitest-environment happy-dom
// The risk page's URL filters: what a shared or hand-written link may say, and what is dropped.
import { describe, expect, it } from 'vitest';
import { validateRiskSearch } from './search.js';

describe('validateRiskSearch', () => {
  it('keeps every known filter', () => {
    expect(
      validateRiskSearch({
        target: 'emm-ctl-pack',
        intolerable: true,
        acceptance: 'needs-acceptance',
        sort: '-residual',
      }),
    ).toEqual({ target: 'emm-ctl-pack', intolerable: true, acceptance: 'needs-acceptance', sort: '-residual' });
  });

  it('reads hand-written booleans and numeric ids as the router parses them', () => {
    expect(validateRiskSearch({ intolerable: 'true', target: 7 })).toEqual({ intolerable: true, target: '7' });
    expect(validateRiskSearch({ intolerable: '1' })).toEqual({ intolerable: true });
  });

  it('drops unknown and malformed values instead of failing', () => {
    expect(
      validateRiskSearch({
        target: 'Not An Id!',
        intolerable: 'no',
        acceptance: 'pending',
        sort: 'title',
        page: 3,
      }),
    ).toEqual({});
    expect(validateRiskSearch({ target: ['z1'], acceptance: 1, sort: null })).toEqual({});
  });

  it('names every key, so a dropped value overrides the raw one the router keeps', () => {
    const search = validateRiskSearch({ acceptance: 'maybe', sort: 'title' });
    expect(Object.keys(search).sort()).toEqual(['acceptance', 'intolerable', 'sort', 'target']);
    expect({ acceptance: 'maybe', sort: 'title', ...search }).toEqual({});
  });

  it('leaves "all" and the default order out of the URL', () => {
    expect(validateRiskSearch({ intolerable: false, acceptance: '', sort: '-unmitigated' })).toEqual({});
    expect(validateRiskSearch({ sort: 'id', acceptance: 'expired' })).toEqual({ sort: 'id', acceptance: 'expired' });
  });
});
