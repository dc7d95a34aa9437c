import { describe, expect, it } from 'vitest';
import { buildAsset, buildSite } from '../../../test/factories.js';
import { lintSite } from './lint-site.js';

const AS_OF = '2026-06-01';

describe('ASSET-NO-ZONE', () => {
  it('fires for an asset without a zone', () => {
    const site = buildSite({ assets: [buildAsset({ zone: 'z-control' }), buildAsset({ id: 'spare-plc' })] });
    const found = lintSite(site, AS_OF).filter((f) => f.rule === 'ASSET-NO-ZONE');
    expect(found).toEqual([
      {
        rule: 'ASSET-NO-ZONE',
        severity: 'warning',
        site: 'plant',
        subject: { kind: 'asset', id: 'spare-plc' },
        message: expect.stringContaining('spare-plc') as string,
        clause: 'IEC 62443-3-2 ZCR 3.1',
      },
    ]);
  });

  it('does not fire for zoned or decommissioned assets', () => {
    const site = buildSite({
      assets: [buildAsset({ zone: 'z-control' }), buildAsset({ id: 'scrap', lifecycle: 'decommissioned' })],
    });
    expect(lintSite(site, AS_OF).filter((f) => f.rule === 'ASSET-NO-ZONE')).toEqual([]);
  });
});
