import { expect, it } from 'vitest';
import { buildUser } from '../../../test/accounts.js';
import { useApp } from '../../../test/app.js';
import { forEachDialect, type DialectContext } from '../../../test/dialects.js';

/** A criminal scenario on z-control: likelihood 4 × production 4 = critical on the default matrix. */
const scenario = (over: Record<string, unknown> = {}) => ({
  id: 's-1',
  title: 'Ransomware encrypts the control servers',
  target: { kind: 'zone', id: 'z-control' },
  threatSource: { name: 'Ransomware crew', kind: 'criminal' },
  vector: 'remote-access',
  affectedFrs: [1, 3],
  consequence: { 'production-financial': 4 },
  likelihood: 4,
  countermeasures: { assets: ['plc-1'], requirements: ['SR 1.1'], compensatingControls: ['cc-1'] },
  ...over,
});

const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id);
const audit = (ctx: DialectContext, prefix: string) =>
  ctx.db.kysely
    .selectFrom('audit_events')
    .select(['action', 'entity', 'entity_id', 'reason'])
    .where('action', 'like', `${prefix}%`)
    .orderBy('seq')
    .execute();

forEachDialect('threat scenarios API', (ctx) => {
  const { call, seed } = useApp(ctx);
  const base = '/api/v1/sites/plant/risks';

  it('creates, reads, updates and deletes scenarios with their computed risk', async () => {
    await seed();
    const created = await call('POST', base, scenario());
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({
      site: 'plant',
      id: 's-1',
      target: { kind: 'zone', id: 'z-control' },
      unmitigatedRisk: { level: 'critical', name: 'Critical', tolerable: false, likelihood: 4, consequence: 4 },
      residualRisk: null,
      warnings: [],
      abilities: ['read', 'update', 'delete'],
    });
    expect((await call('GET', `${base}/s-1`)).body).toEqual(created.body);
    expect((await call('POST', base, scenario())).body.error.code).toBe('C981_ERR_CONFLICT');

    // Residual: likelihood 2 with the same consequence is medium, within the tolerable line.
    const patched = await call('PATCH', `${base}/s-1`, { residualLikelihood: 2 });
    expect(patched.status, patched.text).toBe(200);
    expect(patched.body.residualRisk).toMatchObject({ level: 'medium', tolerable: true, likelihood: 2 });
    expect(patched.body.title).toBe('Ransomware encrypts the control servers');
    // A residual worse than the unmitigated rating is stored, with a warning.
    const worse = await call('PATCH', `${base}/s-1`, { residualLikelihood: 5 });
    expect(worse.status).toBe(200);
    expect(worse.body.warnings).toEqual([{ path: 'residualLikelihood', message: expect.stringContaining('worse') }]);
    const cleared = await call('PATCH', `${base}/s-1`, { residualLikelihood: null });
    expect(cleared.body.residualRisk).toBeNull();
    expect(cleared.body).not.toHaveProperty('residualLikelihood');
    expect((await call('PATCH', `${base}/s-1`, { id: 's-9' })).status).toBe(400);

    const deleted = await call('DELETE', `${base}/s-1`);
    expect(deleted.status).toBe(204);
    expect((await call('GET', `${base}/s-1`)).status).toBe(404);
    expect((await audit(ctx, 'risk.')).map((a) => [a.action, a.entity, a.entity_id])).toEqual([
      ['risk.create', 'risk', 's-1'],
      ['risk.update', 'risk', 's-1'],
      ['risk.update', 'risk', 's-1'],
      ['risk.update', 'risk', 's-1'],
      ['risk.delete', 'risk', 's-1'],
    ]);
  });

  it('filters, sorts and pages the register', async () => {
    await seed();
    await call('POST', base, scenario({ id: 'a-crit', residualLikelihood: 1 }));
    await call(
      'POST',
      base,
      scenario({
        id: 'b-low',
        target: { kind: 'conduit', id: 'c-dmz-control' },
        likelihood: 1,
        consequence: { reputation: 1 },
      }),
    );
    await call('POST', base, scenario({ id: 'c-high', likelihood: 3, consequence: { 'health-safety': 4 } }));
    expect(ids((await call('GET', base)).body)).toEqual(['a-crit', 'b-low', 'c-high']);
    expect(ids((await call('GET', `${base}?target=z-control`)).body)).toEqual(['a-crit', 'c-high']);
    expect(ids((await call('GET', `${base}?tolerable=true`)).body)).toEqual(['b-low']);
    expect(ids((await call('GET', `${base}?tolerable=false&level=high`)).body)).toEqual(['c-high']);
    expect(ids((await call('GET', `${base}?sort=-unmitigated`)).body)).toEqual(['a-crit', 'c-high', 'b-low']);
    // Unrated residuals come last.
    expect(ids((await call('GET', `${base}?sort=-residual`)).body)).toEqual(['a-crit', 'b-low', 'c-high']);
    const first = await call('GET', `${base}?sort=-unmitigated&limit=2`);
    expect(ids(first.body)).toEqual(['a-crit', 'c-high']);
    const second = await call('GET', `${base}?sort=-unmitigated&limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body).toMatchObject({ nextCursor: null });
    expect(ids(second.body)).toEqual(['b-low']);
    expect((await call('GET', `${base}?sort=risk`)).body.error.code).toBe('C981_ERR_VALIDATION');
  });

  it('refuses invalid scenarios with details and stores nothing', async () => {
    await seed();
    await call('POST', '/api/v1/sites', { id: 'other', name: 'Other' });
    await call('POST', '/api/v1/sites/other/zones', { id: 'z-other', name: 'Other', kind: 'control' });
    const cases: [Record<string, unknown>, string][] = [
      [{ target: { kind: 'zone', id: 'z-other' } }, 'target.id'],
      [{ target: { kind: 'conduit', id: 'z-control' } }, 'target.id'],
      [{ countermeasures: { assets: ['plc-1', 'no-such-plc'] } }, 'countermeasures.assets[1]'],
      [{ countermeasures: { compensatingControls: ['cc-9'] } }, 'countermeasures.compensatingControls[0]'],
      [{ countermeasures: { requirements: ['SR 99.1'] } }, 'countermeasures.requirements[0]'],
      [{ likelihood: 9 }, 'likelihood'],
      [{ affectedFrs: [1, 8] }, 'affectedFrs[1]'],
      [{ threatSource: { name: 'Someone', kind: 'other' } }, 'threatSource.capability'],
    ];
    for (const [over, path] of cases) {
      const res = await call('POST', base, scenario(over));
      expect(res.status, res.text).toBe(400);
      expect(res.body.error.code).toBe('C981_ERR_VALIDATION');
      expect(
        res.body.error.details.map((d: { path: string }) => d.path),
        res.text,
      ).toContain(path);
    }
    await call('POST', base, scenario());
    const patch = await call('PATCH', `${base}/s-1`, { likelihood: 6 });
    expect(patch.status).toBe(400);
    expect((await call('GET', `${base}/s-1`)).body.likelihood).toBe(4);
    expect(ids((await call('GET', base)).body)).toEqual(['s-1']);
    expect(await audit(ctx, 'risk.')).toHaveLength(1);
  });

  it('needs a reason on regulated sites', async () => {
    const why = { 'x-c981-reason': 'CR-2026-300 risk assessment of line 4' };
    await call('POST', '/api/v1/sites', { id: 'gxp', name: 'GxP plant', regulated: true });
    await call('POST', '/api/v1/sites/gxp/zones', { id: 'z-1', name: 'Reactors', kind: 'control' }, why);
    const body = scenario({ target: { kind: 'zone', id: 'z-1' }, countermeasures: undefined });
    const refused = await call('POST', '/api/v1/sites/gxp/risks', body);
    expect(refused.body.error.code).toBe('C981_ERR_REASON_REQUIRED');
    expect((await call('GET', '/api/v1/sites/gxp/risks')).body.items).toEqual([]);
    expect((await call('POST', '/api/v1/sites/gxp/risks', body, why)).status).toBe(201);
    expect((await call('PATCH', '/api/v1/sites/gxp/risks/s-1', { likelihood: 2 })).body.error.code).toBe(
      'C981_ERR_REASON_REQUIRED',
    );
    expect((await call('DELETE', '/api/v1/sites/gxp/risks/s-1')).body.error.code).toBe('C981_ERR_REASON_REQUIRED');
    expect((await call('DELETE', '/api/v1/sites/gxp/risks/s-1', undefined, why)).status).toBe(204);
    expect((await audit(ctx, 'risk.')).map((a) => a.reason)).toEqual([why['x-c981-reason'], why['x-c981-reason']]);
  });

  it('lets viewers read, assessors write, and hides the site from outsiders', async () => {
    await seed();
    await call('POST', base, scenario());
    const as = (u: { token: string }) => ({ authorization: `Bearer ${u.token}` });
    const viewer = as(await buildUser(ctx.db, { plant: 'viewer' }));
    const assessor = as(await buildUser(ctx.db, { plant: 'assessor' }));
    const outsider = as(await buildUser(ctx.db, {}));
    const read = await call('GET', base, undefined, viewer);
    expect(read.status).toBe(200);
    expect(read.body.items[0].abilities).toEqual(['read']);
    expect((await call('POST', base, scenario({ id: 's-2' }), viewer)).status).toBe(403);
    expect((await call('PATCH', `${base}/s-1`, { likelihood: 1 }, viewer)).status).toBe(403);
    expect((await call('DELETE', `${base}/s-1`, undefined, viewer)).status).toBe(403);
    expect((await call('POST', base, scenario({ id: 's-2' }), assessor)).status).toBe(201);
    expect((await call('GET', base, undefined, outsider)).status).toBe(404);
    expect((await call('GET', `${base}/s-1`, undefined, outsider)).status).toBe(404);
    expect((await call('POST', base, scenario({ id: 's-3' }), outsider)).status).toBe(404);
    expect(
      (await call('GET', '/api/v1/sites/plant/zones/z-control/slt-recommendation', undefined, outsider)).status,
    ).toBe(404);
  });

  it('refuses to delete a zone or conduit that scenarios target, unless cascade', async () => {
    await seed();
    await call('POST', '/api/v1/sites/plant/zones', { id: 'z-new', name: 'New', kind: 'field' });
    await call('POST', base, scenario({ id: 's-zone', target: { kind: 'zone', id: 'z-new' } }));
    await call('POST', base, scenario({ id: 's-conduit', target: { kind: 'conduit', id: 'c-dmz-control' } }));
    const zone = await call('DELETE', '/api/v1/sites/plant/zones/z-new');
    expect(zone.status).toBe(409);
    expect(zone.body.error.message).toContain('risk scenarios (s-zone)');
    const conduit = await call('DELETE', '/api/v1/sites/plant/conduits/c-dmz-control');
    expect(conduit.status).toBe(409);
    expect(conduit.body.error.message).toContain('risk scenarios (s-conduit)');
    expect(ids((await call('GET', base)).body)).toEqual(['s-conduit', 's-zone']);

    expect((await call('DELETE', '/api/v1/sites/plant/zones/z-new?cascade=true')).status).toBe(204);
    expect(ids((await call('GET', base)).body)).toEqual(['s-conduit']);
    expect((await call('DELETE', '/api/v1/sites/plant/conduits/c-dmz-control?cascade=true')).status).toBe(204);
    expect(ids((await call('GET', base)).body)).toEqual([]);
  });

  it('refuses to delete a countermeasure asset or control; cascade drops the asset from the scenario', async () => {
    await seed();
    await call('POST', base, scenario());
    const control = await call('DELETE', '/api/v1/sites/plant/compensating-controls/cc-1');
    expect(control.status).toBe(409);
    expect(control.body.error.message).toContain('risk scenarios (s-1)');
    const asset = await call('DELETE', '/api/v1/sites/plant/assets/plc-1');
    expect(asset.status).toBe(409);
    expect(asset.body.error.message).toContain('risk scenarios (s-1)');

    expect((await call('DELETE', '/api/v1/sites/plant/assets/plc-1?cascade=true')).status).toBe(204);
    const after = (await call('GET', `${base}/s-1`)).body;
    expect(after.countermeasures).toEqual({ requirements: ['SR 1.1'], compensatingControls: ['cc-1'] });
  });
});
