// The discovery page's URL state: known filters kept, anything else dropped.
import { describe, expect, it } from 'vitest';
import { validateDiscoverySearch } from './search.js';

describe('discovery search', () => {
  it('keeps known filters and the run id', () => {
    expect(validateDiscoverySearch({ status: 'all', rule: 'HOST-UNKNOWN', run: 'r-2025-01' })).toEqual({
      status: 'all',
      rule: 'HOST-UNKNOWN',
      run: 'r-2025-01',
    });
  });

  it('drops unknown values instead of failing', () => {
    expect(validateDiscoverySearch({ status: 'maybe', rule: 'HOST-OTHER', run: '../x y' })).toEqual({
      status: undefined,
      rule: undefined,
      run: undefined,
    });
  });
});
