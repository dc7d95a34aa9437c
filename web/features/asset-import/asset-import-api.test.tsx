// @vitest-environment happy-dom
// The page's helpers: mappings carried to another file, and row errors read from a refused import.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.js';
import { overridesFor, rowErrors } from './asset-import-api.js';

describe('asset import helpers', () => {
  it('keeps only the mapped columns the next file has', () => {
    expect(overridesFor({ Address: 'ip', Rack: null, Old: 'name' }, ['Device', 'Address', 'Rack'])).toEqual({
      Address: 'ip',
      Rack: null,
    });
  });

  it('reads the row errors of a refused import, and nothing from other errors', () => {
    const refused = new ApiError(400, 'C981_ERR_VALIDATION', 'nothing was imported', [
      { row: 3, column: 'IP', message: 'IP address 10.0.0.1 is also in row 2' },
      { path: 'key', message: 'x' },
    ]);
    expect(rowErrors(refused)).toEqual([{ row: 3, column: 'IP', message: 'IP address 10.0.0.1 is also in row 2' }]);
    expect(rowErrors(new Error('boom'))).toEqual([]);
  });
});
