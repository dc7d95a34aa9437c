import { expect, it } from 'vitest';
import { CATALOG_3_3 } from '../../../core/iec62443/catalog.js';
import { buildUser } from '../../../test/accounts.js';
import { useApp } from '../../../test/app.js';
import { forEachDialect } from '../../../test/dialects.js';

const AS_OF = '2026-11-25';

forEachDialect('evaluation API', (ctx) => {
  const { call, seed } = useApp(ctx);

  it('evaluates a site: every zone and conduit in the Eval shape, plus lint findings', async () => {
    await seed();
    const res = await call('GET', `/api/v1/sites/plant/evaluation?asOf=${AS_OF}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ asOf: AS_OF, id: 'plant' });
    expect(res.body.zones.map((z: { id: string }) => z.id)).toEqual(['z-control', 'z-dmz']);
    const control = res.body.zones[0];
    expect(Object.keys(control).sort()).toEqual([
      'blocking',
      'capabilityComplete',
      'compensated',
      'gap',
      'id',
      'slAchieved',
      'slCapability',
      'slTarget',
      'warnings',
    ]);
    // SR 1.2 is partial but covered by the approved, unexpired cc-1.
    expect(control.compensated).toEqual([{ id: 'SR 1.2', control: 'cc-1' }]);
    expect(control.slTarget).toEqual([2, 2, 2, 2, 2, 2, 2]);
    expect(res.body.conduits[0]).toMatchObject({ id: 'c-dmz-control', slCapability: null, capabilityComplete: null });
    expect(Array.isArray(res.body.findings)).toBe(true);
    const zone = await call('GET', `/api/v1/sites/plant/zones/z-control/evaluation?asOf=${AS_OF}`);
    expect(zone.body).toEqual({ asOf: AS_OF, ...control });
    expect((await call('GET', '/api/v1/sites/plant/conduits/c-dmz-control/evaluation')).status).toBe(200);
    expect((await call('GET', '/api/v1/sites/plant/zones/nope/evaluation')).status).toBe(404);
    expect((await call('GET', '/api/v1/sites/plant/evaluation?asOf=2026-02-30')).body.error.code).toBe(
      'C981_ERR_VALIDATION',
    );
  });

  it('shows a changed result in the next evaluation (the cache is invalidated)', async () => {
    await seed();
    const before = await call('GET', `/api/v1/sites/plant/zones/z-control/evaluation?asOf=${AS_OF}`);
    expect(before.body.blocking.map((b: { id: string }) => b.id)).toContain('SR 1.1 RE 1');
    await call('PUT', '/api/v1/sites/plant/results', { scope: 'z-control', results: { 'SR 1.1 RE 1': 'implemented' } });
    const after = await call('GET', `/api/v1/sites/plant/zones/z-control/evaluation?asOf=${AS_OF}`);
    expect(after.body.blocking.map((b: { id: string }) => b.id)).not.toContain('SR 1.1 RE 1');
    await call('PATCH', '/api/v1/sites/plant/zones/z-control', { slTarget: 0 });
    const none = await call('GET', `/api/v1/sites/plant/zones/z-control/evaluation?asOf=${AS_OF}`);
    expect(none.body.gap).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('counts a control after it is approved through the API', async () => {
    await seed();
    await call('POST', '/api/v1/sites/plant/compensating-controls', {
      id: 'cc-new',
      scope: 'z-control',
      requirements: ['SR 1.1 RE 1'],
      kind: 'procedural',
    });
    const before = await call('GET', '/api/v1/sites/plant/zones/z-control/evaluation');
    expect(before.body.warnings.join()).toMatch(/"cc-new" is not approved/);
    // Someone other than its author approves it (issue #4: never one's own).
    const approver = await buildUser(ctx.db, { plant: 'approver' });
    const as = { authorization: `Bearer ${approver.token}` };
    const approved = await call(
      'POST',
      '/api/v1/sites/plant/compensating-controls/cc-new/approve',
      { expires: '2099-12-31' },
      as,
    );
    expect(approved.body).toMatchObject({ approvedBy: expect.stringMatching(/^u_/), expires: '2099-12-31' });
    expect(approved.body.approvedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const after = await call('GET', '/api/v1/sites/plant/zones/z-control/evaluation');
    expect(after.body.compensated).toContainEqual({ id: 'SR 1.1 RE 1', control: 'cc-new' });
    expect(
      (await call('POST', '/api/v1/sites/plant/compensating-controls/cc-new/approve', { expires: '2001-01-01' }, as))
        .status,
    ).toBe(400);
  });

  it('summarises the portfolio per site and across the estate', async () => {
    await seed();
    await call('POST', '/api/v1/sites', { id: 'empty', name: 'Empty' });
    const res = await call('GET', `/api/v1/portfolio?asOf=${AS_OF}`);
    expect(res.body.sites.map((s: { id: string }) => s.id)).toEqual(['empty', 'plant']);
    const plant = res.body.sites[1];
    expect(plant).toMatchObject({ id: 'plant', zones: 2, zonesMeetingTarget: 0 });
    expect(plant.fr).toHaveLength(7);
    expect(plant.fr[0]).toMatchObject({ fr: 1, zonesWithGap: 2 });
    const names = Object.fromEntries(plant.worstZones.map((z: { id: string; name: string }) => [z.id, z.name]));
    expect(names).toEqual({ 'z-control': 'Control', 'z-dmz': 'DMZ' });
    expect(res.body.worstZones.length).toBeGreaterThan(0);
  });

  it("answers the zone's checklist with applicability, results and covering controls", async () => {
    await seed();
    const res = await call('GET', `/api/v1/sites/plant/zones/z-control/requirements?asOf=${AS_OF}`);
    expect(res.body.items).toHaveLength(CATALOG_3_3.length);
    const sr12 = res.body.items.find((i: { id: string }) => i.id === 'SR 1.2');
    expect(sr12).toMatchObject({
      fr: 1,
      minSl: 2,
      applies: true,
      result: { status: 'partial', note: 'shared account' },
      controls: [{ id: 'cc-1', validity: 'valid' }],
      satisfied: true,
    });
    const re3 = res.body.items.find((i: { id: string }) => i.id === 'SR 1.1 RE 3');
    expect(re3).toMatchObject({ applies: false, result: null, satisfied: false });
    expect(
      (await call('GET', `/api/v1/sites/plant/zones/z-control/requirements?asOf=2027-03-02`)).body.items.find(
        (i: { id: string }) => i.id === 'SR 1.2',
      ).controls,
    ).toEqual([{ id: 'cc-1', validity: 'expired' }]);
  });

  it('qualifies a candidate component against the zone SL-T', async () => {
    await seed();
    const declared = await call('POST', '/api/v1/sites/plant/zones/z-control/qualify', {
      componentClass: 'embedded-device',
      slCapability: [2, 2, 2, 1, 2, 2, 2],
    });
    expect(declared.body).toMatchObject({ meets: false, slCapability: [2, 2, 2, 1, 2, 2, 2] });
    expect(declared.body.fr[3]).toEqual({ fr: 4, target: 2, capability: 1, meets: false, shortfall: [] });
    const derived = await call('POST', '/api/v1/sites/plant/zones/z-control/qualify', {
      componentClass: 'network-device',
      capabilities: { 'CR 1.1': 'met' },
    });
    expect(derived.body.meets).toBe(false);
    expect(derived.body.fr[0].shortfall.map((s: { id: string }) => s.id)).toContain('CR 1.1 RE 1');
    expect(derived.body.fr[0].shortfall.map((s: { id: string }) => s.id)).not.toContain('CR 1.1');
    const bad = await call('POST', '/api/v1/sites/plant/zones/z-control/qualify', {
      componentClass: 'embedded-device',
      capabilities: { 'NDR 1.6': 'met' },
    });
    expect(bad.body.error.code).toBe('C981_ERR_VALIDATION');
    expect(
      (await call('POST', '/api/v1/sites/plant/zones/z-control/qualify', { componentClass: 'embedded-device' })).status,
    ).toBe(400);
    expect(
      (
        await call('POST', '/api/v1/sites/plant/zones/z-control/qualify', {
          componentClass: 'toaster',
          slCapability: 1,
        })
      ).status,
    ).toBe(400);
    await call('PATCH', '/api/v1/sites/plant/zones/z-dmz', { slTarget: null });
    expect(
      (
        await call('POST', '/api/v1/sites/plant/zones/z-dmz/qualify', {
          componentClass: 'embedded-device',
          slCapability: 1,
        })
      ).status,
    ).toBe(409);
  });

  it('lists the requirement catalog filtered by standard, FR and SL', async () => {
    const res = await call('GET', '/api/v1/requirements?standard=3-3&fr=1&sl=2');
    expect(res.body.items.map((i: { id: string }) => i.id)).toEqual(
      CATALOG_3_3.filter((i) => i.fr === 1 && i.minSl <= 2).map((i) => i.id),
    );
    expect((await call('GET', '/api/v1/requirements?sl=1')).body.items).toHaveLength(37);
    expect(res.body.items[0].description).toEqual(expect.any(String));
    const edr = await call('GET', '/api/v1/requirements?standard=4-2&componentClass=embedded-device&sl=1');
    expect(edr.body.items).toHaveLength(36);
    expect((await call('GET', '/api/v1/requirements?sl=5')).body.error.code).toBe('C981_ERR_VALIDATION');
  });
});
