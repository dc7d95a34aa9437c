import { expect, it } from 'vitest';
import { useApp } from '../../../test/app.js';
import { forEachDialect } from '../../../test/dialects.js';

forEachDialect('results API', (ctx) => {
  const { call, seed } = useApp(ctx);

  it('upserts listed results, removes nulls and keeps the others', async () => {
    await seed();
    const res = await call('PUT', '/api/v1/sites/plant/results', {
      scope: 'z-control',
      results: {
        'SR 1.2': null,
        'SR 2.1': {
          status: 'implemented',
          note: 'RBAC in DCS',
          evidence: ['https://wiki.example/rbac'],
          assessedBy: 'a.lee',
          assessedAt: '2026-11-01',
        },
        'SR 1.1 RE 1': 'planned',
      },
    });
    expect(res.status).toBe(200);
    // Catalog order: SR 1.1, SR 1.1 RE 1, …, SR 2.1.
    expect(res.body).toEqual({
      site: 'plant',
      scope: 'z-control',
      results: {
        'SR 1.1': 'implemented',
        'SR 1.1 RE 1': 'planned',
        'SR 2.1': {
          status: 'implemented',
          note: 'RBAC in DCS',
          evidence: ['https://wiki.example/rbac'],
          assessedBy: 'a.lee',
          assessedAt: '2026-11-01',
        },
      },
    });
    expect((await call('GET', '/api/v1/sites/plant/results?scope=z-control')).body).toEqual(res.body);
  });

  it('accepts conduits as scopes and rejects unknown scopes, ids and statuses without writing', async () => {
    await seed();
    expect(
      (
        await call('PUT', '/api/v1/sites/plant/results', {
          scope: 'c-dmz-control',
          results: { 'SR 5.1': 'implemented' },
        })
      ).status,
    ).toBe(200);
    const bad: unknown[] = [
      { scope: 'nowhere', results: { 'SR 1.1': 'implemented' } },
      { scope: 'z-control', results: { 'SR 1.1': 'done', 'SR 2.1': 'implemented' } },
      { scope: 'z-control', results: { 'CR 1.1': 'implemented', 'SR 2.1': 'implemented' } },
      { scope: 'z-control', results: { 'SR 2.1': { status: 'implemented', assessedAt: 'yesterday' } } },
      { scope: 'z-control', results: { 'SR 2.1': { status: 'implemented', reviewer: 'x' } } },
    ];
    for (const body of bad) {
      const res = await call('PUT', '/api/v1/sites/plant/results', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('C981_ERR_VALIDATION');
    }
    expect(Object.keys((await call('GET', '/api/v1/sites/plant/results?scope=z-control')).body.results)).toEqual([
      'SR 1.1',
      'SR 1.2',
    ]);
  });
});
