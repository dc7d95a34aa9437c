import { expect, it } from 'vitest';
import { stringify } from 'yaml';
import { useApp } from '../test/app.js';
import { forEachDialect } from '../test/dialects.js';
import { buildFile, buildSite } from '../test/factories.js';

forEachDialect('HTTP surface', (ctx) => {
  const { call } = useApp(ctx);

  it('serves health, the OpenAPI document and the docs without authentication', async () => {
    expect((await call('GET', '/api/health')).body).toMatchObject({ status: 'ok', database: ctx.dialect });
    const spec = await call('GET', '/api/openapi.json');
    expect(spec.body.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/sites/{site}/zones/{id}',
        '/api/v1/sites/{site}/results',
        '/api/v1/assets',
        '/api/v1/site-files',
      ]),
    );
    const docs = await call('GET', '/api/docs/');
    expect(docs.status).toBe(200);
    expect(docs.text).toMatch(/swagger/i);
  });

  it('answers index.html for deep links outside /api and JSON 404s inside it', async () => {
    const page = await call('GET', '/sites/plant/zones/z-control');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const missing = await call('GET', '/api/v1/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('C981_ERR_NOT_FOUND');
  });

  it('answers malformed JSON, wrong media types and oversized bodies with stable codes', async () => {
    const malformed = await call('POST', '/api/v1/sites', '{"id": "x",', { 'content-type': 'application/json' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('C981_ERR_VALIDATION');
    const text = await call('POST', '/api/v1/sites', 'id=x', { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    expect(text.body.error.code).toBe('C981_ERR_UNSUPPORTED_MEDIA_TYPE');
    const big = await call(
      'POST',
      '/api/v1/sites',
      JSON.stringify({ id: 'x', name: 'n', description: 'd'.repeat(1_100_000) }),
      { 'content-type': 'application/json' },
    );
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('C981_ERR_TOO_LARGE');
    expect((await call('GET', '/api/v1/sites')).body.items).toEqual([]);
  });

  it('imports an uploaded site file larger than the JSON limit and exports it again', async () => {
    const assets = Array.from({ length: 8000 }, (_, i) => ({
      id: `a-${i}`,
      name: `Asset number ${i} in the packaging hall`,
      type: 'plc' as const,
      zone: 'z-control',
      ip: [`10.9.${Math.floor(i / 200)}.${i % 200}`],
    }));
    const yaml = stringify(buildFile([buildSite({ assets, compensatingControls: [] })]));
    expect(yaml.length).toBeGreaterThan(1024 * 1024);
    const res = await call('POST', '/api/v1/site-files?file=estate.yaml', yaml, { 'content-type': 'application/yaml' });
    expect(res.status).toBe(200);
    expect(res.body.sites[0]).toMatchObject({ site: 'plant', assets: { added: 8000 } });
    const again = await call('POST', '/api/v1/site-files', yaml, { 'content-type': 'application/yaml' });
    expect(again.body).toEqual({ sites: [], unchanged: ['plant'] });
    const exported = await call('GET', '/api/v1/sites/plant/export?format=json');
    expect(exported.headers['content-type']).toMatch(/application\/json/);
    expect(JSON.parse(exported.text).sites[0].assets).toHaveLength(8000);
  });

  it('reports site-file errors with file, line and column and imports nothing', async () => {
    const res = await call(
      'POST',
      '/api/v1/site-files?file=plant.yaml',
      'c981: 1\nsites:\n  - id: plant\n    name: Plant\n    zones:\n      - { id: z, name: Z, kind: control, slTarget: 9 }\n',
      { 'content-type': 'application/yaml' },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]).toMatchObject({
      file: 'plant.yaml',
      line: 6,
      path: 'sites[0].zones[0].slTarget',
    });
    expect((await call('GET', '/api/v1/sites')).body.items).toEqual([]);
  });

  it('requires a reason when an upload changes a regulated site', async () => {
    const yaml = stringify(buildFile([buildSite({ regulated: true })]));
    const refused = await call('POST', '/api/v1/site-files', yaml, { 'content-type': 'application/yaml' });
    expect(refused.body.error.code).toBe('C981_ERR_REASON_REQUIRED');
    const ok = await call('POST', '/api/v1/site-files?reason=initial%20model', yaml, {
      'content-type': 'application/yaml',
    });
    expect(ok.status).toBe(200);
  });
});
