import { expect, it } from 'vitest';
import { useApp } from '../../../test/app.js';
import { forEachDialect } from '../../../test/dialects.js';

const url = '/api/v1/sites/plant/zones/z-control/slt-recommendation';
/** One intolerable criminal scenario on FR 1 and 3 (likelihood 4 × consequence 4 = critical). */
const criminal = {
  id: 's-1',
  title: 'Ransomware crew takes over the engineering workstation',
  target: { kind: 'zone', id: 'z-control' },
  threatSource: { name: 'Ransomware crew', kind: 'criminal' },
  vector: 'network',
  affectedFrs: [1, 3],
  consequence: { 'production-financial': 4 },
  likelihood: 4,
};

forEachDialect('SL-T recommendation API', (ctx) => {
  const { call, seed } = useApp(ctx);

  it('recommends the hand-worked vector beside the current SL-T (default matrix)', async () => {
    await seed();
    expect((await call('POST', '/api/v1/sites/plant/risks', criminal)).status).toBe(201);
    const res = await call('GET', url);
    expect(res.status, res.text).toBe(200);
    // Criminal source = capability SL 3 on the FRs it affects; every other FR gets the floor, 1.
    expect(res.body.recommendation.vector).toEqual([3, 1, 3, 1, 1, 1, 1]);
    expect(res.body.recommendation.intolerable).toEqual(['s-1']);
    expect(res.body.recommendation.frs[0]).toMatchObject({ fr: 1, sl: 3, scenarios: ['s-1'] });
    expect(res.body).toMatchObject({
      site: 'plant',
      target: { kind: 'zone', id: 'z-control' },
      current: [2, 2, 2, 2, 2, 2, 2],
      matrix: { source: 'default' },
    });
    expect(res.body.comparison[0]).toEqual({ fr: 1, current: 2, recommended: 3, delta: 1 });
    expect(res.body.comparison[1]).toEqual({ fr: 2, current: 2, recommended: 1, delta: -1 });
    // Without scenarios: no basis, every FR null.
    const dmz = await call('GET', '/api/v1/sites/plant/zones/z-dmz/slt-recommendation');
    expect(dmz.body.recommendation.vector).toEqual([null, null, null, null, null, null, null]);
    const conduit = await call('GET', '/api/v1/sites/plant/conduits/c-dmz-control/slt-recommendation');
    expect(conduit.status).toBe(200);
    expect(conduit.body.target).toEqual({ kind: 'conduit', id: 'c-dmz-control' });
    expect((await call('GET', '/api/v1/sites/plant/zones/nowhere/slt-recommendation')).status).toBe(404);
  });

  it('adopts the recommendation with a rationale through the zone update', async () => {
    await seed();
    await call('POST', '/api/v1/sites/plant/risks', criminal);
    const adopted = await call('POST', `${url}/adopt`, { rationale: 'Ransomware risk s-1 (workshop 2026-11)' });
    expect(adopted.status, adopted.text).toBe(200);
    expect(adopted.body).toMatchObject({
      id: 'z-control',
      slTarget: [3, 1, 3, 1, 1, 1, 1],
      rationale: 'Ransomware risk s-1 (workshop 2026-11)',
      abilities: ['read', 'update', 'delete'],
    });
    const zone = await call('GET', '/api/v1/sites/plant/zones/z-control');
    expect(zone.body.slTarget).toEqual([3, 1, 3, 1, 1, 1, 1]);
    const audit = await ctx.db.kysely
      .selectFrom('audit_events')
      .select(['action', 'entity_id'])
      .where('action', '=', 'zone.update')
      .execute();
    expect(audit).toEqual([{ action: 'zone.update', entity_id: 'z-control' }]);
    expect((await call('GET', url)).body.comparison.every((c: { delta: number }) => c.delta === 0)).toBe(true);

    expect((await call('POST', `${url}/adopt`, {})).body.error.code).toBe('C981_ERR_VALIDATION');
    const none = await call('POST', '/api/v1/sites/plant/zones/z-dmz/slt-recommendation/adopt', { rationale: 'x' });
    expect(none.status).toBe(409);
  });

  it('needs a reason to adopt on regulated sites', async () => {
    await seed();
    await call('POST', '/api/v1/sites/plant/risks', criminal);
    await ctx.db.kysely.updateTable('sites').set({ regulated: 1 }).where('id', '=', 'plant').execute();
    const refused = await call('POST', `${url}/adopt`, { rationale: 'risk s-1' });
    expect(refused.body.error.code).toBe('C981_ERR_REASON_REQUIRED');
    const ok = await call('POST', `${url}/adopt`, { rationale: 'risk s-1' }, { 'x-c981-reason': 'CR-2026-301' });
    expect(ok.status, ok.text).toBe(200);
  });
});
