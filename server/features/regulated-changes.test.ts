import { expect, it } from 'vitest';
import { useApp } from '../../test/app.js';
import { forEachDialect } from '../../test/dialects.js';

forEachDialect('changes to regulated sites', (ctx) => {
  const { call } = useApp(ctx);

  it('need a reason, which the audit record keeps', async () => {
    await call('POST', '/api/v1/sites', { id: 'gxp', name: 'GxP plant', regulated: true });
    const zone = { id: 'z-1', name: 'Reactors', kind: 'control', slTarget: 2 };
    const refused = await call('POST', '/api/v1/sites/gxp/zones', zone);
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('C981_ERR_REASON_REQUIRED');
    expect((await call('GET', '/api/v1/sites/gxp/zones')).body.items).toEqual([]);
    const ok = await call('POST', '/api/v1/sites/gxp/zones', zone, { 'x-c981-reason': 'CR-2026-114 new reactor line' });
    expect(ok.status, ok.text).toBe(201);
    expect((await call('PATCH', '/api/v1/sites/gxp/zones/z-1', { slTarget: 3 })).body.error.code).toBe(
      'C981_ERR_REASON_REQUIRED',
    );
    const audit = await ctx.db.kysely
      .selectFrom('audit_events')
      .select(['action', 'reason'])
      .where('action', '=', 'zone.create')
      .executeTakeFirstOrThrow();
    expect(audit.reason).toBe('CR-2026-114 new reactor line');
  });

  it('take reasons in any script, percent-encoded as UTF-8 (RFC 8187), and refuse broken encodings', async () => {
    await call('POST', '/api/v1/sites', { id: 'gxp', name: 'GxP plant', regulated: true });
    const reason = 'Änderung CR-7 → Reaktor 反应器 ✓';
    const zone = { id: 'z-1', name: 'Reactors', kind: 'control' };
    const ok = await call('POST', '/api/v1/sites/gxp/zones', zone, {
      'x-c981-reason': `utf-8''${encodeURIComponent(reason)}`,
    });
    expect(ok.status, ok.text).toBe(201);
    const audit = await ctx.db.kysely
      .selectFrom('audit_events')
      .select('reason')
      .where('action', '=', 'zone.create')
      .executeTakeFirstOrThrow();
    expect(audit.reason).toBe(reason);
    const bad = await call(
      'POST',
      '/api/v1/sites/gxp/zones',
      { ...zone, id: 'z-2' },
      { 'x-c981-reason': "utf-8''%E2%8" },
    );
    expect(bad.body.error.code).toBe('C981_ERR_VALIDATION');
    expect((await call('GET', '/api/v1/sites/gxp/zones/z-2')).status).toBe(404);
  });

  it('are not needed on other sites', async () => {
    await call('POST', '/api/v1/sites', { id: 'plain', name: 'Plain' });
    expect((await call('POST', '/api/v1/sites/plain/zones', { id: 'z-1', name: 'Z', kind: 'control' })).status).toBe(
      201,
    );
  });
});

forEachDialect('electronic signatures', (ctx) => {
  const { call, seed } = useApp(ctx);

  it('sign approvals in regulated sites with the re-entered password, bound to the content', async () => {
    await seed();
    await ctx.db.kysely.updateTable('sites').set({ regulated: 1 }).where('id', '=', 'plant').execute();
    const { LOCAL_ACTOR } = await import('../actor.js');
    const { createUser } = await import('./users/users.service.js');
    const { createToken } = await import('./tokens/tokens.service.js');
    const approver = await createUser(ctx.db, LOCAL_ACTOR, {
      email: 'qa@example.com',
      name: 'Quinn QA',
      password: 'Batch-Release-7781',
      party: 'asset-owner',
      sites: [{ site: 'plant', role: 'approver' }],
    });
    const { token } = await createToken(ctx.db, LOCAL_ACTOR, { userId: approver.id, readOnly: false });
    const h = { authorization: `Bearer ${token}`, 'x-c981-reason': 'periodic review 2026' };
    const url = '/api/v1/sites/plant/compensating-controls/cc-1/approve';
    expect((await call('POST', url, {}, h)).body.error.code).toBe('C981_ERR_SIGNATURE_REQUIRED');
    expect(
      (await call('POST', url, { signature: { password: 'not-the-password', meaning: 'approved' } }, h)).body.error
        .code,
    ).toBe('C981_ERR_SIGNATURE_INVALID');
    const signed = await call('POST', url, { signature: { password: 'Batch-Release-7781', meaning: 'approved' } }, h);
    expect(signed.status).toBe(200);
    expect(signed.body.signature).toMatchObject({
      printedName: 'Quinn QA',
      signedBy: approver.id,
      meaning: 'approved',
      signedAt: signed.body.approvedAt,
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const audit = await ctx.db.kysely
      .selectFrom('audit_events')
      .select(['detail', 'reason'])
      .where('action', '=', 'compensating-control.approve')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail ?? '{}').signature.contentHash).toBe(signed.body.signature.contentHash);
    expect(audit.reason).toBe('periodic review 2026');
    expect(audit.detail).not.toContain('Batch-Release');
  });
});

forEachDialect('abilities', (ctx) => {
  const { call, seed } = useApp(ctx);

  it("carry the caller's rights on each entity", async () => {
    await seed();
    const { buildUser } = await import('../../test/accounts.js');
    const assessor = await buildUser(ctx.db, { plant: 'assessor' });
    const h = { authorization: `Bearer ${assessor.token}` };
    expect((await call('GET', '/api/v1/sites/plant/assets/plc-1', undefined, h)).body.abilities).toEqual([
      'read',
      'update',
      'delete',
    ]);
    expect((await call('GET', '/api/v1/sites/plant/zones', undefined, h)).body.items[0].abilities).toEqual(['read']);
    expect((await call('GET', '/api/v1/sites/plant', undefined, h)).body.abilities).toEqual(['read']);
    expect((await call('GET', '/api/v1/sites/plant/compensating-controls/cc-1', undefined, h)).body.abilities).toEqual([
      'read',
      'update',
      'delete',
    ]);
  });
});
