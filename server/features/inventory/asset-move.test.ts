import { expect, it } from 'vitest';
import { buildUser } from '../../../test/accounts.js';
import { useApp } from '../../../test/app.js';
import { forEachDialect } from '../../../test/dialects.js';

forEachDialect('moving assets between zones', (ctx) => {
  const { call, seed } = useApp(ctx);
  const MOVE = '/api/v1/sites/plant/assets/move';

  const zoneOf = async (id: string): Promise<string | undefined> =>
    (await call('GET', `/api/v1/sites/plant/assets/${id}`)).body.zone;
  const revision = async (): Promise<number> =>
    Number(
      (await ctx.db.kysely.selectFrom('sites').select('revision').where('id', '=', 'plant').executeTakeFirstOrThrow())
        .revision,
    );
  const moves = async () => (await call('GET', '/api/v1/audit?action=asset.move')).body.items;

  it('moves several assets at once, records one audit event and bumps the site revision', async () => {
    await seed();
    await call('POST', '/api/v1/sites/plant/assets', { id: 'sw-1', name: 'Switch', type: 'switch', zone: 'z-dmz' });
    const before = await revision();
    const res = await call('POST', MOVE, { assets: ['plc-1', 'hmi-1', 'sw-1', 'plc-1'], zone: 'z-dmz' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ site: 'plant', zone: 'z-dmz', moved: 2, unchanged: 1 });
    expect(await zoneOf('plc-1')).toBe('z-dmz');
    expect(await zoneOf('hmi-1')).toBe('z-dmz');
    expect(await revision()).toBe(before + 1);
    const audit = await moves();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'asset.move',
      site: 'plant',
      entity: 'asset',
      detail: {
        zone: 'z-dmz',
        assets: [
          { id: 'plc-1', from: 'z-control' },
          { id: 'hmi-1', from: 'z-control' },
        ],
      },
    });
    // The zone's evaluation follows at once: z-control lost its assets (no capability data left).
    const evaluation = await call('GET', '/api/v1/sites/plant/zones/z-control/evaluation');
    expect(evaluation.body.capabilityComplete).toBe(false);
  });

  it('takes assets out of every zone with zone null, and a move that changes nothing records nothing', async () => {
    await seed();
    expect((await call('POST', MOVE, { assets: ['plc-1'], zone: null })).body).toMatchObject({ moved: 1 });
    expect(await zoneOf('plc-1')).toBeUndefined();
    const before = await revision();
    expect((await call('POST', MOVE, { assets: ['plc-1'], zone: null })).body).toEqual({
      site: 'plant',
      zone: null,
      moved: 0,
      unchanged: 1,
    });
    expect(await revision()).toBe(before);
    expect(await moves()).toHaveLength(1);
  });

  it('moves nothing when an asset or the zone is unknown, and names them', async () => {
    await seed();
    const unknown = await call('POST', MOVE, { assets: ['plc-1', 'ghost-1', 'hmi-1', 'ghost-2'], zone: 'z-dmz' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('C981_ERR_VALIDATION');
    expect(unknown.body.error.message).toContain('"ghost-1", "ghost-2"');
    expect(unknown.body.error.details).toEqual([
      { path: 'assets[1]', message: 'asset "ghost-1" not found' },
      { path: 'assets[3]', message: 'asset "ghost-2" not found' },
    ]);
    const zone = await call('POST', MOVE, { assets: ['plc-1'], zone: 'z-nowhere' });
    expect(zone.status).toBe(400);
    expect(zone.body.error.details).toEqual([
      { path: 'zone', message: 'zone "z-nowhere" does not exist in site "plant"' },
    ]);
    expect(await zoneOf('plc-1')).toBe('z-control');
    expect(await zoneOf('hmi-1')).toBe('z-control');
    expect(await moves()).toHaveLength(0);
    for (const body of [
      {},
      { assets: [], zone: 'z-dmz' },
      { assets: ['plc-1'] },
      { assets: ['plc-1'], zone: 'z-dmz', extra: 1 },
      { assets: ['Not An Id'], zone: 'z-dmz' },
      { assets: Array.from({ length: 10_001 }, (_, i) => `a-${i}`), zone: 'z-dmz' },
    ]) {
      const res = await call('POST', MOVE, body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.body.error.code).toBe('C981_ERR_VALIDATION');
    }
    expect((await call('POST', '/api/v1/sites/nowhere/assets/move', { assets: ['plc-1'], zone: null })).status).toBe(
      404,
    );
  });

  it("refuses other sites' asset and zone ids: references never leave their site", async () => {
    await seed();
    await call('POST', '/api/v1/sites', { id: 'other', name: 'Other' });
    await call('POST', '/api/v1/sites/other/zones', { id: 'o-field', name: 'Field', kind: 'field' });
    await call('POST', '/api/v1/sites/other/assets', { id: 'secret-rtu', name: 'RTU', type: 'rtu', zone: 'o-field' });
    const res = await call('POST', MOVE, { assets: ['plc-1', 'secret-rtu'], zone: 'z-dmz' });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([{ path: 'assets[1]', message: 'asset "secret-rtu" not found' }]);
    expect((await call('POST', MOVE, { assets: ['plc-1'], zone: 'o-field' })).status).toBe(400);
    expect(await zoneOf('plc-1')).toBe('z-control');
    expect((await call('GET', '/api/v1/sites/other/assets/secret-rtu')).body.zone).toBe('o-field');
  });

  it('needs asset.update on the site: a viewer is refused, an outsider sees no site', async () => {
    await seed();
    await call('POST', '/api/v1/sites', { id: 'other', name: 'Other' });
    const as = async (roles: Record<string, 'viewer' | 'assessor'>) => ({
      authorization: `Bearer ${(await buildUser(ctx.db, roles)).token}`,
    });
    const viewer = await call('POST', MOVE, { assets: ['plc-1'], zone: 'z-dmz' }, await as({ plant: 'viewer' }));
    expect(viewer.status).toBe(403);
    expect(viewer.body.error.code).toBe('C981_ERR_FORBIDDEN');
    const outsider = await call('POST', MOVE, { assets: ['plc-1'], zone: 'z-dmz' }, await as({ other: 'assessor' }));
    expect(outsider.status).toBe(404);
    expect(await zoneOf('plc-1')).toBe('z-control');
    const assessor = await call('POST', MOVE, { assets: ['plc-1'], zone: 'z-dmz' }, await as({ plant: 'assessor' }));
    expect(assessor.status).toBe(200);
    expect(await zoneOf('plc-1')).toBe('z-dmz');
    expect((await moves())[0]).toMatchObject({ actorKind: 'token', detail: { zone: 'z-dmz' } });
  });
});
