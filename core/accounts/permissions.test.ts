import { describe, expect, it } from 'vitest';
import { abilities, can, PERMISSIONS, readableSites, type Principal, type SiteRole } from './permissions.js';

const user = (roles: Record<string, SiteRole>, over: Partial<Principal> = {}): Principal => ({
  userId: 'u_1',
  orgRole: null,
  siteRoles: new Map(Object.entries(roles)),
  readOnly: false,
  tokenSites: null,
  ...over,
});

describe('permissions', () => {
  it('gives each site role its own powers on its own site only', () => {
    const p = user({ basel: 'assessor', riverside: 'viewer' });
    expect(can(p, 'asset.update', 'basel')).toBe(true);
    expect(can(p, 'zone.update', 'basel')).toBe(false);
    expect(can(p, 'asset.update', 'riverside')).toBe(false);
    expect(can(p, 'site.read', 'riverside')).toBe(true);
    expect(can(p, 'site.read', 'emmen')).toBe(false);
  });

  it('keeps approval separate from administration', () => {
    expect(can(user({ s: 'site-admin' }), 'compensatingControl.approve', 's')).toBe(false);
    expect(can(user({ s: 'approver' }), 'compensatingControl.approve', 's')).toBe(true);
    expect(can(user({ s: 'approver' }), 'asset.update', 's')).toBe(false);
  });

  it('lets an org-admin do everything, and nobody else create sites or manage users', () => {
    const admin = user({}, { orgRole: 'org-admin' });
    for (const perm of PERMISSIONS) expect(can(admin, perm, 'any')).toBe(true);
    expect(can(user({ s: 'site-admin' }), 'site.create')).toBe(false);
    expect(can(user({ s: 'site-admin' }), 'user.manage', 's')).toBe(false);
    expect(readableSites(admin)).toBeNull();
  });

  it('restricts tokens to reading and to their sites', () => {
    const ro = user({ a: 'site-admin', b: 'site-admin' }, { readOnly: true, tokenSites: ['a'] });
    expect(can(ro, 'site.read', 'a')).toBe(true);
    expect(can(ro, 'site.read', 'b')).toBe(false);
    expect(can(ro, 'zone.update', 'a')).toBe(false);
    expect(readableSites(ro)).toEqual(['a']);
    const adminToken = user({}, { orgRole: 'org-admin', tokenSites: ['x'] });
    expect(readableSites(adminToken)).toEqual(['x']);
    expect(can(adminToken, 'zone.update', 'y')).toBe(false);
    expect(can(adminToken, 'zone.update', 'x')).toBe(true);
    expect(can(adminToken, 'user.manage')).toBe(false);
    expect(can(adminToken, 'site.create')).toBe(false);
  });

  it('derives abilities for entities', () => {
    expect(abilities(user({ s: 'assessor' }), 'asset', 's')).toEqual(['read', 'update', 'delete']);
    expect(abilities(user({ s: 'assessor' }), 'zone', 's')).toEqual(['read']);
    expect(abilities(user({ s: 'approver' }), 'compensatingControl', 's')).toEqual(['read', 'approve']);
    expect(abilities(user({ s: 'viewer' }), 'site', 's')).toEqual(['read']);
  });
});
