import { expect, it } from 'vitest';
import { buildUser } from '../../../test/accounts.js';
import { useApp } from '../../../test/app.js';
import { forEachDialect, type DialectContext } from '../../../test/dialects.js';

/** An action on z-control of the factory site "plant". */
const action = (over: Record<string, unknown> = {}) => ({
  id: 'a-mfa',
  title: 'MFA on the engineering workstations',
  owner: 'OT security',
  due: '2027-03-31',
  status: 'planned',
  effortDays: 12,
  cost: 18000,
  scope: 'z-control',
  assets: ['hmi-1'],
  satisfies: ['SR 1.1 RE 1', 'SR 1.2'],
  retires: ['cc-1'],
  ...over,
});

const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id);
const audit = (ctx: DialectContext) =>
  ctx.db.kysely
    .selectFrom('audit_events')
    .select(['action', 'entity', 'entity_id', 'reason'])
    .where('action', 'like', 'roadmap-action.%')
    .orderBy('seq')
    .execute();

forEachDialect('roadmap actions API', (ctx) => {
  const { call, seed } = useApp(ctx);
  const base = '/api/v1/sites/plant/roadmap/actions';

  it('creates, reads, updates and deletes actions, each audited', async () => {
    await seed();
    const created = await call('POST', base, action({ satisfies: ['SR 1.2', 'SR 1.1 RE 1', 'SR 1.2'] }));
    expect(created.status, created.text).toBe(201);
    // Stored canonical: each requirement once, in the order given.
    expect(created.body).toEqual({
      site: 'plant',
      ...action(),
      satisfies: ['SR 1.2', 'SR 1.1 RE 1'],
      abilities: ['read', 'update', 'delete'],
    });
    expect((await call('GET', `${base}/a-mfa`)).body).toEqual(created.body);
    expect((await call('POST', base, action())).body.error.code).toBe('C981_ERR_CONFLICT');

    const patched = await call('PATCH', `${base}/a-mfa`, { status: 'in-progress', owner: null, cost: null });
    expect(patched.status, patched.text).toBe(200);
    expect(patched.body).toMatchObject({ status: 'in-progress', title: 'MFA on the engineering workstations' });
    expect(patched.body).not.toHaveProperty('owner');
    expect(patched.body).not.toHaveProperty('cost');
    // The same values again change nothing and record nothing.
    expect((await call('PATCH', `${base}/a-mfa`, { status: 'in-progress' })).status).toBe(200);
    expect((await call('PATCH', `${base}/a-mfa`, { id: 'a-other' })).status).toBe(400);
    expect((await call('PATCH', `${base}/a-mfa`, { title: null })).status).toBe(400);

    expect((await call('DELETE', `${base}/a-mfa`)).status).toBe(204);
    expect((await call('GET', `${base}/a-mfa`)).status).toBe(404);
    expect((await audit(ctx)).map((a) => [a.action, a.entity, a.entity_id])).toEqual([
      ['roadmap-action.create', 'roadmapAction', 'a-mfa'],
      ['roadmap-action.update', 'roadmapAction', 'a-mfa'],
      ['roadmap-action.delete', 'roadmapAction', 'a-mfa'],
    ]);
  });

  it('lists by due date (undated last), filters by scope and status, and pages', async () => {
    await seed();
    await call('POST', base, action({ id: 'a-late', due: '2027-09-30' }));
    await call('POST', base, action({ id: 'a-undated', due: undefined, status: 'in-progress' }));
    await call('POST', base, action({ id: 'a-soon', due: '2026-12-15' }));
    await call(
      'POST',
      base,
      action({ id: 'a-conduit', scope: 'c-dmz-control', retires: undefined, due: '2027-01-10' }),
    );
    expect(ids((await call('GET', base)).body)).toEqual(['a-soon', 'a-conduit', 'a-late', 'a-undated']);
    expect(ids((await call('GET', `${base}?scope=c-dmz-control`)).body)).toEqual(['a-conduit']);
    expect(ids((await call('GET', `${base}?status=in-progress`)).body)).toEqual(['a-undated']);
    const first = await call('GET', `${base}?limit=3`);
    expect(ids(first.body)).toEqual(['a-soon', 'a-conduit', 'a-late']);
    const second = await call('GET', `${base}?limit=3&cursor=${first.body.nextCursor}`);
    expect(second.body).toMatchObject({ nextCursor: null });
    expect(ids(second.body)).toEqual(['a-undated']);
    const bad = await call('GET', `${base}?status=maybe`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([{ path: 'status', message: 'unknown status "maybe"' }]);
  });

  it('refuses invalid actions with the path of each problem, storing nothing', async () => {
    await seed();
    await call('POST', '/api/v1/sites', { id: 'other', name: 'Other' });
    await call('POST', '/api/v1/sites/other/zones', { id: 'z-other', name: 'Other', kind: 'control' });
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ satisfies: ['SR 1.1', 'SR 99.1'] }, 'satisfies[1]', /"SR 99\.1" is not an IEC 62443-3-3 requirement id/],
      [{ scope: 'z-other', retires: undefined }, 'scope', /not a zone or conduit of site "plant"/],
      [{ scope: 'z-dmz' }, 'retires[0]', /"cc-1" stands in for requirements of "z-control"/],
      [{ retires: ['cc-9'] }, 'retires[0]', /does not exist/],
      [{ assets: ['hmi-1', 'plc-9'] }, 'assets[1]', /asset "plc-9" does not exist/],
      [{ due: '2027-02-30' }, 'due', /not a calendar date/],
      [{ status: 'maybe' }, 'status', /./],
      [{ effortDays: -1 }, 'effortDays', /./],
      [{ colour: 'red' }, 'colour', /./],
    ];
    for (const [over, path, message] of cases) {
      const res = await call('POST', base, action(over));
      expect(res.status, res.text).toBe(400);
      expect(res.body.error.code).toBe('C981_ERR_VALIDATION');
      const detail = res.body.error.details.find((d: { path: string }) => d.path === path);
      expect(detail?.message, res.text).toMatch(message);
    }
    expect(ids((await call('GET', base)).body)).toEqual([]);
    await call('POST', base, action());
    const patch = await call('PATCH', `${base}/a-mfa`, { satisfies: ['SR 1.1', 'SR 0.0'] });
    expect(patch.status).toBe(400);
    expect(patch.body.error.details[0].path).toBe('satisfies[1]');
    expect((await call('GET', `${base}/a-mfa`)).body.satisfies).toEqual(['SR 1.1 RE 1', 'SR 1.2']);
    expect(await audit(ctx)).toHaveLength(1);
  });

  it('answers 404 for an unknown site or action', async () => {
    await seed();
    expect((await call('GET', '/api/v1/sites/nowhere/roadmap/actions')).status).toBe(404);
    expect((await call('POST', '/api/v1/sites/nowhere/roadmap/actions', action())).status).toBe(404);
    expect((await call('GET', '/api/v1/sites/nowhere/roadmap/projection')).status).toBe(404);
    for (const method of ['GET', 'PATCH', 'DELETE'] as const) {
      const res = await call(method, `${base}/a-none`, method === 'PATCH' ? { status: 'done' } : undefined);
      expect(res.status, method).toBe(404);
      expect(res.body.error.message).toBe('roadmap action "a-none" not found');
    }
  });

  it('needs a reason on regulated sites', async () => {
    const why = { 'x-c981-reason': 'CR-2026-412 remediation plan for the reactors' };
    await call('POST', '/api/v1/sites', { id: 'gxp', name: 'GxP plant', regulated: true });
    await call('POST', '/api/v1/sites/gxp/zones', { id: 'z-1', name: 'Reactors', kind: 'control' }, why);
    const body = action({ scope: 'z-1', assets: undefined, retires: undefined });
    const gxp = '/api/v1/sites/gxp/roadmap/actions';
    expect((await call('POST', gxp, body)).body.error.code).toBe('C981_ERR_REASON_REQUIRED');
    expect((await call('GET', gxp)).body.items).toEqual([]);
    expect((await call('POST', gxp, body, why)).status).toBe(201);
    expect((await call('PATCH', `${gxp}/a-mfa`, { status: 'done' })).body.error.code).toBe('C981_ERR_REASON_REQUIRED');
    expect((await call('DELETE', `${gxp}/a-mfa`)).body.error.code).toBe('C981_ERR_REASON_REQUIRED');
    expect((await call('DELETE', `${gxp}/a-mfa`, undefined, why)).status).toBe(204);
    expect((await audit(ctx)).map((a) => a.reason)).toEqual([why['x-c981-reason'], why['x-c981-reason']]);
  });

  it('lets viewers read, assessors plan, and hides the site from outsiders', async () => {
    await seed();
    await call('POST', base, action());
    const as = (u: { token: string }) => ({ authorization: `Bearer ${u.token}` });
    const viewer = as(await buildUser(ctx.db, { plant: 'viewer' }));
    const assessor = as(await buildUser(ctx.db, { plant: 'assessor' }));
    const outsider = as(await buildUser(ctx.db, {}));
    const read = await call('GET', base, undefined, viewer);
    expect(read.body.items[0].abilities).toEqual(['read']);
    expect((await call('GET', '/api/v1/sites/plant/roadmap/projection', undefined, viewer)).body.abilities).toEqual([
      'read',
    ]);
    expect((await call('POST', '/api/v1/sites/plant/roadmap/projection', { actions: ['a-mfa'] }, viewer)).status).toBe(
      200,
    );
    expect((await call('POST', base, action({ id: 'a-2' }), viewer)).status).toBe(403);
    expect((await call('PATCH', `${base}/a-mfa`, { status: 'done' }, viewer)).status).toBe(403);
    expect((await call('DELETE', `${base}/a-mfa`, undefined, viewer)).status).toBe(403);
    expect((await call('POST', base, action({ id: 'a-2' }), assessor)).status).toBe(201);
    expect((await call('GET', base, undefined, outsider)).status).toBe(404);
    expect((await call('GET', `${base}/a-mfa`, undefined, outsider)).status).toBe(404);
    expect((await call('GET', '/api/v1/sites/plant/roadmap/projection', undefined, outsider)).status).toBe(404);
  });

  it('refuses to delete a zone or conduit that actions target, unless cascade', async () => {
    await seed();
    await call('POST', '/api/v1/sites/plant/zones', { id: 'z-new', name: 'New', kind: 'field' });
    await call('POST', base, action({ id: 'a-zone', scope: 'z-new', assets: undefined, retires: undefined }));
    await call('POST', base, action({ id: 'a-conduit', scope: 'c-dmz-control', retires: undefined }));
    const zone = await call('DELETE', '/api/v1/sites/plant/zones/z-new');
    expect(zone.status).toBe(409);
    expect(zone.body.error).toMatchObject({
      code: 'C981_ERR_IN_USE',
      message: expect.stringContaining('roadmap actions (a-zone)'),
    });
    const conduit = await call('DELETE', '/api/v1/sites/plant/conduits/c-dmz-control');
    expect(conduit.status).toBe(409);
    expect(conduit.body.error.message).toContain('roadmap actions (a-conduit)');
    expect(ids((await call('GET', base)).body)).toEqual(['a-conduit', 'a-zone']);

    expect((await call('DELETE', '/api/v1/sites/plant/zones/z-new?cascade=true')).status).toBe(204);
    expect(ids((await call('GET', base)).body)).toEqual(['a-conduit']);
    expect((await call('DELETE', '/api/v1/sites/plant/conduits/c-dmz-control?cascade=true')).status).toBe(204);
    expect(ids((await call('GET', base)).body)).toEqual([]);
  });

  it('refuses to delete a control an open action retires; once done, the control may go', async () => {
    await seed();
    await call('POST', base, action());
    const refused = await call('DELETE', '/api/v1/sites/plant/compensating-controls/cc-1');
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'C981_ERR_IN_USE',
      message: expect.stringContaining('roadmap actions (a-mfa)'),
    });
    expect((await call('GET', '/api/v1/sites/plant/compensating-controls/cc-1')).status).toBe(200);

    expect((await call('PATCH', `${base}/a-mfa`, { status: 'done' })).status).toBe(200);
    expect((await call('DELETE', '/api/v1/sites/plant/compensating-controls/cc-1')).status).toBe(204);
    // The done action keeps naming what its work retired, and can still be edited.
    const edited = await call('PATCH', `${base}/a-mfa`, { description: 'Signed off by the plant manager' });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.body.retires).toEqual(['cc-1']);
  });
});
