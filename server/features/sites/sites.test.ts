import { expect, it } from 'vitest';
import { useApp } from '../../../test/app.js';
import { forEachDialect } from '../../../test/dialects.js';

forEachDialect('sites API', (ctx) => {
  const { call, seed } = useApp(ctx);

  it('creates, reads, lists, updates and deletes a site', async () => {
    const created = await call('POST', '/api/v1/sites', {
      id: 'basel',
      name: 'Basel API plant',
      location: 'Basel, CH',
      regulated: true,
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: 'basel',
      name: 'Basel API plant',
      location: 'Basel, CH',
      regulated: true,
      abilities: ['read', 'update', 'delete'],
    });
    const read = await call('GET', '/api/v1/sites/basel');
    expect(read.body).toMatchObject({ id: 'basel', counts: { zones: 0, assets: 0 } });
    const patched = await call('PATCH', '/api/v1/sites/basel', { name: 'Basel', location: null });
    expect(patched.body).toEqual({
      id: 'basel',
      name: 'Basel',
      regulated: true,
      abilities: ['read', 'update', 'delete'],
    });
    expect((await call('GET', '/api/v1/sites')).body).toEqual({
      items: [{ id: 'basel', name: 'Basel', regulated: true, abilities: ['read', 'update', 'delete'] }],
      nextCursor: null,
    });
    expect((await call('DELETE', '/api/v1/sites/basel')).status).toBe(204);
    expect((await call('GET', '/api/v1/sites/basel')).body.error.code).toBe('C981_ERR_NOT_FOUND');
  });

  it('paginates with a cursor', async () => {
    for (const id of ['a', 'b', 'c']) await call('POST', '/api/v1/sites', { id, name: id.toUpperCase() });
    const first = await call('GET', '/api/v1/sites?limit=2');
    expect(first.body.items.map((s: { id: string }) => s.id)).toEqual(['a', 'b']);
    const second = await call('GET', `/api/v1/sites?limit=2&cursor=${first.body.nextCursor as string}`);
    expect(second.body).toMatchObject({ items: [{ id: 'c' }], nextCursor: null });
    expect((await call('GET', '/api/v1/sites?limit=501')).body.error.code).toBe('C981_ERR_VALIDATION');
    expect((await call('GET', '/api/v1/sites?cursor=garbage')).body.error.code).toBe('C981_ERR_VALIDATION');
  });

  it('rejects bad input with a stable code and writes nothing', async () => {
    const cases: [unknown, RegExp][] = [
      [{ id: 'Bad Id', name: 'x' }, /id/],
      [{ id: 'ok', name: 'x', colour: 'red' }, /unknown key "colour"/],
      [{ id: 'ok', name: 42 }, /name: must be text/],
      [{ id: 'ok' }, /missing required key "name"/],
      [{ id: 'ok', name: 'x', regulated: 'yes' }, /regulated: must be true or false/],
    ];
    for (const [body, message] of cases) {
      const res = await call('POST', '/api/v1/sites', body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('C981_ERR_VALIDATION');
      expect(res.body.error.message).toMatch(message);
    }
    expect((await call('GET', '/api/v1/sites')).body.items).toEqual([]);
  });

  it('answers 409 for a duplicate site and for deleting a site with content unless cascade', async () => {
    await seed();
    expect((await call('POST', '/api/v1/sites', { id: 'plant', name: 'again' })).body.error.code).toBe(
      'C981_ERR_CONFLICT',
    );
    const refused = await call('DELETE', '/api/v1/sites/plant');
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('C981_ERR_IN_USE');
    expect((await call('DELETE', '/api/v1/sites/plant?cascade=true')).status).toBe(204);
    expect(await ctx.db.kysely.selectFrom('assets').selectAll().execute()).toEqual([]);
  });
});
