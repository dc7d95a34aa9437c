// What roadmap actions name stays consistent when other records change (issue #7): an asset an
// action names is not deleted without cascade, and a site-file import may not remove a zone an
// action targets.
import { expect, it } from 'vitest';
import { stringify } from 'yaml';
import { useApp } from '../../../test/app.js';
import { forEachDialect } from '../../../test/dialects.js';
import { buildFile, buildSite } from '../../../test/factories.js';

const action = {
  id: 'a-hmi',
  title: 'Replace the legacy HMI',
  status: 'planned',
  scope: 'z-control',
  assets: ['hmi-1', 'plc-1'],
  satisfies: ['SR 1.2'],
};

forEachDialect('roadmap action references', (ctx) => {
  const { call, seed } = useApp(ctx);
  const base = '/api/v1/sites/plant/roadmap/actions';

  it('refuses to delete an asset an action names; cascade removes it from the action', async () => {
    await seed();
    expect((await call('POST', base, action)).status).toBe(201);
    const refused = await call('DELETE', '/api/v1/sites/plant/assets/plc-1');
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('roadmap actions (a-hmi)');
    expect((await call('DELETE', '/api/v1/sites/plant/assets/plc-1?cascade=true')).status).toBe(204);
    expect((await call('GET', `${base}/a-hmi`)).body.assets).toEqual(['hmi-1']);
  });

  it('refuses a site-file import that removes a zone an action targets, importing nothing', async () => {
    await seed();
    await call('POST', '/api/v1/sites/plant/zones', { id: 'z-lab', name: 'Lab', kind: 'field' });
    expect((await call('POST', base, { ...action, id: 'a-lab', scope: 'z-lab', assets: [] })).status).toBe(201);
    const smaller = buildSite({ name: 'Plant renamed' });
    const res = await call('POST', '/api/v1/site-files', stringify(buildFile([smaller])), {
      'content-type': 'text/plain',
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain('roadmap actions (a-lab)');
    expect((await call('GET', '/api/v1/sites/plant')).body.name).toBe('Plant');
  });
});
