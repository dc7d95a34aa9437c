import { expect, it } from 'vitest';
import { buildUser } from '../../../test/accounts.js';
import { useApp } from '../../../test/app.js';
import { forEachDialect } from '../../../test/dialects.js';
import { buildAsset, buildFile, buildSite } from '../../../test/factories.js';
import { LOCAL_ACTOR } from '../../actor.js';
import { importSiteDoc } from '../site-files/site-files.service.js';

type Column = unknown[] | { values: unknown[]; index: number[] };

/** Turns the column form back into one object per asset (what the web app does). */
function rowsOf(body: { total: number; columns: Record<string, Column> }): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < body.total; i++) {
    const row: Record<string, unknown> = {};
    for (const [name, col] of Object.entries(body.columns)) {
      if (Array.isArray(col)) row[name] = col[i];
      else {
        const k = col.index[i] ?? -1;
        row[name] = k < 0 ? null : col.values[k];
      }
    }
    out.push(row);
  }
  return out;
}

forEachDialect('inventory API', (ctx) => {
  const { call, seed } = useApp(ctx);

  async function seedTwoSites() {
    await seed();
    await call('POST', '/api/v1/sites', { id: 'other', name: 'Other plant', regulated: true });
    await call(
      'POST',
      '/api/v1/sites/other/zones',
      { id: 'o-field', name: 'Field', kind: 'field' },
      { 'x-c981-reason': 'test estate' },
    );
    await call('POST', '/api/v1/sites/other/assets', {
      id: 'secret-rtu',
      name: 'Secret RTU',
      type: 'rtu',
      zone: 'o-field',
      vendor: 'Siemens',
      ip: ['192.168.7.1', '192.168.8.1'],
      safety: true,
      criticality: 4,
      lastSeen: '2026-11-20T08:00:00Z',
    });
  }

  it('answers every asset of every readable site in column form, with sites, zones and abilities', async () => {
    await seedTwoSites();
    const res = await call('GET', '/api/v1/inventory');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body.total).toBe(3);
    expect(Object.keys(res.body.columns)).toEqual([
      'site',
      'id',
      'name',
      'zone',
      'type',
      'componentClass',
      'vendor',
      'model',
      'firmware',
      'orderNumber',
      'serial',
      'ip',
      'mac',
      'lifecycle',
      'criticality',
      'legacy',
      'safety',
      'lastSeen',
    ]);
    // Few-valued columns are dictionaries: Siemens appears once in `values`.
    expect(res.body.columns.vendor.values).toEqual(['Siemens']);
    expect(res.body.columns.site).toEqual({ values: ['other', 'plant'], index: [0, 1, 1] });
    expect(rowsOf(res.body)).toEqual([
      {
        site: 'other',
        id: 'secret-rtu',
        name: 'Secret RTU',
        zone: 'o-field',
        type: 'rtu',
        componentClass: null,
        vendor: 'Siemens',
        model: null,
        firmware: null,
        orderNumber: null,
        serial: null,
        ip: ['192.168.7.1', '192.168.8.1'],
        mac: null,
        lifecycle: null,
        criticality: 4,
        legacy: 0,
        safety: 1,
        lastSeen: '2026-11-20T08:00:00Z',
      },
      expect.objectContaining({ site: 'plant', id: 'hmi-1', type: 'hmi', legacy: 1, componentClass: 'host-device' }),
      expect.objectContaining({
        site: 'plant',
        id: 'plc-1',
        zone: 'z-control',
        vendor: 'Siemens',
        model: 'S7-1500',
        firmware: 'V2.9.4',
        ip: ['10.1.1.10'],
        mac: ['00:1b:1b:00:00:01'],
        legacy: 0,
      }),
    ]);
    expect(res.body.sites).toEqual([
      {
        id: 'other',
        name: 'Other plant',
        regulated: true,
        abilities: ['read', 'update', 'delete'],
        zones: [{ id: 'o-field', name: 'Field', kind: 'field' }],
      },
      {
        id: 'plant',
        name: 'Plant',
        regulated: false,
        abilities: ['read', 'update', 'delete'],
        zones: [
          { id: 'z-control', name: 'Control', kind: 'control' },
          { id: 'z-dmz', name: 'DMZ', kind: 'dmz' },
        ],
      },
    ]);
    expect((await call('GET', '/api/v1/inventory/count')).body).toEqual({ total: 3 });
  });

  it('answers one site with ?site=, and 404 for an unknown site', async () => {
    await seedTwoSites();
    const res = await call('GET', '/api/v1/inventory?site=plant');
    expect(rowsOf(res.body).map((r) => `${String(r.site)}/${String(r.id)}`)).toEqual(['plant/hmi-1', 'plant/plc-1']);
    expect(res.body.sites.map((s: { id: string }) => s.id)).toEqual(['plant']);
    expect((await call('GET', '/api/v1/inventory/count?site=plant')).body).toEqual({ total: 2 });
    const missing = await call('GET', '/api/v1/inventory?site=nowhere');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('C981_ERR_NOT_FOUND');
    expect((await call('GET', '/api/v1/inventory/count?site=nowhere')).status).toBe(404);
  });

  it('shows a member only the sites they may read, with their abilities, and hides the others', async () => {
    await seedTwoSites();
    const viewer = { authorization: `Bearer ${(await buildUser(ctx.db, { plant: 'viewer' })).token}` };
    const all = await call('GET', '/api/v1/inventory', undefined, viewer);
    expect(all.status).toBe(200);
    expect(rowsOf(all.body).map((r) => r.id)).toEqual(['hmi-1', 'plc-1']);
    expect(all.body.columns.site.values).toEqual(['plant']);
    expect(all.text).not.toContain('secret');
    expect(all.text).not.toContain('192.168.7.1');
    expect(all.body.sites).toEqual([expect.objectContaining({ id: 'plant', abilities: ['read'] })]);
    expect((await call('GET', '/api/v1/inventory/count', undefined, viewer)).body).toEqual({ total: 2 });
    // A site the caller may not read answers exactly like a site that does not exist.
    for (const url of ['/api/v1/inventory?site=other', '/api/v1/inventory/count?site=other']) {
      const res = await call('GET', url, undefined, viewer);
      expect(res.status).toBe(404);
      expect(res.text).not.toContain('secret');
    }
    const assessor = { authorization: `Bearer ${(await buildUser(ctx.db, { other: 'assessor' })).token}` };
    const other = await call('GET', '/api/v1/inventory', undefined, assessor);
    expect(rowsOf(other.body).map((r) => r.id)).toEqual(['secret-rtu']);
    expect(other.body.sites[0].abilities).toEqual(['read', 'update', 'delete']);
    // A token limited to one site sees that site only, even for an org-admin.
    const limited = await buildUser(ctx.db, 'org-admin', { sites: ['other'], readOnly: true });
    const res = await call('GET', '/api/v1/inventory', undefined, { authorization: `Bearer ${limited.token}` });
    expect(rowsOf(res.body).map((r) => r.id)).toEqual(['secret-rtu']);
    expect(res.body.sites[0].abilities).toEqual(['read']);
    const nobody = { authorization: `Bearer ${(await buildUser(ctx.db, {})).token}` };
    expect((await call('GET', '/api/v1/inventory', undefined, nobody)).body).toMatchObject({ total: 0, sites: [] });
    expect((await call('GET', '/api/v1/inventory', undefined, { authorization: '' })).status).toBe(401);
  });

  it('reads a site bigger than one batch completely, in id order', async () => {
    const ids = Array.from({ length: 5_003 }, (_, i) => `dev-${String(i).padStart(5, '0')}`);
    await importSiteDoc(
      ctx.db,
      LOCAL_ACTOR,
      buildFile([
        buildSite({ assets: ids.map((id) => buildAsset({ id, ip: ['10.0.0.1'] })), compensatingControls: [] }),
      ]),
    );
    const res = await call('GET', '/api/v1/inventory?site=plant');
    expect(res.body.total).toBe(5_003);
    expect(res.body.columns.id).toEqual(ids);
    expect(new Set(res.body.columns.ip.map((ip: string[]) => ip[0]))).toEqual(new Set(['10.0.0.1']));
  });

  it('answers an empty estate and sites without assets', async () => {
    expect((await call('GET', '/api/v1/inventory')).body).toEqual({
      total: 0,
      sites: [],
      columns: expect.objectContaining({ site: { values: [], index: [] }, id: [], ip: [] }),
    });
    await call('POST', '/api/v1/sites', { id: 'empty', name: 'Empty' });
    const res = await call('GET', '/api/v1/inventory?site=empty');
    expect(res.body).toMatchObject({ total: 0, sites: [{ id: 'empty', zones: [] }] });
  });
});
