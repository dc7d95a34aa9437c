// Risk data in the site file (issue #6): the organization's and a site's risk matrix and the
// threat scenarios import, export and round-trip; files without them keep what is stored; bad
// ratings and permissions are refused with nothing stored. Through the real API on both dialects.
import { expect, it } from 'vitest';
import { stringify } from 'yaml';
import { DEFAULT_RISK_MATRIX } from '../../../core/iec62443/risk/matrix.js';
import type { RiskMatrix } from '../../../core/schemas/risk-matrix.js';
import type { ThreatScenarioDoc } from '../../../core/schemas/risk-scenario.js';
import type { SiteDoc } from '../../../core/schemas/site-file.js';
import { buildUser } from '../../../test/accounts.js';
import { useApp } from '../../../test/app.js';
import { forEachDialect } from '../../../test/dialects.js';
import { buildFile, buildSite } from '../../../test/factories.js';

const scenario = (over: Partial<ThreatScenarioDoc> = {}): ThreatScenarioDoc => ({
  id: 'r-ransomware',
  title: 'Ransomware reaches the control zone',
  target: { kind: 'zone', id: 'z-control' },
  threatSource: { name: 'Ransomware crew', kind: 'criminal' },
  vector: 'remote-access',
  affectedFrs: [1, 5],
  consequence: { 'production-financial': 4, 'health-safety': 2 },
  likelihood: 4,
  countermeasures: { assets: ['hmi-1'], requirements: ['SR 5.1'], compensatingControls: ['cc-1'] },
  residualLikelihood: 2,
  ...over,
});

/** The default matrix without its top likelihood level: a coherent 4×5 matrix. */
const FOUR_BY_FIVE: RiskMatrix = {
  ...DEFAULT_RISK_MATRIX,
  likelihood: DEFAULT_RISK_MATRIX.likelihood.slice(0, 4),
  cells: DEFAULT_RISK_MATRIX.cells.slice(0, 4),
};

/** Site "plant" with a medium cell raised to high: still coherent, different from the default. */
const siteMatrix = (): RiskMatrix => {
  const cells = DEFAULT_RISK_MATRIX.cells.map((row) => [...row]);
  const row = cells[0] as string[];
  row[2] = 'medium';
  return { ...DEFAULT_RISK_MATRIX, cells };
};

const file = (site: Partial<SiteDoc>, top: Record<string, unknown> = {}) =>
  stringify({ ...buildFile([buildSite(site)]), ...top });

forEachDialect('risk data in the site file', (ctx) => {
  const { call } = useApp(ctx);
  const upload = (text: string, query = '', headers: Record<string, string> = {}) =>
    call('POST', `/api/v1/site-files${query}`, text, { 'content-type': 'text/plain', ...headers });
  const exported = async () => (await call('GET', '/api/v1/sites/plant/export?format=yaml')).text;

  it('imports the matrices and scenarios, exports them canonically and round-trips byte for byte', async () => {
    const res = await upload(
      file({ riskMatrix: siteMatrix(), risks: [scenario()] }, { riskMatrix: FOUR_BY_FIVE }),
      '?file=estate.yaml',
    );
    expect(res.status, res.text).toBe(200);
    expect(res.body.organizationRiskMatrixChanged).toBe(true);
    expect(res.body.sites[0]).toMatchObject({ riskMatrixChanged: true, risks: { added: 1 } });

    expect((await call('GET', '/api/v1/risk-matrix')).body).toMatchObject({ source: 'organization' });
    expect((await call('GET', '/api/v1/sites/plant/risk-matrix')).body.matrix.cells[0][2]).toBe('medium');
    const risk = (await call('GET', '/api/v1/sites/plant/risks/r-ransomware')).body;
    expect(risk).toMatchObject({ likelihood: 4, residualLikelihood: 2, unmitigatedRisk: { tolerable: false } });

    const first = await exported();
    expect(first).toMatch(/^riskMatrix:\n {2}likelihood:/m);
    expect(first).toContain('    risks:\n');
    const again = await upload(first, '?file=export.yaml');
    expect(again.body).toMatchObject({ sites: [], unchanged: ['plant'], organizationRiskMatrixChanged: false });
    expect(await exported()).toBe(first);
  });

  it('keeps stored risk data when a file leaves the keys out (files from before issue #6)', async () => {
    expect((await upload(file({ riskMatrix: siteMatrix(), risks: [scenario()] }))).status).toBe(200);
    const res = await upload(file({}));
    expect(res.body).toMatchObject({ sites: [], unchanged: ['plant'] });
    expect((await call('GET', '/api/v1/sites/plant/risks')).body.items).toHaveLength(1);
    expect((await call('GET', '/api/v1/sites/plant/risk-matrix')).body.source).toBe('site');
  });

  it('empties the register with `risks: []` and follows the organization with `riskMatrix: organization`', async () => {
    await upload(file({ riskMatrix: siteMatrix(), risks: [scenario()] }));
    const res = await upload(file({ riskMatrix: 'organization', risks: [] }));
    expect(res.body.sites[0]).toMatchObject({ riskMatrixChanged: true, risks: { removed: 1 } });
    expect((await call('GET', '/api/v1/sites/plant/risks')).body.items).toEqual([]);
    expect((await call('GET', '/api/v1/sites/plant/risk-matrix')).body.source).toBe('default');
  });

  it('withdraws the acceptance of a scenario the file changes, and keeps it on an unchanged one', async () => {
    // Without residual ratings both stay intolerable (L4 × C4), so both can be accepted.
    const open = (over: Partial<ThreatScenarioDoc> = {}) => scenario({ residualLikelihood: undefined, ...over });
    await upload(file({ risks: [open(), open({ id: 'r-other' })] }));
    const approver = await buildUser(ctx.db, { plant: 'approver' });
    const h = { authorization: `Bearer ${approver.token}` };
    const body = { expires: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10), rationale: 'Q3 fix' };
    expect((await call('POST', '/api/v1/sites/plant/risks/r-other/accept', body, h)).status).toBe(200);
    expect((await call('POST', '/api/v1/sites/plant/risks/r-ransomware/accept', body, h)).status).toBe(200);

    const res = await upload(file({ risks: [open({ likelihood: 5 }), open({ id: 'r-other' })] }));
    expect(res.body.sites[0].risks).toMatchObject({ changed: 1, ids: { changed: ['r-ransomware'] } });
    expect((await call('GET', '/api/v1/sites/plant/risks/r-ransomware')).body.acceptance).toBeNull();
    expect((await call('GET', '/api/v1/sites/plant/risks/r-other')).body.acceptance).toMatchObject({
      rationale: 'Q3 fix',
    });
  });

  it('refuses a likelihood off the matrix that will apply, naming the path, and stores nothing', async () => {
    await call('PUT', '/api/v1/risk-matrix', FOUR_BY_FIVE);
    const res = await upload(file({ risks: [scenario({ likelihood: 5 })] }));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('C981_ERR_VALIDATION');
    expect(res.body.error.message).toBe(
      'sites[0].risks[0].likelihood: likelihood must be an integer 1–4 on the matrix scale, got 5',
    );
    expect((await call('GET', '/api/v1/sites')).body.items).toEqual([]);
  });

  it('refuses a file whose scenario names another site’s zone, with the line, and stores nothing', async () => {
    const other = buildSite({ id: 'other', name: 'Other', zones: [{ id: 'o-ctl', name: 'Ctl', kind: 'control' }] });
    const text = stringify(
      buildFile([
        buildSite({ risks: [scenario({ target: { kind: 'zone', id: 'o-ctl' } })] }),
        { ...other, conduits: [], assets: [], assessments: [], compensatingControls: [] },
      ]),
    );
    const res = await upload(text, '?file=two.yaml');
    expect(res.status).toBe(400);
    expect(res.body.error.details).toContainEqual(
      expect.objectContaining({
        file: 'two.yaml',
        path: 'sites[0].risks[0].target.id',
        message:
          'site "plant" › risk scenario "r-ransomware": zone "o-ctl" belongs to site "other"; references must stay inside site "plant"',
      }),
    );
    expect((await call('GET', '/api/v1/sites')).body.items).toEqual([]);
  });

  it('refuses to drop an asset that a kept scenario names as a countermeasure (409, nothing imported)', async () => {
    await upload(file({ risks: [scenario()] }));
    const withoutHmi = buildSite();
    withoutHmi.assets = withoutHmi.assets?.filter((a) => a.id !== 'hmi-1');
    withoutHmi.compensatingControls = [];
    const res = await upload(stringify(buildFile([withoutHmi])));
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/risk scenarios \(r-ransomware\)/);
    expect((await call('GET', '/api/v1/sites/plant/assets/hmi-1')).status).toBe(200);
  });

  it('needs the matrix permissions for matrix changes and risk.update for scenario changes', async () => {
    await upload(file({}));
    const assessor = await buildUser(ctx.db, { plant: 'site-admin' });
    const h = { authorization: `Bearer ${assessor.token}` };
    // A site-admin may import the site with its own matrix and scenarios…
    const ok = await upload(file({ riskMatrix: siteMatrix(), risks: [scenario()] }), '', h);
    expect(ok.status, ok.text).toBe(200);
    // …but not change the organization's matrix, which every site follows.
    const denied = await upload(file({}, { riskMatrix: FOUR_BY_FIVE }), '', h);
    expect(denied.status).toBe(403);
    expect((await call('GET', '/api/v1/risk-matrix')).body.source).toBe('default');
  });
});
