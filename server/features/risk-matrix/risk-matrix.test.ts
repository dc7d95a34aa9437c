import { expect, it } from 'vitest';
import { DEFAULT_RISK_MATRIX, type RiskMatrix } from '../../../core/iec62443/risk/matrix.js';
import { buildUser } from '../../../test/accounts.js';
import { useApp } from '../../../test/app.js';
import { forEachDialect, type DialectContext } from '../../../test/dialects.js';

/** The default with a stricter line: only "low" is tolerable. */
const STRICT: RiskMatrix = { ...structuredClone(DEFAULT_RISK_MATRIX), tolerableRisk: 'low' };
/** A 3×3 matrix for one site. */
const SMALL: RiskMatrix = {
  likelihood: ['Seldom', 'Sometimes', 'Often'].map((name, i) => ({ level: i + 1, name, description: name })),
  consequence: ['Small', 'Serious', 'Grave'].map((name, i) => ({
    level: i + 1,
    name,
    categories: {
      'health-safety': name,
      environment: name,
      'production-financial': name,
      reputation: name,
      'regulatory-quality': name,
    },
  })),
  riskLevels: [
    { id: 'low', name: 'Low' },
    { id: 'high', name: 'High' },
  ],
  cells: [
    ['low', 'low', 'high'],
    ['low', 'high', 'high'],
    ['high', 'high', 'high'],
  ],
  tolerableRisk: 'low',
};

const auditOf = (ctx: DialectContext, action: string) =>
  ctx.db.kysely
    .selectFrom('audit_events')
    .select(['action', 'site_id', 'entity', 'entity_id', 'reason', 'detail'])
    .where('action', '=', action)
    .orderBy('seq')
    .execute();

forEachDialect('risk matrix API', (ctx) => {
  const { call, seed } = useApp(ctx);

  it('answers the built-in default until the organization sets its own', async () => {
    await seed();
    const org = await call('GET', '/api/v1/risk-matrix');
    expect(org.status).toBe(200);
    expect(org.body).toEqual({
      source: 'default',
      matrix: DEFAULT_RISK_MATRIX,
      updatedAt: null,
      updatedBy: null,
      abilities: ['read', 'update'],
    });
    const site = await call('GET', '/api/v1/sites/plant/risk-matrix');
    expect(site.body).toMatchObject({ source: 'default', site: 'plant', abilities: ['read', 'update', 'delete'] });
  });

  it("stores the organization's matrix, audits it, and sites follow it", async () => {
    await seed();
    const put = await call('PUT', '/api/v1/risk-matrix', STRICT);
    expect(put.status, put.text).toBe(200);
    expect(put.body).toMatchObject({ source: 'organization', matrix: STRICT });
    expect(put.body.updatedAt).toEqual(expect.any(String));
    expect((await call('GET', '/api/v1/risk-matrix')).body).toEqual(put.body);
    expect((await call('GET', '/api/v1/sites/plant/risk-matrix')).body).toMatchObject({
      source: 'organization',
      matrix: { tolerableRisk: 'low' },
    });
    const audit = await auditOf(ctx, 'riskMatrix.update');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ site_id: null, entity: 'riskMatrix', entity_id: 'organization' });
    expect(JSON.parse(audit[0]?.detail ?? 'null').matrix.tolerableRisk).toBe('low');
    // The same matrix again (keys in another order) changes and records nothing.
    const { tolerableRisk, ...rest } = STRICT;
    const again = { tolerableRisk, ...rest };
    expect((await call('PUT', '/api/v1/risk-matrix', again)).status).toBe(200);
    expect(await auditOf(ctx, 'riskMatrix.update')).toHaveLength(1);
  });

  it('overrides per site, and DELETE reverts to the organization’s', async () => {
    await seed();
    await call('PUT', '/api/v1/risk-matrix', STRICT);
    const put = await call('PUT', '/api/v1/sites/plant/risk-matrix', SMALL);
    expect(put.status, put.text).toBe(200);
    expect(put.body).toMatchObject({ source: 'site', site: 'plant', matrix: SMALL });
    expect((await call('GET', '/api/v1/sites/plant/risk-matrix')).body.matrix).toEqual(SMALL);
    // The organization's matrix is untouched.
    expect((await call('GET', '/api/v1/risk-matrix')).body.matrix).toEqual(STRICT);

    const reverted = await call('DELETE', '/api/v1/sites/plant/risk-matrix');
    expect(reverted.status).toBe(200);
    expect(reverted.body).toMatchObject({ source: 'organization', site: 'plant', matrix: STRICT });
    const [update] = await auditOf(ctx, 'riskMatrix.update').then((a) => a.filter((e) => e.site_id === 'plant'));
    expect(update).toMatchObject({ entity: 'riskMatrix', entity_id: 'plant' });
    expect(await auditOf(ctx, 'riskMatrix.delete')).toMatchObject([
      { site_id: 'plant', entity: 'riskMatrix', entity_id: 'plant', detail: null },
    ]);
    // Reverting again is a no-op: nothing recorded.
    expect((await call('DELETE', '/api/v1/sites/plant/risk-matrix')).status).toBe(200);
    expect(await auditOf(ctx, 'riskMatrix.delete')).toHaveLength(1);
  });

  it('refuses incoherent or malformed matrices with details and stores nothing', async () => {
    await seed();
    const falling = structuredClone(SMALL);
    falling.cells[2]![2] = 'low';
    const cases: [unknown, string][] = [
      [{ ...SMALL, cells: SMALL.cells.slice(0, 2) }, 'cells'],
      [{ ...SMALL, tolerableRisk: 'medium' }, 'tolerableRisk'],
      [falling, 'cells[2][2]'],
      [
        { ...SMALL, likelihood: [SMALL.likelihood[1], SMALL.likelihood[0], SMALL.likelihood[2]] },
        'likelihood[0].level',
      ],
      [{ ...SMALL, colour: 'red' }, ''],
      [{ ...SMALL, riskLevels: [{ id: 'Low', name: 'Low' }, SMALL.riskLevels[1]] }, 'riskLevels[0].id'],
      [{}, ''],
    ];
    for (const [body, path] of cases)
      for (const url of ['/api/v1/risk-matrix', '/api/v1/sites/plant/risk-matrix']) {
        const res = await call('PUT', url, body);
        expect(res.status, `${url} ${res.text}`).toBe(400);
        expect(res.body.error.code).toBe('C981_ERR_VALIDATION');
        if (path)
          expect(
            res.body.error.details.map((d: { path: string }) => d.path),
            res.text,
          ).toContain(path);
      }
    const falls = await call('PUT', '/api/v1/sites/plant/risk-matrix', falling);
    expect(falls.body.error.message).toBe(
      'cells[2][2]: "low" is lower than "high" of likelihood 3 × consequence 2: risk must not fall as consequence rises',
    );
    expect((await call('GET', '/api/v1/sites/plant/risk-matrix')).body.source).toBe('default');
    expect(await ctx.db.kysely.selectFrom('org_risk_matrix').selectAll().execute()).toEqual([]);
    expect(await ctx.db.kysely.selectFrom('site_risk_matrices').selectAll().execute()).toEqual([]);
    expect(await auditOf(ctx, 'riskMatrix.update')).toEqual([]);
  });

  it('lets viewers read, site-admins set their site, and only org-admins set the organization’s', async () => {
    await seed();
    const as = (u: { token: string }) => ({ authorization: `Bearer ${u.token}` });
    const viewer = as(await buildUser(ctx.db, { plant: 'viewer' }));
    const admin = as(await buildUser(ctx.db, { plant: 'site-admin' }));
    const outsider = as(await buildUser(ctx.db, {}));

    expect((await call('GET', '/api/v1/risk-matrix', undefined, viewer)).body.abilities).toEqual(['read']);
    const viewed = await call('GET', '/api/v1/sites/plant/risk-matrix', undefined, viewer);
    expect(viewed.status).toBe(200);
    expect(viewed.body.abilities).toEqual(['read']);
    expect((await call('PUT', '/api/v1/sites/plant/risk-matrix', SMALL, viewer)).status).toBe(403);
    expect((await call('DELETE', '/api/v1/sites/plant/risk-matrix', undefined, viewer)).status).toBe(403);
    expect((await call('PUT', '/api/v1/risk-matrix', SMALL, viewer)).status).toBe(403);

    expect((await call('GET', '/api/v1/sites/plant/risk-matrix', undefined, admin)).body.abilities).toEqual([
      'read',
      'update',
      'delete',
    ]);
    expect((await call('PUT', '/api/v1/sites/plant/risk-matrix', SMALL, admin)).status).toBe(200);
    expect((await call('DELETE', '/api/v1/sites/plant/risk-matrix', undefined, admin)).status).toBe(200);
    const refused = await call('PUT', '/api/v1/risk-matrix', SMALL, admin);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('C981_ERR_FORBIDDEN');

    // A site the caller may not read answers 404 (no leak); anonymous callers 401.
    expect((await call('GET', '/api/v1/sites/plant/risk-matrix', undefined, outsider)).status).toBe(404);
    expect((await call('PUT', '/api/v1/sites/plant/risk-matrix', SMALL, outsider)).status).toBe(404);
    expect((await call('GET', '/api/v1/risk-matrix', undefined, { authorization: '' })).status).toBe(401);
    expect((await call('GET', '/api/v1/sites/nowhere/risk-matrix')).status).toBe(404);
  });

  it('needs a reason on regulated sites, and for the organization’s matrix when one follows it', async () => {
    await call('POST', '/api/v1/sites', { id: 'gxp', name: 'GxP plant', regulated: true });
    const why = { 'x-c981-reason': 'CR-2026-201 adopt corporate risk criteria' };
    for (const [method, url, body] of [
      ['PUT', '/api/v1/risk-matrix', STRICT],
      ['PUT', '/api/v1/sites/gxp/risk-matrix', SMALL],
    ] as const) {
      const res = await call(method, url, body);
      expect(res.status, res.text).toBe(400);
      expect(res.body.error.code).toBe('C981_ERR_REASON_REQUIRED');
      expect((await call(method, url, body, why)).status).toBe(200);
    }
    // With its own matrix the site no longer follows the organization's: no reason needed there.
    expect((await call('PUT', '/api/v1/risk-matrix', DEFAULT_RISK_MATRIX)).status).toBe(200);
    expect((await call('DELETE', '/api/v1/sites/gxp/risk-matrix')).body.error.code).toBe('C981_ERR_REASON_REQUIRED');
    expect((await call('DELETE', '/api/v1/sites/gxp/risk-matrix', undefined, why)).body.source).toBe('organization');
    const audit = await auditOf(ctx, 'riskMatrix.update');
    expect(audit.map((a) => [a.site_id, a.reason])).toEqual([
      [null, why['x-c981-reason']],
      ['gxp', why['x-c981-reason']],
      [null, null],
    ]);
    expect(JSON.parse(audit[0]?.detail ?? 'null').regulatedSites).toEqual(['gxp']);
  });

  it('goes with its site', async () => {
    await seed();
    await call('PUT', '/api/v1/sites/plant/risk-matrix', SMALL);
    expect((await call('DELETE', '/api/v1/sites/plant?cascade=true')).status).toBe(204);
    expect(await ctx.db.kysely.selectFrom('site_risk_matrices').selectAll().execute()).toEqual([]);
  });
});
