import { expect, it } from 'vitest';
import { useApp } from '../../../test/app.js';
import { forEachDialect } from '../../../test/dialects.js';

const ids = (body: { items: { id: string }[] }) => body.items.map((a) => a.id);

forEachDialect('assets API', (ctx) => {
  const { call, seed } = useApp(ctx);

  async function seedMany() {
    await seed();
    const vendors = ['Siemens', 'Rockwell Automation', 'Schneider Electric'];
    for (let i = 0; i < 12; i++) {
      const res = await call('POST', '/api/v1/sites/plant/assets', {
        id: `dev-${String(i).padStart(2, '0')}`,
        name: `Device ${i}`,
        type: i % 3 === 0 ? 'switch' : 'plc',
        zone: i % 2 === 0 ? 'z-control' : 'z-dmz',
        vendor: vendors[i % 3],
        firmware: `V${i}.0`,
        ip: [`10.20.0.${i + 1}`],
        mac: [`00:0e:8c:00:00:${String(i).padStart(2, '0')}`],
        legacy: i === 5,
        criticality: (i % 5) + 1,
      });
      expect(res.status).toBe(201);
    }
  }

  it('creates an asset with every field and reads it back', async () => {
    await seed();
    const body = {
      id: 'sis-1',
      name: 'Reactor SIS',
      zone: 'z-control',
      type: 'sis-controller',
      componentClass: 'embedded-device',
      vendor: 'HIMA',
      model: 'HIMax X-CPU 31',
      firmware: '7.0.1',
      orderNumber: '985210031',
      serial: 'H-123',
      ip: ['10.1.2.3', 'fd00::1'],
      mac: ['00-E0-A2-01-02-03'],
      lifecycle: 'operational',
      legacy: false,
      safety: true,
      criticality: 5,
      owner: 'Process safety',
      location: 'Building 4',
      notes: 'SIL 3',
      lastSeen: '2026-11-20T08:00:00Z',
      slCapability: 2,
      capabilities: { 'CR 1.1': 'met', 'EDR 3.12': 'not-met' },
    };
    const res = await call('POST', '/api/v1/sites/plant/assets', body);
    expect(res.status).toBe(201);
    const read = await call('GET', '/api/v1/sites/plant/assets/sis-1');
    expect(read.body).toEqual({
      ...body,
      site: 'plant',
      abilities: ['read', 'update', 'delete'],
      legacy: undefined,
      mac: ['00:e0:a2:01:02:03'],
      slCapability: [2, 2, 2, 2, 2, 2, 2],
    });
  });

  it('filters by zone, type, vendor, legacy and sorts both ways with stable pagination', async () => {
    await seedMany();
    expect(ids((await call('GET', '/api/v1/sites/plant/assets?type=switch&zone=z-control')).body)).toEqual([
      'dev-00',
      'dev-06',
    ]);
    expect(ids((await call('GET', '/api/v1/sites/plant/assets?vendor=Siemens&legacy=false')).body)).toEqual([
      'dev-00',
      'dev-03',
      'dev-06',
      'dev-09',
      'plc-1',
    ]);
    expect(ids((await call('GET', '/api/v1/sites/plant/assets?legacy=true')).body)).toEqual(['dev-05', 'hmi-1']);
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/sites/plant/assets?sort=-criticality&limit=5${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await call('GET', url)).body as {
        items: { id: string; criticality?: number }[];
        nextCursor: string | null;
      };
      all.push(...page.items.map((a) => `${a.criticality ?? 0}:${a.id}`));
      cursor = page.nextCursor;
    } while (cursor);
    expect(all).toHaveLength(14);
    const sorted = [...all].sort((a, b) => Number(b.split(':')[0]) - Number(a.split(':')[0]) || (a < b ? 1 : -1));
    expect(all).toEqual(sorted);
    expect((await call('GET', '/api/v1/sites/plant/assets?sort=colour')).body.error.code).toBe('C981_ERR_VALIDATION');
    expect((await call('GET', '/api/v1/sites/plant/assets?legacy=maybe')).body.error.code).toBe('C981_ERR_VALIDATION');
  });

  it('searches free text over name, IP, MAC, vendor and firmware, within a site and across sites', async () => {
    await seedMany();
    expect(ids((await call('GET', '/api/v1/sites/plant/assets?q=10.20.0.11')).body)).toEqual(['dev-10']);
    expect(ids((await call('GET', '/api/v1/sites/plant/assets?q=00-0E-8C-00-00-07')).body)).toEqual(['dev-07']);
    expect(ids((await call('GET', '/api/v1/sites/plant/assets?q=ROCKWELL')).body)).toEqual([
      'dev-01',
      'dev-04',
      'dev-07',
      'dev-10',
    ]);
    expect(ids((await call('GET', '/api/v1/sites/plant/assets?q=V1')).body)).toEqual(['dev-01', 'dev-10', 'dev-11']);
    expect(ids((await call('GET', '/api/v1/sites/plant/assets?q=100%25')).body)).toEqual([]);
    await call('POST', '/api/v1/sites', { id: 'other', name: 'Other' });
    await call('POST', '/api/v1/sites/other/assets', { id: 'rtu-1', name: 'Rockwell RTU', type: 'rtu' });
    const across = await call('GET', '/api/v1/assets?q=rockwell&limit=3');
    expect(across.body.items.map((a: { site: string; id: string }) => `${a.site}/${a.id}`)).toEqual([
      'other/rtu-1',
      'plant/dev-01',
      'plant/dev-04',
    ]);
    const next = await call('GET', `/api/v1/assets?q=rockwell&limit=3&cursor=${across.body.nextCursor as string}`);
    expect(ids(next.body)).toEqual(['dev-07', 'dev-10']);
  });

  it('rejects bad addresses, references into other sites, unknown capabilities and sis without safety', async () => {
    await seed();
    await call('POST', '/api/v1/sites', { id: 'other', name: 'Other' });
    const cases: [string, unknown][] = [
      ['plant', { id: 'x', name: 'X', type: 'plc', ip: ['10.0.0.256'] }],
      ['plant', { id: 'x', name: 'X', type: 'plc', mac: ['00:11:22:33:44'] }],
      ['other', { id: 'x', name: 'X', type: 'plc', zone: 'z-control' }],
      [
        'plant',
        { id: 'x', name: 'X', type: 'plc', componentClass: 'embedded-device', capabilities: { 'CR 99.1': 'met' } },
      ],
      ['plant', { id: 'x', name: 'X', type: 'sis-controller', safety: false }],
      ['plant', { id: 'x', name: 'X', type: 'plc', criticality: 6 }],
      ['plant', { id: 'x', name: 'X', type: 'plc', firmware: 2.1 }],
    ];
    for (const [site, body] of cases) {
      const res = await call('POST', `/api/v1/sites/${site}/assets`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('C981_ERR_VALIDATION');
    }
    expect(
      (await call('POST', '/api/v1/sites/plant/assets', { id: 'plc-1', name: 'dup', type: 'plc' })).body.error.code,
    ).toBe('C981_ERR_CONFLICT');
  });

  it('answers 409 when deleting an asset a compensating control names, unless cascade', async () => {
    await seed();
    expect((await call('DELETE', '/api/v1/sites/plant/assets/hmi-1')).body.error.code).toBe('C981_ERR_IN_USE');
    expect((await call('DELETE', '/api/v1/sites/plant/assets/hmi-1?cascade=true')).status).toBe(204);
    expect((await call('GET', '/api/v1/sites/plant/compensating-controls/cc-1')).body.assets).toBeUndefined();
  });
});
