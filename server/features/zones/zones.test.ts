import { expect, it } from 'vitest';
import { useApp } from '../../../test/app.js';
import { forEachDialect } from '../../../test/dialects.js';

forEachDialect('zones API', (ctx) => {
  const { call, seed } = useApp(ctx);

  it('creates a zone with a single-number SL-T and answers the full vector', async () => {
    await seed();
    const res = await call('POST', '/api/v1/sites/plant/zones', {
      id: 'z-safety',
      name: 'SIS',
      kind: 'safety',
      slTarget: 3,
      parent: 'z-control',
      position: { x: 10, y: 20 },
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      site: 'plant',
      id: 'z-safety',
      name: 'SIS',
      kind: 'safety',
      slTarget: [3, 3, 3, 3, 3, 3, 3],
      parent: 'z-control',
      position: { x: 10, y: 20 },
      abilities: ['read', 'update', 'delete'],
    });
    expect((await call('GET', '/api/v1/sites/plant/zones/z-safety')).body.slTarget).toEqual([3, 3, 3, 3, 3, 3, 3]);
    expect(
      (await call('GET', '/api/v1/sites/plant/zones?kind=safety')).body.items.map((z: { id: string }) => z.id),
    ).toEqual(['z-safety']);
  });

  it('rejects SL values out of range, wrong vector lengths, unknown kinds and clashing ids', async () => {
    await seed();
    const bad: [unknown, string][] = [
      [{ id: 'z1', name: 'Z', kind: 'control', slTarget: 5 }, 'C981_ERR_VALIDATION'],
      [{ id: 'z1', name: 'Z', kind: 'control', slTarget: [1, 2, 3, 4, 1, 2] }, 'C981_ERR_VALIDATION'],
      [{ id: 'z1', name: 'Z', kind: 'control', slTarget: [1, 2, 3, 4, 1, 2, -1] }, 'C981_ERR_VALIDATION'],
      [{ id: 'z1', name: 'Z', kind: 'plant-floor' }, 'C981_ERR_VALIDATION'],
      [{ id: 'z1', name: 'Z', kind: 'control', parent: 'nope' }, 'C981_ERR_VALIDATION'],
      [{ id: 'c-dmz-control', name: 'Z', kind: 'control' }, 'C981_ERR_CONFLICT'],
    ];
    for (const [body, code] of bad)
      expect((await call('POST', '/api/v1/sites/plant/zones', body)).body.error.code).toBe(code);
    expect((await call('GET', '/api/v1/sites/plant/zones')).body.items).toHaveLength(2);
  });

  it('updates partially, never changes the id and refuses parent cycles', async () => {
    await seed();
    await call('POST', '/api/v1/sites/plant/zones', {
      id: 'z-child',
      name: 'Child',
      kind: 'field',
      parent: 'z-control',
    });
    const res = await call('PATCH', '/api/v1/sites/plant/zones/z-control', {
      slTarget: [1, 1, 1, 1, 1, 1, 1],
      rationale: 'risk R-1',
    });
    expect(res.body).toMatchObject({
      id: 'z-control',
      name: 'Control',
      slTarget: [1, 1, 1, 1, 1, 1, 1],
      rationale: 'risk R-1',
    });
    expect((await call('PATCH', '/api/v1/sites/plant/zones/z-control', { id: 'renamed' })).body.error.code).toBe(
      'C981_ERR_VALIDATION',
    );
    expect(
      (await call('PATCH', '/api/v1/sites/plant/zones/z-control', { parent: 'z-child' })).body.error.message,
    ).toMatch(/cycle/);
    expect((await call('PATCH', '/api/v1/sites/plant/zones/z-control', { name: null })).body.error.code).toBe(
      'C981_ERR_VALIDATION',
    );
  });

  it('answers 409 when deleting a referenced zone, and cascades on request', async () => {
    await seed();
    const refused = await call('DELETE', '/api/v1/sites/plant/zones/z-control');
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/conduits, assets, results, compensating controls/);
    expect((await call('DELETE', '/api/v1/sites/plant/zones/z-control?cascade=true')).status).toBe(204);
    expect((await call('GET', '/api/v1/sites/plant/conduits')).body.items).toEqual([]);
    expect((await call('GET', '/api/v1/sites/plant/compensating-controls')).body.items).toEqual([]);
    const plc = await call('GET', '/api/v1/sites/plant/assets/plc-1');
    expect(plc.body.zone).toBeUndefined();
  });

  it('moves a zone of a regulated site without a reason (layout only), still audited', async () => {
    await seed();
    await ctx.db.kysely.updateTable('sites').set({ regulated: 1 }).where('id', '=', 'plant').execute();
    const url = '/api/v1/sites/plant/zones/z-control';
    const moved = await call('PATCH', url, { position: { x: 120, y: -40 } });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.body.position).toEqual({ x: 120, y: -40 });
    // Anything beyond the position is a change to the model and still needs a reason.
    for (const body of [{ position: { x: 1, y: 2 }, name: 'Renamed' }, { slTarget: 2 }])
      expect((await call('PATCH', url, body)).body.error.code).toBe('C981_ERR_REASON_REQUIRED');
    const audit = await ctx.db.kysely
      .selectFrom('audit_events')
      .select(['detail', 'reason'])
      .where('action', '=', 'zone.update')
      .where('entity_id', '=', 'z-control')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.reason).toBeNull();
    expect(JSON.parse(audit[0]?.detail ?? '{}').after.position).toEqual({ x: 120, y: -40 });
  });

  it('hides other sites: a zone is addressed under its own site only', async () => {
    await seed();
    await call('POST', '/api/v1/sites', { id: 'other', name: 'Other' });
    expect((await call('GET', '/api/v1/sites/other/zones/z-control')).status).toBe(404);
    expect((await call('GET', '/api/v1/sites/nope/zones')).body.error.code).toBe('C981_ERR_NOT_FOUND');
  });
});
