// The zone forms' subnets field: what is typed becomes the list sent, and the API's complaints
// about entries are picked out of its validation answer.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.js';
import { parseSubnets, sameSubnets, subnetErrors } from './zone-subnets.js';

describe('zone subnets', () => {
  it('splits on commas, semicolons and new lines, each prefix once', () => {
    expect(parseSubnets(' 10.10.20.0/24,\n10.10.21.0/24 ; 10.10.20.0/24\n\n')).toEqual([
      '10.10.20.0/24',
      '10.10.21.0/24',
    ]);
    expect(parseSubnets('  ')).toEqual([]);
    expect(sameSubnets(['a'], ['a'])).toBe(true);
    expect(sameSubnets([], undefined)).toBe(true);
    expect(sameSubnets(['a', 'b'], ['b', 'a'])).toBe(false);
  });

  it('picks the subnet messages out of a validation error, whatever the path spelling', () => {
    const message = '"10.1.2.3/24" has host bits set; did you mean 10.1.2.0/24?';
    const error = new ApiError(400, 'C981_ERR_VALIDATION', `subnets[0]: ${message}`, [
      { path: 'subnets[0]', message },
      { path: ['subnets', 1], message: '10.9.0.0/16 is already a subnet of zone "x"' },
      { path: 'name', message: 'too long' },
    ]);
    expect(subnetErrors(error)).toEqual([message, '10.9.0.0/16 is already a subnet of zone "x"']);
    expect(subnetErrors(new Error('x'))).toEqual([]);
  });
});
