import { describe, expect, it } from 'vitest';
import { buildAsset, buildSite, buildZone } from '../../../test/factories.js';
import type { AssetDoc, SiteDoc } from '../../schemas/site-file.js';
import { lintSite } from './lint-site.js';

const AS_OF = '2026-06-01';

/** A site with one control zone holding `assets`; `slTarget: null` leaves the zone without SL-T. */
const controlZoneWith = (assets: AssetDoc[], slTarget: number | number[] | null = [2, 2, 2, 1, 2, 1, 2]): SiteDoc => {
  const zone = buildZone({ id: 'z-control' });
  if (slTarget === null) delete zone.slTarget;
  else zone.slTarget = slTarget;
  return buildSite({ zones: [zone], conduits: [], assets, compensatingControls: [] });
};
const slcFindings = (site: SiteDoc) => lintSite(site, AS_OF).filter((f) => f.rule === 'ZONE-SLC-BELOW-SLT');

describe('ZONE-SLC-BELOW-SLT', () => {
  it('fires when the weakest known asset is below SL-T, naming the FRs, levels and assets', () => {
    const site = controlZoneWith([
      buildAsset({ id: 'plc-1', zone: 'z-control', slCapability: 2 }),
      buildAsset({ id: 'plc-2', zone: 'z-control', slCapability: [1, 2, 2, 1, 2, 1, 0] }),
      buildAsset({ id: 'plc-3', zone: 'z-control' }), // unknown capability: left out
    ]);
    const found = slcFindings(site);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', subject: { kind: 'zone', id: 'z-control' } });
    expect(found[0]?.message).toContain('FR 1 (SL-C 1 < SL-T 2)');
    expect(found[0]?.message).toContain('FR 7 (SL-C 0 < SL-T 2)');
    expect(found[0]?.message).not.toContain('FR 2');
    expect(found[0]?.message).toContain('plc-2');
    expect(found[0]?.message).not.toContain('plc-1');
  });

  it('derives SL-C from 4-2 capabilities when no SL-C is declared', () => {
    const site = controlZoneWith([
      buildAsset({ zone: 'z-control', componentClass: 'embedded-device', capabilities: { 'CR 1.1': 'met' } }),
    ]);
    expect(slcFindings(site).map((f) => f.subject.id)).toEqual(['z-control']);
  });

  it('does not fire when capability meets the target, is unknown, belongs to decommissioned assets, or SL-T is missing', () => {
    expect(slcFindings(controlZoneWith([buildAsset({ zone: 'z-control', slCapability: 3 })]))).toEqual([]);
    expect(slcFindings(controlZoneWith([buildAsset({ zone: 'z-control' })]))).toEqual([]);
    const retired = buildAsset({ zone: 'z-control', slCapability: 0, lifecycle: 'decommissioned' });
    expect(
      slcFindings(controlZoneWith([retired, buildAsset({ id: 'p2', zone: 'z-control', slCapability: 2 })])),
    ).toEqual([]);
    expect(slcFindings(controlZoneWith([buildAsset({ zone: 'z-control', slCapability: 0 })], null))).toEqual([]);
  });
});
