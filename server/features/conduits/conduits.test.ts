import { expect, it } from 'vitest';
import { useApp } from '../../../test/app.js';
import { forEachDialect } from '../../../test/dialects.js';

forEachDialect('conduits API', (ctx) => {
  const { call, seed } = useApp(ctx);

  it('creates and reads a conduit with its channels and measures', async () => {
    await seed();
    await call('POST', '/api/v1/sites/plant/zones', { id: 'z-ra', name: 'Remote access', kind: 'remote-access' });
    const body = {
      id: 'c-ra',
      name: 'Vendor access',
      zones: ['z-ra', 'z-control'],
      slTarget: [2, 2, 1, 2, 2, 1, 1],
      measures: ['jump-host', 'vpn'],
      channels: [{ protocol: 'rdp', transport: 'tcp', port: 3389, from: 'z-ra', to: 'z-control' }],
    };
    const res = await call('POST', '/api/v1/sites/plant/conduits', body);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ site: 'plant', ...body, abilities: ['read', 'update', 'delete'] });
    expect(
      (await call('GET', '/api/v1/sites/plant/conduits?zone=z-ra')).body.items.map((c: { id: string }) => c.id),
    ).toEqual(['c-ra']);
  });

  it('rejects a conduit with one zone, a missing zone, a channel outside its zones and an unknown measure', async () => {
    await seed();
    const cases: unknown[] = [
      { id: 'c1', zones: ['z-control'] },
      { id: 'c1', zones: ['z-control', 'z-nowhere'] },
      { id: 'c1', zones: ['z-control', 'z-dmz'], channels: [{ protocol: 'modbus', from: 'z-control', to: 'z-other' }] },
      { id: 'c1', zones: ['z-control', 'z-dmz'], measures: ['moat'] },
      {
        id: 'c1',
        zones: ['z-control', 'z-dmz'],
        channels: [{ protocol: 'Modbus TCP', from: 'z-control', to: 'z-dmz' }],
      },
      {
        id: 'c1',
        zones: ['z-control', 'z-dmz'],
        channels: [{ protocol: 'modbus', port: 70000, from: 'z-control', to: 'z-dmz' }],
      },
    ];
    for (const body of cases) {
      const res = await call('POST', '/api/v1/sites/plant/conduits', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('C981_ERR_VALIDATION');
    }
    expect((await call('GET', '/api/v1/sites/plant/conduits')).body.items).toHaveLength(1);
  });

  it('refuses a zone of another site', async () => {
    await seed();
    await call('POST', '/api/v1/sites', { id: 'other', name: 'Other' });
    await call('POST', '/api/v1/sites/other/zones', { id: 'o-1', name: 'O1', kind: 'control' });
    const res = await call('POST', '/api/v1/sites/other/conduits', { id: 'c-x', zones: ['o-1', 'z-control'] });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/zone "z-control" does not exist in site "other"/);
  });

  it('replaces channels on update and deletes with cascade', async () => {
    await seed();
    const res = await call('PATCH', '/api/v1/sites/plant/conduits/c-dmz-control', {
      channels: [{ protocol: 'https', transport: 'tcp', port: 443, from: 'z-control', to: 'z-dmz' }],
      measures: null,
    });
    expect(res.body.channels).toEqual([
      { protocol: 'https', transport: 'tcp', port: 443, from: 'z-control', to: 'z-dmz' },
    ]);
    expect(res.body.measures).toBeUndefined();
    await call('PUT', '/api/v1/sites/plant/results', { scope: 'c-dmz-control', results: { 'SR 5.1': 'implemented' } });
    expect((await call('DELETE', '/api/v1/sites/plant/conduits/c-dmz-control')).status).toBe(409);
    expect((await call('DELETE', '/api/v1/sites/plant/conduits/c-dmz-control?cascade=true')).status).toBe(204);
    expect((await call('GET', '/api/v1/sites/plant/conduits/c-dmz-control')).status).toBe(404);
  });
});
