// @vitest-environment happy-dom
// The import page's URL state: the upsert key a link may preset, and what is dropped.
import { describe, expect, it } from 'vitest';
import { validateAssetImportSearch } from './search.js';

describe('validateAssetImportSearch', () => {
  it('keeps a valid key and leaves the default out of the URL', () => {
    expect(validateAssetImportSearch({ key: 'ip' })).toEqual({ key: 'ip' });
    expect(validateAssetImportSearch({ key: 'serial' })).toEqual({ key: 'serial' });
    expect(validateAssetImportSearch({ key: 'id' })).toEqual({ key: undefined });
  });

  it('drops unknown and malformed values, returning every key', () => {
    expect(validateAssetImportSearch({ key: 'name', page: 2 })).toEqual({ key: undefined });
    expect(validateAssetImportSearch({ key: 3 })).toEqual({ key: undefined });
    expect(validateAssetImportSearch({})).toEqual({ key: undefined });
  });
});
