import { describe, expect, it } from 'vitest';
import { buildAsset, buildSite, buildZone } from '../../../test/factories.js';
import type { ConduitDoc, SiteDoc } from '../../schemas/site-file.js';
import type { ZoneKind } from '../../schemas/vocabulary.js';
import { lintSite } from './lint-site.js';

const AS_OF = '2026-06-01';

/** One zone per kind (id `z-<kind>`, SL-T 2) and the given conduits. */
const siteWith = (conduits: ConduitDoc[]): SiteDoc => {
  const kinds: ZoneKind[] = ['enterprise', 'dmz', 'control', 'safety', 'field', 'remote-access', 'external'];
  return buildSite({
    zones: kinds.map((kind) => buildZone({ id: `z-${kind}`, kind })),
    assets: kinds.map((kind) => buildAsset({ id: `a-${kind}`, type: 'server', zone: `z-${kind}` })),
    conduits,
    compensatingControls: [],
  });
};
const conduit = (id: string, zones: string[], slTarget: number | number[] = 2): ConduitDoc => ({ id, zones, slTarget });
const findingsOf = (site: SiteDoc, rule: string) => lintSite(site, AS_OF).filter((f) => f.rule === rule);

describe('CONDUIT-EXTERNAL-DIRECT', () => {
  it('fires for enterprise or external zones joined directly to control, safety or field zones', () => {
    const site = siteWith([
      conduit('c-ent-ctl', ['z-enterprise', 'z-control']),
      conduit('c-ext-field', ['z-field', 'z-external']),
      conduit('c-three', ['z-dmz', 'z-enterprise', 'z-safety']),
    ]);
    const found = findingsOf(site, 'CONDUIT-EXTERNAL-DIRECT');
    expect(found.map((f) => f.subject)).toEqual([
      { kind: 'conduit', id: 'c-ent-ctl' },
      { kind: 'conduit', id: 'c-ext-field' },
      { kind: 'conduit', id: 'c-three' },
    ]);
    expect(found[0]).toMatchObject({ severity: 'error', clause: 'IEC 62443-3-2 ZCR 3.6' });
    expect(found[0]?.message).toContain('z-enterprise (enterprise)');
    expect(found[0]?.message).toContain('z-control (control)');
  });

  it('does not fire when a DMZ sits in between', () => {
    const site = siteWith([
      conduit('c-ent-dmz', ['z-enterprise', 'z-dmz']),
      conduit('c-dmz-ctl', ['z-dmz', 'z-control']),
    ]);
    expect(findingsOf(site, 'CONDUIT-EXTERNAL-DIRECT')).toEqual([]);
  });
});

describe('CONDUIT-SAFETY-EXPOSED', () => {
  it('fires for a safety zone joined to enterprise, external or remote-access zones', () => {
    const site = siteWith([
      conduit('c-1', ['z-safety', 'z-remote-access']),
      conduit('c-2', ['z-external', 'z-safety']),
      conduit('c-3', ['z-safety', 'z-enterprise']),
    ]);
    const found = findingsOf(site, 'CONDUIT-SAFETY-EXPOSED');
    expect(found.map((f) => [f.subject.id, f.severity])).toEqual([
      ['c-1', 'error'],
      ['c-2', 'error'],
      ['c-3', 'error'],
    ]);
    expect(found[0]?.message).toContain('z-remote-access (remote-access)');
  });

  it('does not fire for a safety zone joined to the control zone', () => {
    expect(findingsOf(siteWith([conduit('c-sis', ['z-safety', 'z-control'])]), 'CONDUIT-SAFETY-EXPOSED')).toEqual([]);
  });
});

describe('CONDUIT-SLT-BELOW-ZONE', () => {
  it('fires per FR where the conduit is below the higher zone SL-T, naming FRs, levels and zones', () => {
    const site = siteWith([conduit('c-dmz-ctl', ['z-dmz', 'z-control'], [2, 1, 2, 2, 2, 2, 0])]);
    const found = findingsOf(site, 'CONDUIT-SLT-BELOW-ZONE');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', subject: { kind: 'conduit', id: 'c-dmz-ctl' } });
    expect(found[0]?.message).toContain('FR 2 (1 < 2 of z-dmz, z-control)');
    expect(found[0]?.message).toContain('FR 7 (0 < 2');
    expect(found[0]?.message).not.toContain('FR 1 ');
  });

  it('does not fire when the conduit matches the zones, or when the conduit or every zone lacks SL-T', () => {
    const site = siteWith([
      conduit('c-ok', ['z-dmz', 'z-control'], 3),
      { id: 'c-none', zones: ['z-dmz', 'z-control'] },
    ]);
    expect(findingsOf(site, 'CONDUIT-SLT-BELOW-ZONE')).toEqual([]);
    const noTargets = buildSite({
      zones: [buildZone({ id: 'a' }), buildZone({ id: 'b' })].map(({ slTarget: _dropped, ...z }) => z),
      conduits: [conduit('c-low', ['a', 'b'], 0)],
    });
    expect(findingsOf(noTargets, 'CONDUIT-SLT-BELOW-ZONE')).toEqual([]);
  });
});
