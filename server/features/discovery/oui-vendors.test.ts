import { describe, expect, it } from 'vitest';
import { lookupMacVendor, REGISTRATION_AUTHORITY, registrySearchable } from './oui-vendors.js';

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

describe('MAC vendor search over the registry file', () => {
  it('answers what parsing the whole registry answers, for every kind of assignment', async () => {
    expect(registrySearchable()).toBe(true);
    const { readFile } = await import('node:fs/promises');
    const { createRequire } = await import('node:module');
    const registry = JSON.parse(await readFile(createRequire(import.meta.url).resolve('oui-data'), 'utf8')) as Record<
      string,
      string
    >;
    const keys = Object.keys(registry);
    const name = (entry: string) => entry.split('\n')[0]!.trim().replace(/,$/u, '');
    let checked = 0;
    // Every 97th key and the last: MA-L, MA-M and MA-S blocks.
    for (const key of keys.filter((_, i) => i % 97 === 0 || i === keys.length - 1)) {
      const first = parseInt(key.slice(0, 2), 16);
      if ((first & 0x03) !== 0) continue;
      const mac = key.padEnd(12, '0');
      // A longer (MA-S/MA-M) block inside this prefix rightly wins.
      const longest = [mac.slice(0, 9), mac.slice(0, 7), key].find((p) => registry[p] !== undefined)!;
      expect(lookupMacVendor(mac), key).toBe(name(registry[longest]!));
      checked++;
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('finds MA-M and MA-S blocks only under prefixes the IEEE holds or does not list (what the prefix cache relies on)', async () => {
    const { readFile } = await import('node:fs/promises');
    const { createRequire } = await import('node:module');
    const registry = JSON.parse(await readFile(createRequire(import.meta.url).resolve('oui-data'), 'utf8')) as Record<
      string,
      string
    >;
    const blocks = Object.keys(registry).filter((k) => k.length > 6);
    expect(blocks.length).toBeGreaterThan(1000);
    for (const key of blocks) {
      const holder = registry[key.slice(0, 6)];
      if (holder !== undefined) expect(holder.split('\n')[0]!.trim(), key).toBe(REGISTRATION_AUTHORITY);
    }
    // A MAC in an MA-S block after one in a company's prefix: each gets its own answer.
    expect(lookupMacVendor('00:1b:1b:00:00:01')).toBe('Siemens AG');
    const block = blocks.find((k) => k.length === 9 && (parseInt(k.slice(0, 2), 16) & 3) === 0)!;
    expect(lookupMacVendor(block.padEnd(12, '0'))).toBe(registry[block]!.split('\n')[0]!.trim().replace(/,$/u, ''));
  });
});
