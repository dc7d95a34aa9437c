// @vitest-environment happy-dom
// The roadmap page's URL state: what a shared or hand-written link may say, and what is dropped.
import { describe, expect, it } from 'vitest';
import { validateRoadmapSearch } from './search.js';

describe('validateRoadmapSearch', () => {
  it('keeps the filters and the ticked actions', () => {
    expect(validateRoadmapSearch({ scope: 'emm-sis', status: 'in-progress', whatIf: ['a-mfa', 'a-fw'] })).toEqual({
      scope: 'emm-sis',
      status: 'in-progress',
      whatIf: ['a-mfa', 'a-fw'],
    });
  });

  it('reads a hand-written comma list, numeric ids, and an empty what-if as "nothing ticked"', () => {
    expect(validateRoadmapSearch({ whatIf: 'a-mfa,a-fw,a-mfa', scope: 7 })).toEqual({
      scope: '7',
      status: undefined,
      whatIf: ['a-mfa', 'a-fw'],
    });
    expect(validateRoadmapSearch({ whatIf: [] }).whatIf).toEqual([]);
    expect(validateRoadmapSearch({ whatIf: '' }).whatIf).toEqual([]);
  });

  it('drops unknown and malformed values instead of failing', () => {
    expect(validateRoadmapSearch({ scope: 'Not An Id!', status: 'maybe', whatIf: 3, page: 2 })).toEqual({
      scope: undefined,
      status: undefined,
      whatIf: undefined,
    });
    expect(validateRoadmapSearch({ whatIf: ['ok', 'Bad Id', 4, null] }).whatIf).toEqual(['ok']);
    expect(validateRoadmapSearch({ scope: ['z1'], status: 1 })).toEqual({
      scope: undefined,
      status: undefined,
      whatIf: undefined,
    });
  });

  it('names every key, so a dropped value overrides the raw one the router keeps', () => {
    const search = validateRoadmapSearch({ status: 'maybe', scope: '!!' });
    expect(Object.keys(search).sort()).toEqual(['scope', 'status', 'whatIf']);
    expect({ status: 'maybe', scope: '!!', ...search }).toEqual({
      status: undefined,
      scope: undefined,
      whatIf: undefined,
    });
  });
});
