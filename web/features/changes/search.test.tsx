// @vitest-environment happy-dom
// The changes page's URL state: what a shared or hand-written link may say, and what is dropped.
import { describe, expect, it } from 'vitest';
import { validateChangesSearch } from './search.js';

const none = { tab: undefined, status: undefined, cr: undefined, base: undefined, against: undefined };

describe('validateChangesSearch', () => {
  it('keeps every known value', () => {
    expect(validateChangesSearch({ tab: 'baselines', status: 'open', cr: 4, base: 2, against: 'now' })).toEqual({
      tab: 'baselines',
      status: 'open',
      cr: 4,
      base: 2,
      against: 'now',
    });
    expect(validateChangesSearch({ base: 2, against: 5 })).toMatchObject({ base: 2, against: 5 });
  });

  it('reads ids written as text, as a hand-written link gives them', () => {
    expect(validateChangesSearch({ cr: '12', base: '3', against: '7' })).toMatchObject({ cr: 12, base: 3, against: 7 });
  });

  it('drops unknown and malformed values instead of failing', () => {
    expect(
      validateChangesSearch({
        tab: 'roadmap',
        status: 'pending',
        cr: 'abc',
        base: 0,
        against: 'later',
        page: 2,
      }),
    ).toEqual(none);
    expect(validateChangesSearch({ cr: -1, base: 1.5, against: ['now'], tab: ['baselines'] })).toEqual(none);
    expect(validateChangesSearch({ cr: 1_000_000_000, against: 0 })).toEqual(none);
  });

  it('names every key, so a dropped value overrides the raw one the router keeps', () => {
    const search = validateChangesSearch({ cr: 'x', against: 'yesterday' });
    expect(Object.keys(search).sort()).toEqual(['against', 'base', 'cr', 'status', 'tab']);
    expect({ cr: 'x', against: 'yesterday', ...search }).toEqual(none);
  });
});
