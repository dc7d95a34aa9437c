// @vitest-environment happy-dom
// The traceability page's URL filters: what a shared or hand-written link may say, and what is dropped.
import { describe, expect, it } from 'vitest';
import { validateTraceSearch } from './search.js';

describe('validateTraceSearch', () => {
  it('keeps every known filter, as the router parses them', () => {
    expect(validateTraceSearch({ scope: 'bsl-sup', fr: 1, requirement: 'SR 1.1 RE 1', status: 'unassessed' })).toEqual({
      scope: 'bsl-sup',
      fr: 1,
      requirement: 'SR 1.1 RE 1',
      status: 'unassessed',
    });
    expect(validateTraceSearch({ fr: '3' }).fr).toBe(3);
  });

  it('returns every key, undefined when the value is unknown or malformed', () => {
    expect(
      validateTraceSearch({ scope: 'Not An Id!', fr: 8, requirement: 'SR 99.1', status: 'done', page: 2 }),
    ).toEqual({ scope: undefined, fr: undefined, requirement: undefined, status: undefined });
    expect(Object.keys(validateTraceSearch({}))).toEqual(['scope', 'fr', 'requirement', 'status']);
  });
});
