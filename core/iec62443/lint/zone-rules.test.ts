import { describe, expect, it } from 'vitest';
import { buildAsset, buildSite, buildZone } from '../../../test/factories.js';
import type { AssetDoc, SiteDoc, ZoneDoc } from '../../schemas/site-file.js';
import { lintSite } from './lint-site.js';

const AS_OF = '2026-06-01';

/** A site whose zones are each given exactly the listed assets. */
const siteWith = (zones: ZoneDoc[], assets: AssetDoc[]): SiteDoc =>
  buildSite({ zones, conduits: [], assets, compensatingControls: [] });
const findingsOf = (site: SiteDoc, rule: string) => lintSite(site, AS_OF).filter((f) => f.rule === rule);

describe('ZONE-SAFETY-MIXED', () => {
  const sis = buildAsset({ id: 'sis-1', type: 'sis-controller', zone: 'z-sis', safety: true });

  it('fires when a SIS controller shares its zone with non-safety assets', () => {
    const site = siteWith(
      [buildZone({ id: 'z-sis', kind: 'safety' })],
      [sis, buildAsset({ id: 'plc-1', zone: 'z-sis' }), buildAsset({ id: 'hmi-1', type: 'hmi', zone: 'z-sis' })],
    );
    const [f, ...more] = findingsOf(site, 'ZONE-SAFETY-MIXED');
    expect(more).toEqual([]);
    expect(f).toMatchObject({
      severity: 'error',
      site: 'plant',
      subject: { kind: 'zone', id: 'z-sis' },
      clause: 'IEC 62443-3-2 ZCR 3.3',
    });
    expect(f?.message).toContain('sis-1');
    expect(f?.message).toContain('plc-1, hmi-1');
  });

  it('fires when a SIS controller sits in a zone whose kind is not safety', () => {
    const site = siteWith([buildZone({ id: 'z-control' })], [{ ...sis, zone: 'z-control' }]);
    expect(findingsOf(site, 'ZONE-SAFETY-MIXED').map((f) => f.subject.id)).toEqual(['z-control']);
  });

  it('accepts a safety zone of SIS controllers and assets marked safety, and ignores decommissioned ones', () => {
    const site = siteWith(
      [buildZone({ id: 'z-sis', kind: 'safety' })],
      [
        sis,
        buildAsset({ id: 'sis-hmi', type: 'hmi', zone: 'z-sis', safety: true }),
        buildAsset({ id: 'old-plc', zone: 'z-sis', lifecycle: 'decommissioned' }),
      ],
    );
    expect(findingsOf(site, 'ZONE-SAFETY-MIXED')).toEqual([]);
  });
});

describe('ZONE-BUSINESS-MIXED', () => {
  const office = buildZone({ id: 'z-office', kind: 'enterprise' });

  it('fires when an enterprise zone holds control assets, and names them with their type', () => {
    const site = siteWith(
      [office],
      [
        buildAsset({ id: 'ews-1', type: 'ews', zone: 'z-office' }),
        buildAsset({ id: 'pc-1', type: 'workstation', zone: 'z-office' }),
      ],
    );
    const found = findingsOf(site, 'ZONE-BUSINESS-MIXED');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', clause: 'IEC 62443-3-2 ZCR 3.2' });
    expect(found[0]?.message).toContain('ews-1 (ews)');
    expect(found[0]?.message).not.toContain('pc-1');
  });

  it('does not fire for business assets only, nor for control assets in a control zone', () => {
    const site = siteWith(
      [office, buildZone({ id: 'z-control' })],
      [buildAsset({ id: 'pc-1', type: 'workstation', zone: 'z-office' }), buildAsset({ zone: 'z-control' })],
    );
    expect(findingsOf(site, 'ZONE-BUSINESS-MIXED')).toEqual([]);
  });
});

describe('ZONE-WIRELESS-MIXED', () => {
  const ap = buildAsset({ id: 'ap-1', type: 'wireless-ap' });

  it('fires when an access point sits outside a wireless zone', () => {
    const site = siteWith(
      [buildZone({ id: 'z-control' })],
      [buildAsset({ zone: 'z-control' }), { ...ap, zone: 'z-control' }],
    );
    const found = findingsOf(site, 'ZONE-WIRELESS-MIXED');
    expect(found.map((f) => [f.subject.id, f.severity, f.clause])).toEqual([
      ['z-control', 'warning', 'IEC 62443-3-2 ZCR 3.5'],
    ]);
    expect(found[0]?.message).toContain('ap-1');
  });

  it('does not fire in a wireless zone', () => {
    const site = siteWith([buildZone({ id: 'z-wifi', kind: 'wireless' })], [{ ...ap, zone: 'z-wifi' }]);
    expect(findingsOf(site, 'ZONE-WIRELESS-MIXED')).toEqual([]);
  });
});

describe('ZONE-NO-SLT', () => {
  it('fires for a zone without SL-T', () => {
    const zone = buildZone({ id: 'z-new' });
    delete zone.slTarget;
    const found = findingsOf(siteWith([zone], [buildAsset({ zone: 'z-new' })]), 'ZONE-NO-SLT');
    expect(found.map((f) => [f.subject.id, f.severity, f.clause])).toEqual([
      ['z-new', 'warning', 'IEC 62443-3-2 ZCR 5.6'],
    ]);
  });

  it('does not fire when the SL-T is a number or a vector, even SL 0', () => {
    const site = siteWith(
      [buildZone({ id: 'a', slTarget: 0 }), buildZone({ id: 'b', slTarget: [1, 2, 3, 4, 0, 1, 2] })],
      [buildAsset({ id: 'x', zone: 'a' }), buildAsset({ id: 'y', zone: 'b' })],
    );
    expect(findingsOf(site, 'ZONE-NO-SLT')).toEqual([]);
  });
});

describe('ZONE-EMPTY', () => {
  it('fires for a zone with no assets, or only decommissioned ones', () => {
    const site = siteWith(
      [buildZone({ id: 'z-a' }), buildZone({ id: 'z-b' })],
      [buildAsset({ id: 'old', zone: 'z-b', lifecycle: 'decommissioned' })],
    );
    const found = findingsOf(site, 'ZONE-EMPTY');
    expect(found.map((f) => f.subject.id)).toEqual(['z-a', 'z-b']);
    expect(found[1]?.message).toContain('old');
  });

  it('does not fire when a planned or operational asset is in the zone', () => {
    const site = siteWith([buildZone({ id: 'z-a' })], [buildAsset({ zone: 'z-a', lifecycle: 'planned' })]);
    expect(findingsOf(site, 'ZONE-EMPTY')).toEqual([]);
  });
});
