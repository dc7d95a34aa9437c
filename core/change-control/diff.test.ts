import { describe, expect, it } from 'vitest';
import { buildSite } from '../../test/factories.js';
import { CATALOG_3_3 } from '../iec62443/catalog.js';
import { canonicalSite } from '../sitefile/canonical.js';
import type { SiteDoc } from '../schemas/site-file.js';
import { diffSnapshots, type EntityChange } from './diff.js';
import { snapshotOf } from './snapshot.js';

const AS_OF = '2026-06-01';
const snap = (over: Partial<SiteDoc> = {}) => snapshotOf(canonicalSite(buildSite(over)), AS_OF);
const only = (changes: EntityChange[], kind: EntityChange['kind']) => changes.filter((c) => c.kind === kind);

describe('snapshot diff', () => {
  it('finds nothing between equal snapshots', () => {
    const d = diffSnapshots(snap(), snap());
    expect(d.changes).toEqual([]);
    expect(d.counts.asset).toEqual({ added: 0, removed: 0, changed: 0 });
  });

  it('reports an SL-T change field by field and FR by FR', () => {
    const base = buildSite();
    const zones = base.zones?.map((z) =>
      z.id === 'z-dmz' ? { ...z, slTarget: [1, 2, 3, 1, 2, 1, 2], rationale: 'raised' } : z,
    );
    const d = diffSnapshots(snap(), snap({ zones }));
    expect(only(d.changes, 'zone')).toEqual([
      {
        kind: 'zone',
        id: 'z-dmz',
        change: 'changed',
        fields: [
          { path: 'slTarget', before: [1, 2, 2, 1, 2, 1, 1], after: [1, 2, 3, 1, 2, 1, 2] },
          { path: 'rationale', before: null, after: 'raised' },
        ],
        sl: [
          { field: 'slTarget', fr: 3, before: 2, after: 3 },
          { field: 'slTarget', fr: 7, before: 1, after: 2 },
        ],
      },
    ]);
    expect(d.counts.zone).toEqual({ added: 0, removed: 0, changed: 1 });
  });

  it('reports added, removed and changed assets with nested fields', () => {
    const base = buildSite();
    const assets = [
      ...(base.assets ?? [])
        .filter((a) => a.id !== 'hmi-1')
        .map((a) => ({ ...a, firmware: 'V3.0.1', capabilities: { 'CR 1.1': 'met' as const } })),
      { id: 'plc-2', name: 'PLC 2', type: 'plc' as const },
    ];
    const controls = base.compensatingControls?.map((c) => ({ ...c, assets: [] }));
    const d = diffSnapshots(snap(), snap({ assets, compensatingControls: controls }));
    const assetChanges = only(d.changes, 'asset');
    expect(assetChanges.map((c) => [c.id, c.change])).toEqual([
      ['plc-1', 'changed'],
      ['plc-2', 'added'],
      ['hmi-1', 'removed'],
    ]);
    expect(assetChanges[0]?.fields).toEqual([
      { path: 'firmware', before: 'V2.9.4', after: 'V3.0.1' },
      { path: 'capabilities', before: null, after: { 'CR 1.1': 'met' } },
    ]);
    expect(assetChanges[1]?.after).toEqual({ id: 'plc-2', name: 'PLC 2', type: 'plc' });
    expect(assetChanges[2]?.before).toMatchObject({ id: 'hmi-1', name: 'HMI 1' });
    expect(only(d.changes, 'compensatingControl')[0]?.fields).toEqual([
      { path: 'assets', before: ['hmi-1'], after: null },
    ]);
  });

  it('reports results by scope and requirement, and the SL-A they move', () => {
    const d = diffSnapshots(
      snap({ assessments: [{ scope: 'z-control', results: { 'SR 1.1': 'partial' } }] }),
      snap({ assessments: [{ scope: 'z-control', results: { 'SR 1.1': 'implemented', 'SR 1.2': 'planned' } }] }),
    );
    expect(only(d.changes, 'result')).toEqual([
      {
        kind: 'result',
        id: 'z-control SR 1.1',
        change: 'changed',
        fields: [{ path: 'result', before: 'partial', after: 'implemented' }],
        sl: [],
      },
      {
        kind: 'result',
        id: 'z-control SR 1.2',
        change: 'added',
        fields: [],
        sl: [],
        after: { key: 'z-control SR 1.2', value: 'planned' },
      },
    ]);
    expect(only(d.changes, 'achieved')).toEqual([]);

    // Every SL 1 requirement of FR 7 implemented lifts the zone's SL-A for FR 7 from 0 to 1.
    const fr7 = Object.fromEntries(
      CATALOG_3_3.filter((r) => r.fr === 7 && r.minSl === 1).map((r) => [r.id, 'implemented' as const]),
    );
    const lifted = diffSnapshots(
      snap({ assessments: [] }),
      snap({ assessments: [{ scope: 'z-control', results: fr7 }] }),
    );
    const achieved = only(lifted.changes, 'achieved');
    expect(achieved.map((c) => c.id)).toEqual(['z-control']);
    expect(achieved[0]?.sl).toEqual([{ field: 'slAchieved', fr: 7, before: 0, after: 1 }]);
  });
});
