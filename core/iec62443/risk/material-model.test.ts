import { describe, expect, it } from 'vitest';
import { materialChanges, materialModel } from './material-model.js';
import type { SiteDoc } from '../../schemas/site-file.js';

const site = (): Pick<SiteDoc, 'zones' | 'conduits' | 'assets'> => ({
  zones: [
    { id: 'z-sis', name: 'SIS', kind: 'safety', slTarget: 3 },
    { id: 'z-control', name: 'Control', kind: 'control', slTarget: [2, 2, 2, 1, 2, 1, 1] },
  ],
  conduits: [{ id: 'c-1', zones: ['z-sis', 'z-control'], slTarget: 2 }],
  assets: [
    { id: 'sis-1', name: 'SIS 1', type: 'plc', safety: true },
    { id: 'plc-1', name: 'PLC 1', type: 'plc' },
  ],
});

describe('materialModel', () => {
  it('keeps ids, kinds, SL-T vectors, conduit zones and safety assets, sorted', () => {
    expect(materialModel(site())).toEqual({
      zones: [
        { id: 'z-control', kind: 'control', slTarget: [2, 2, 2, 1, 2, 1, 1] },
        { id: 'z-sis', kind: 'safety', slTarget: [3, 3, 3, 3, 3, 3, 3] },
      ],
      conduits: [{ id: 'c-1', zones: ['z-control', 'z-sis'], slTarget: [2, 2, 2, 2, 2, 2, 2] }],
      safetyAssets: ['sis-1'],
    });
  });
});

describe('materialChanges', () => {
  const before = materialModel(site());

  it('finds nothing for immaterial changes (names, descriptions, non-safety assets, equal SL-T forms)', () => {
    const s = site();
    s.zones![0] = { ...s.zones![0]!, name: 'Safety system', description: 'renamed' };
    s.zones![1] = { ...s.zones![1]!, slTarget: [2, 2, 2, 1, 2, 1, 1] };
    s.conduits![0] = {
      ...s.conduits![0]!,
      zones: ['z-control', 'z-sis'],
      name: 'Link',
      slTarget: [2, 2, 2, 2, 2, 2, 2],
    };
    s.assets!.push({ id: 'hmi-9', name: 'HMI', type: 'hmi' });
    expect(materialChanges(before, materialModel(s))).toEqual([]);
  });

  it('lists added and removed zones and conduits, SL-T and conduit zone changes, safety flags', () => {
    const s = site();
    s.zones = [
      { ...s.zones![0]!, slTarget: 2 },
      { id: 'z-dmz', name: 'DMZ', kind: 'dmz' },
    ];
    s.conduits = [{ id: 'c-1', zones: ['z-sis', 'z-dmz'], slTarget: 2 }];
    s.assets = [
      { id: 'sis-1', name: 'SIS 1', type: 'plc' },
      { id: 'plc-1', name: 'PLC 1', type: 'plc', safety: true },
    ];
    expect(materialChanges(before, materialModel(s))).toEqual([
      {
        kind: 'zone',
        id: 'z-control',
        what: 'removed',
        before: { id: 'z-control', kind: 'control', slTarget: [2, 2, 2, 1, 2, 1, 1] },
        after: null,
      },
      { kind: 'zone', id: 'z-dmz', what: 'added', before: null, after: { id: 'z-dmz', kind: 'dmz', slTarget: null } },
      { kind: 'zone', id: 'z-sis', what: 'slTarget', before: [3, 3, 3, 3, 3, 3, 3], after: [2, 2, 2, 2, 2, 2, 2] },
      { kind: 'conduit', id: 'c-1', what: 'zones', before: ['z-control', 'z-sis'], after: ['z-dmz', 'z-sis'] },
      { kind: 'asset', id: 'sis-1', what: 'safety', before: true, after: false },
      { kind: 'asset', id: 'plc-1', what: 'safety', before: false, after: true },
    ]);
  });
});
