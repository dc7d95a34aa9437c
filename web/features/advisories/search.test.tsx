// The advisories page's URL state and the upload's refusal reasons.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.js';
import { maxScore, severityOf } from './advisories-api.js';
import { validateAdvisoriesSearch } from './search.js';
import { refusalReasons } from './upload-advisory.js';

describe('advisories search', () => {
  it('keeps the search, vendor, page and opened advisory', () => {
    expect(
      validateAdvisoriesSearch({
        q: 'CVE-2024-6242',
        vendor: 'Rockwell',
        page: 2,
        advisory: '0b3c9a1e-5f1b-4c55-9f4e-1',
      }),
    ).toEqual({ q: 'CVE-2024-6242', vendor: 'Rockwell', page: 2, advisory: '0b3c9a1e-5f1b-4c55-9f4e-1' });
  });

  it('drops malformed values instead of failing', () => {
    expect(validateAdvisoriesSearch({ page: -1, advisory: 'a b<script>', q: '' })).toEqual({
      q: undefined,
      vendor: undefined,
      page: undefined,
      advisory: undefined,
    });
    expect(validateAdvisoriesSearch({ page: '0' }).page).toBeUndefined();
  });
});

describe('refusal reasons', () => {
  it('lists the validation reasons of a 422, else the message', () => {
    const invalid = new ApiError(422, 'C981_ERR_CSAF_INVALID', 'not JSON; x', [
      { message: 'not JSON: Unexpected end of JSON input' },
      { message: '/document/tracking: must have required property id' },
    ]);
    expect(refusalReasons(invalid)).toEqual([
      'not JSON: Unexpected end of JSON input',
      '/document/tracking: must have required property id',
    ]);
    expect(refusalReasons(new ApiError(413, 'C981_ERR_TOO_LARGE', 'too large'))).toEqual(['too large']);
    expect(refusalReasons(new Error('connection lost'))).toEqual(['connection lost']);
  });
});

describe('scores', () => {
  it('prefers CVSS v3 and rates it', () => {
    expect(maxScore({ maxCvssV3: 9.8, maxCvssV4: 9.3 })).toEqual({ score: 9.8, version: '3' });
    expect(maxScore({ maxCvssV3: null, maxCvssV4: 7.1 })).toEqual({ score: 7.1, version: '4' });
    expect([9, 7, 4, 0.1, 0, null].map(severityOf)).toEqual(['critical', 'high', 'medium', 'low', 'none', null]);
  });
});
