// Hand-worked examples for every rule of DESIGN §3.
import { describe, expect, it } from 'vitest';
import type { AssetDoc, CompensatingControlDoc, ResultInputDoc } from '../schemas/site-file.js';
import { assetCapability, countedItems } from './capability.js';
import { CATALOG_3_3 } from './catalog.js';
import { evaluateScope, evaluateSite } from './evaluate.js';

const AS_OF = '2026-11-25';

/** Every 3-3 requirement of the FRs given, required at SL ≤ upTo, as implemented. */
function implemented(frs: number[], upTo = 4): Record<string, ResultInputDoc> {
  return Object.fromEntries(
    CATALOG_3_3.filter((i) => frs.includes(i.fr) && i.minSl <= upTo).map((i) => [i.id, 'implemented']),
  );
}

const control = (over: Partial<CompensatingControlDoc> = {}): CompensatingControlDoc => ({
  id: 'cc-1',
  scope: 'z',
  requirements: ['SR 1.1 RE 1'],
  kind: 'jump-host',
  approvedBy: 'qa.head',
  approvedAt: '2026-01-01',
  expires: '2027-01-01',
  ...over,
});

describe('SL-A, gap and blocking (DESIGN §3.1, 3.2, 3.5)', () => {
  it('a partially implemented SL-2 requirement caps SL-A at 1', () => {
    const e = evaluateScope(
      { id: 'z', slTarget: 2, results: { ...implemented([1], 2), 'SR 1.1 RE 1': 'partial' }, controls: [], assets: [] },
      AS_OF,
    );
    expect(e.slAchieved[0]).toBe(1);
    expect(e.gap[0]).toBe(1);
    expect(e.blocking.filter((b) => b.fr === 1)).toEqual([{ id: 'SR 1.1 RE 1', fr: 1, minSl: 2, status: 'partial' }]);
  });

  it('an RE first required at SL 3 blocks only targets of 3 and above', () => {
    const results = implemented([1], 2); // SR 1.1 RE 2 (lowest SL 3) has no result
    const at2 = evaluateScope({ id: 'z', slTarget: [2, 0, 0, 0, 0, 0, 0], results, controls: [] }, AS_OF);
    expect(at2.slAchieved[0]).toBe(2);
    expect(at2.blocking).toEqual([]);
    const at3 = evaluateScope({ id: 'z', slTarget: [3, 0, 0, 0, 0, 0, 0], results, controls: [] }, AS_OF);
    expect(at3.gap).toEqual([1, 0, 0, 0, 0, 0, 0]);
    expect(at3.blocking.map((b) => `${b.id}:${b.status}`)).toEqual(
      CATALOG_3_3.filter((i) => i.fr === 1 && i.minSl === 3).map((i) => `${i.id}:unassessed`),
    );
  });

  it('not-applicable counts as satisfied; unassessed does not', () => {
    const na = evaluateScope(
      { id: 'z', slTarget: 1, results: { ...implemented([2], 1), 'SR 2.1': 'not-applicable' }, controls: [] },
      AS_OF,
    );
    expect(na.slAchieved[1]).toBeGreaterThanOrEqual(1);
    const missing = implemented([2], 1);
    delete missing['SR 2.1'];
    const un = evaluateScope({ id: 'z', slTarget: 1, results: missing, controls: [] }, AS_OF);
    expect(un.slAchieved[1]).toBe(0);
    expect(un.blocking).toContainEqual({ id: 'SR 2.1', fr: 2, minSl: 1, status: 'unassessed' });
  });

  it('planned and not-implemented are not satisfied either', () => {
    for (const status of ['planned', 'not-implemented', 'partial'] as const) {
      const e = evaluateScope(
        { id: 'z', slTarget: 1, results: { ...implemented([3], 1), 'SR 3.1': status }, controls: [] },
        AS_OF,
      );
      expect(e.slAchieved[2]).toBe(0);
    }
  });

  it('reaches 4 when everything of an FR is satisfied, even without SL-4 items', () => {
    const e = evaluateScope({ id: 'z', slTarget: 4, results: implemented([6]), controls: [] }, AS_OF);
    expect(CATALOG_3_3.some((i) => i.fr === 6 && i.minSl === 4)).toBe(false);
    expect(e.slAchieved[5]).toBe(4);
    expect(e.slAchieved[0]).toBe(0);
  });

  it('a single-number SL expands to seven', () => {
    const e = evaluateScope({ id: 'z', slTarget: 3, results: {}, controls: [] }, AS_OF);
    expect(e.slTarget).toEqual([3, 3, 3, 3, 3, 3, 3]);
    expect(e.gap).toEqual([3, 3, 3, 3, 3, 3, 3]);
  });

  it('without SL-T: null target, zero gap, no blocking, a warning', () => {
    const e = evaluateScope({ id: 'z', results: {}, controls: [] }, AS_OF);
    expect(e).toMatchObject({
      slTarget: null,
      gap: [0, 0, 0, 0, 0, 0, 0],
      blocking: [],
      slAchieved: [0, 0, 0, 0, 0, 0, 0],
    });
    expect(e.warnings.join()).toMatch(/no SL-T/);
  });

  it('lists blocking requirements in catalog order across FRs', () => {
    const e = evaluateScope({ id: 'z', slTarget: 1, results: {}, controls: [] }, AS_OF);
    expect(e.blocking).toHaveLength(37);
    expect(e.blocking.map((b) => b.id)).toEqual(CATALOG_3_3.filter((i) => i.minSl === 1).map((i) => i.id));
  });
});

describe('compensating controls (DESIGN §3.1, 3.6)', () => {
  const base = { ...implemented([1], 2), 'SR 1.1 RE 1': 'partial' as const };

  it('a valid control satisfies exactly the requirements it lists and is reported as compensating', () => {
    const e = evaluateScope({ id: 'z', slTarget: 2, results: base, controls: [control()] }, AS_OF);
    expect(e.slAchieved[0]).toBe(2);
    expect(e.blocking.filter((b) => b.fr === 1)).toEqual([]);
    expect(e.compensated).toEqual([{ id: 'SR 1.1 RE 1', control: 'cc-1' }]);
  });

  it('counts a control on its expiry day but not the day after', () => {
    expect(
      evaluateScope({ id: 'z', slTarget: 2, results: base, controls: [control()] }, '2027-01-01').slAchieved[0],
    ).toBe(2);
    const after = evaluateScope({ id: 'z', slTarget: 2, results: base, controls: [control()] }, '2027-01-02');
    expect(after.slAchieved[0]).toBe(1);
    expect(after.compensated).toEqual([]);
    expect(after.warnings.join()).toMatch(/"cc-1" expired/);
  });

  it('does not count an unapproved control, or one approved after the date', () => {
    const unapproved = evaluateScope(
      { id: 'z', slTarget: 2, results: base, controls: [control({ approvedBy: undefined })] },
      AS_OF,
    );
    expect(unapproved.slAchieved[0]).toBe(1);
    expect(unapproved.warnings.join()).toMatch(/not approved/);
    const later = evaluateScope(
      { id: 'z', slTarget: 2, results: base, controls: [control({ approvedAt: '2026-12-01T09:00:00Z' })] },
      AS_OF,
    );
    expect(later.slAchieved[0]).toBe(1);
  });

  it('lists compensation for requirements above the target too, once per control', () => {
    const controls = [
      control({ requirements: ['SR 1.1 RE 3'] }),
      control({ id: 'cc-0', requirements: ['SR 1.1 RE 3', 'SR 1.1'] }),
    ];
    const e = evaluateScope({ id: 'z', slTarget: 1, results: { 'SR 1.1': 'implemented' }, controls }, AS_OF);
    expect(e.compensated).toEqual([
      { id: 'SR 1.1 RE 3', control: 'cc-0' },
      { id: 'SR 1.1 RE 3', control: 'cc-1' },
    ]);
  });
});

describe('SL-C (DESIGN §3.3, 3.4)', () => {
  /** Every counted 4-2 item of the class met, except those listed. */
  const capsExcept = (cls: NonNullable<AssetDoc['componentClass']>, except: string[]) =>
    Object.fromEntries(
      countedItems(cls).map((i) => [i.id, except.includes(i.id) ? ('not-met' as const) : ('met' as const)]),
    );

  it('a declared SL-C overrides 4-2 capabilities', () => {
    const a: AssetDoc = {
      id: 'a',
      name: 'A',
      type: 'plc',
      componentClass: 'embedded-device',
      slCapability: [2, 2, 2, 1, 2, 1, 2],
      capabilities: { 'CR 1.1': 'not-met' },
    };
    expect(assetCapability(a)).toEqual([2, 2, 2, 1, 2, 1, 2]);
  });

  it('derives SL-C for an embedded device from its EDR and common CR items', () => {
    const edr = countedItems('embedded-device').find((i) => i.type === 'EDR' && i.minSl === 1);
    expect(edr).toBeDefined();
    const a: AssetDoc = {
      id: 'a',
      name: 'A',
      type: 'plc',
      componentClass: 'embedded-device',
      capabilities: capsExcept('embedded-device', [edr?.id ?? '']),
    };
    const c = assetCapability(a);
    expect(c?.[(edr?.fr ?? 1) - 1]).toBe(0);
    expect(c?.filter((v) => v === 4)).toHaveLength(6);
    // An NDR item does not count for an embedded device.
    expect(countedItems('embedded-device').some((i) => i.type.startsWith('NDR'))).toBe(false);
  });

  it('derives SL-C for a network device; an item missing from capabilities is not met', () => {
    const ndr = countedItems('network-device').find((i) => i.type === 'NDR_RE' && i.minSl === 2);
    expect(ndr).toBeDefined();
    const caps = capsExcept('network-device', []);
    delete caps[ndr?.id ?? ''];
    const c = assetCapability({
      id: 's',
      name: 'S',
      type: 'switch',
      componentClass: 'network-device',
      capabilities: caps,
    });
    expect(c?.[(ndr?.fr ?? 1) - 1]).toBe(1);
  });

  it('leaves SL-C unknown without data, and the zone takes the minimum over known assets', () => {
    expect(assetCapability({ id: 'x', name: 'X', type: 'hmi' })).toBeNull();
    const site = {
      id: 's',
      name: 'S',
      zones: [
        { id: 'z', name: 'Z', kind: 'control' as const, slTarget: 2 },
        { id: 'empty', name: 'E', kind: 'field' as const },
      ],
      conduits: [{ id: 'c', zones: ['z', 'empty'] }],
      assets: [
        { id: 'a', name: 'A', type: 'plc' as const, zone: 'z', slCapability: [3, 3, 3, 3, 3, 3, 3] },
        { id: 'b', name: 'B', type: 'plc' as const, zone: 'z', slCapability: [2, 3, 1, 3, 3, 3, 3] },
        {
          id: 'old',
          name: 'Old',
          type: 'plc' as const,
          zone: 'z',
          slCapability: 0,
          lifecycle: 'decommissioned' as const,
        },
        { id: 'u', name: 'U', type: 'hmi' as const, zone: 'z' },
      ],
    };
    const e = evaluateSite(site, AS_OF);
    const z = e.zones.find((x) => x.id === 'z');
    expect(z?.slCapability).toEqual([2, 3, 1, 3, 3, 3, 3]);
    expect(z?.capabilityComplete).toBe(false);
    expect(z?.warnings.join()).toMatch(/1 asset without capability data: u/);
    const empty = e.zones.find((x) => x.id === 'empty');
    expect(empty).toMatchObject({
      slCapability: [null, null, null, null, null, null, null],
      capabilityComplete: false,
    });
    expect(e.conduits[0]).toMatchObject({ id: 'c', slCapability: null, capabilityComplete: null });
  });

  it('is complete when every live asset has capability data', () => {
    const e = evaluateScope(
      { id: 'z', results: {}, controls: [], assets: [{ id: 'a', name: 'A', type: 'plc', slCapability: 1 }] },
      AS_OF,
    );
    expect(e.capabilityComplete).toBe(true);
  });
});
