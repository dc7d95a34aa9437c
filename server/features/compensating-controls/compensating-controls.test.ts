import { expect, it } from 'vitest';
import { useApp } from '../../../test/app.js';
import { forEachDialect } from '../../../test/dialects.js';

forEachDialect('compensating controls API', (ctx) => {
  const { call, seed } = useApp(ctx);

  it('creates, lists by scope, updates and deletes a control', async () => {
    await seed();
    const body = {
      id: 'cc-diode',
      scope: 'c-dmz-control',
      requirements: ['SR 5.1', 'SR 5.2'],
      kind: 'segmentation',
      description: 'Data diode',
      rationale: 'Legacy historian',
      expires: '2027-05-01',
    };
    expect((await call('POST', '/api/v1/sites/plant/compensating-controls', body)).body).toEqual({
      site: 'plant',
      ...body,
      abilities: ['read', 'update', 'delete', 'approve'],
    });
    expect(
      (await call('GET', '/api/v1/sites/plant/compensating-controls?scope=c-dmz-control')).body.items.map(
        (c: { id: string }) => c.id,
      ),
    ).toEqual(['cc-diode']);
    const patched = await call('PATCH', '/api/v1/sites/plant/compensating-controls/cc-diode', {
      expires: null,
      kind: 'monitoring',
    });
    expect(patched.body).toMatchObject({ kind: 'monitoring' });
    expect(patched.body.expires).toBeUndefined();
    expect((await call('DELETE', '/api/v1/sites/plant/compensating-controls/cc-diode')).status).toBe(204);
    expect((await call('GET', '/api/v1/sites/plant/compensating-controls/cc-diode')).status).toBe(404);
  });

  it('rejects unknown requirements, scopes, assets and kinds', async () => {
    await seed();
    const base = { id: 'cc-x', scope: 'z-control', requirements: ['SR 1.1'], kind: 'procedural' };
    const bad: unknown[] = [
      { ...base, requirements: ['SR 1.99'] },
      { ...base, requirements: [] },
      { ...base, scope: 'z-elsewhere' },
      { ...base, assets: ['ghost'] },
      { ...base, kind: 'prayer' },
      { ...base, expires: '2026-13-01' },
    ];
    for (const body of bad) {
      const res = await call('POST', '/api/v1/sites/plant/compensating-controls', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('C981_ERR_VALIDATION');
    }
    expect(
      (await call('POST', '/api/v1/sites/plant/compensating-controls', { ...base, id: 'cc-1' })).body.error.code,
    ).toBe('C981_ERR_CONFLICT');
  });

  it('records approvals only through the approve route, and an edit sends the control back for approval', async () => {
    await seed();
    const base = { id: 'cc-new', scope: 'z-control', requirements: ['SR 1.1'], kind: 'procedural' };
    const forged = await call('POST', '/api/v1/sites/plant/compensating-controls', {
      ...base,
      approvedBy: 'qa.head',
      approvedAt: '2026-05-01',
    });
    expect(forged.status).toBe(400);
    expect(forged.body.error.details.map((d: { path: string }) => d.path)).toEqual(['approvedBy', 'approvedAt']);
    expect((await call('GET', '/api/v1/sites/plant/compensating-controls/cc-new')).status).toBe(404);

    // The factory estate's control carries an approval (imported from its site file).
    const list = (await call('GET', '/api/v1/sites/plant/compensating-controls')).body.items;
    const approved = list.find((c: { approvedBy?: string }) => c.approvedBy);
    expect(approved).toBeDefined();
    const url = `/api/v1/sites/plant/compensating-controls/${approved.id}`;
    expect((await call('PATCH', url, { approvedAt: '2026-06-01' })).status).toBe(400);
    // Unchanged content keeps the approval; changed content loses it.
    expect((await call('PATCH', url, { kind: approved.kind })).body.approvedBy).toBe(approved.approvedBy);
    const edited = await call('PATCH', url, { description: 'widened to the whole cell' });
    expect(edited.status).toBe(200);
    expect(edited.body.approvedBy).toBeUndefined();
    expect(edited.body.approvedAt).toBeUndefined();
  });
});
