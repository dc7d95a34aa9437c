import { describe, expect, it } from 'vitest';
import { lookupMacVendor } from './oui-vendors.js';

describe('MAC vendors (IEEE registry via oui-data)', () => {
  it('names the organisation of registered prefixes, in any MAC spelling', () => {
    expect(lookupMacVendor('00:00:bc:3e:eb:e4')).toBe('Rockwell Automation');
    expect(lookupMacVendor('00-1B-1B-23-EB-3B')).toBe('Siemens AG');
    expect(lookupMacVendor('000e8cd0f9cb')).toBe('Siemens AG');
    expect(lookupMacVendor('00:e0:c9:00:10:a5')).toBe('AutomatedLogic Corporation');
  });

  it('has no vendor for group, locally administered, unassigned or malformed addresses', () => {
    expect(lookupMacVendor('ff:ff:ff:ff:ff:ff')).toBeNull();
    expect(lookupMacVendor('01:0e:cf:00:00:00')).toBeNull();
    expect(lookupMacVendor('02:14:4f:23:98:cf')).toBeNull();
    expect(lookupMacVendor('mstp:12')).toBeNull();
    expect(lookupMacVendor('00:00:bc')).toBeNull();
  });
});
