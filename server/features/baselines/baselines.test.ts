// Baselines (issue #7) through the real API on both dialects: taken on demand and at approvals,
// immutable and hashed, diffed field by field against another baseline or now, exported.
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { buildUser } from '../../../test/accounts.js';
import { useApp } from '../../../test/app.js';
import { forEachDialect } from '../../../test/dialects.js';

forEachDialect('baselines API', (ctx) => {
  const { call, seed } = useApp(ctx);
  const base = '/api/v1/sites/plant/baselines';

  it('takes a baseline, lists it and answers its snapshot with a checkable hash', async () => {
    await seed();
    const made = await call('POST', base, { name: 'Before the DMZ upgrade' });
    expect(made.status, made.text).toBe(201);
    expect(made.body).toMatchObject({
      site: 'plant',
      id: 1,
      name: 'Before the DMZ upgrade',
      trigger: 'manual',
      counts: { zones: 2, conduits: 1, assets: 2, compensatingControls: 1, risks: 0 },
    });
    expect((await call('POST', base, { name: 'Second' })).body.id).toBe(2);
    const list = await call('GET', base);
    expect(list.body.items.map((b: { id: number }) => b.id)).toEqual([2, 1]);
    expect(list.body.items[0].snapshot).toBeUndefined();

    const one = await call('GET', `${base}/1?snapshot=true`);
    expect(one.body.snapshot.site.zones.map((z: { id: string }) => z.id)).toEqual(['z-control', 'z-dmz']);
    expect(one.body.snapshot.levels['z-dmz']).toMatchObject({ kind: 'zone', slTarget: [1, 2, 2, 1, 2, 1, 1] });
    const stored = await ctx.db.kysely
      .selectFrom('baselines')
      .select(['snapshot', 'content_hash'])
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
    expect(createHash('sha256').update(stored.snapshot).digest('hex')).toBe(stored.content_hash);
    expect(one.body.contentHash).toBe(stored.content_hash);
  });

  it('diffs a baseline against now and against another baseline, field by field and FR by FR', async () => {
    await seed();
    await call('POST', base, { name: 'b1' });
    expect((await call('PATCH', '/api/v1/sites/plant/zones/z-dmz', { slTarget: [1, 2, 3, 1, 2, 1, 1] })).status).toBe(
      200,
    );
    await call('PATCH', '/api/v1/sites/plant/assets/plc-1', { firmware: 'V3.1.0' });
    const now = await call('GET', `${base}/1/diff?to=now`);
    expect(now.status, now.text).toBe(200);
    expect(now.body.from).toMatchObject({ baseline: 1, name: 'b1' });
    expect(now.body.to.now).toMatch(/^\d{4}-/);
    expect(now.body.counts.zone).toEqual({ added: 0, removed: 0, changed: 1 });
    expect(now.body.changes).toContainEqual({
      kind: 'zone',
      id: 'z-dmz',
      change: 'changed',
      fields: [{ path: 'slTarget', before: [1, 2, 2, 1, 2, 1, 1], after: [1, 2, 3, 1, 2, 1, 1] }],
      sl: [{ field: 'slTarget', fr: 3, before: 2, after: 3 }],
    });
    expect(now.body.changes).toContainEqual(
      expect.objectContaining({
        kind: 'asset',
        id: 'plc-1',
        fields: [{ path: 'firmware', before: 'V2.9.4', after: 'V3.1.0' }],
      }),
    );

    await call('POST', base, { name: 'b2' });
    const between = await call('GET', `${base}/1/diff?to=2`);
    expect(between.body.to).toMatchObject({ baseline: 2, name: 'b2' });
    expect(between.body.changes.filter((c: { kind: string }) => c.kind !== 'achieved')).toEqual(
      now.body.changes.filter((c: { kind: string }) => c.kind !== 'achieved'),
    );
    expect((await call('GET', `${base}/2/diff`)).body.changes).toEqual([]);
  });

  it('exports a diff as HTML and CSV', async () => {
    await seed();
    await call('POST', base, { name: 'b1 <script>' });
    await call('PATCH', '/api/v1/sites/plant/zones/z-dmz', { name: 'DMZ <b>' });
    const html = await call('GET', `${base}/1/diff?format=html`);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.headers['content-disposition']).toBe('attachment; filename="changes-plant-b1-now.html"');
    expect(html.text).toContain('DMZ &lt;b&gt;');
    expect(html.text).toContain('b1 &lt;script&gt;');
    expect(html.text).not.toContain('<script');
    const csv = await call('GET', `${base}/1/diff?format=csv`);
    expect(csv.text.split('\r\n')[0]).toBe('kind,id,change,field,fr,before,after');
    expect(csv.text).toContain('zone,z-dmz,changed,name,,DMZ,DMZ <b>');
  });

  it('answers 404 for an unknown baseline and 400 for a bad `to`, and refuses viewers a new baseline', async () => {
    await seed();
    await call('POST', base, { name: 'b1' });
    const unknown = await call('GET', `${base}/9/diff`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: 'C981_ERR_NOT_FOUND', message: 'baseline "9" not found' });
    expect((await call('GET', `${base}/1/diff?to=7`)).status).toBe(404);
    expect((await call('GET', `${base}/abc`)).status).toBe(404);
    const bad = await call('GET', `${base}/1/diff?to=yesterday`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('to: give a baseline id or "now"; got "yesterday"');
    expect((await call('POST', base, { name: '', extra: 1 })).status).toBe(400);

    const viewer = await buildUser(ctx.db, { plant: 'viewer' });
    const h = { authorization: `Bearer ${viewer.token}` };
    expect((await call('GET', base, undefined, h)).status).toBe(200);
    expect((await call('POST', base, { name: 'mine' }, h)).status).toBe(403);
  });

  it('takes a baseline at every approval', async () => {
    await seed();
    await call('POST', '/api/v1/sites/plant/compensating-controls', {
      id: 'cc-new',
      scope: 'z-control',
      requirements: ['SR 1.1 RE 1'],
      kind: 'procedural',
    });
    const approver = await buildUser(ctx.db, { plant: 'approver' });
    const res = await call(
      'POST',
      '/api/v1/sites/plant/compensating-controls/cc-new/approve',
      { expires: '2099-12-31' },
      { authorization: `Bearer ${approver.token}` },
    );
    expect(res.status, res.text).toBe(200);
    const list = (await call('GET', base)).body.items;
    expect(list).toEqual([
      expect.objectContaining({
        trigger: 'control-approval',
        ref: 'cc-new',
        name: 'Compensating control cc-new approved',
      }),
    ]);
  });
});
