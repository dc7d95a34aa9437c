import { expect, it } from 'vitest';
import { buildUser } from '../../../test/accounts.js';
import { useApp } from '../../../test/app.js';
import { forEachDialect, type DialectContext } from '../../../test/dialects.js';
import { hashPassword } from '../users/passwords.js';

const URL = '/api/v1/sites/plant/crs';
const PASSWORD = 'Crs-Signoff-5521';

/** A criminal scenario: likelihood 4 × production 4 = critical on the default matrix. */
const scenario = (id: string, zone: string) => ({
  id,
  title: `Ransomware in ${zone}`,
  target: { kind: 'zone', id: zone },
  threatSource: { name: 'Ransomware crew', kind: 'criminal' },
  vector: 'remote-access',
  affectedFrs: [1, 3],
  consequence: { 'production-financial': 4 },
  likelihood: 4,
  residualLikelihood: 2,
});

const ASSESSMENT = {
  steps: {
    zcr1: { status: 'done', notes: '- Only trained staff enter the control room\n- Cabinets are locked' },
    zcr6: { status: 'in-progress', notes: 'Remote access only through the DMZ jump host' },
  },
  suc: { scope: 'Packaging line 3', boundaries: 'Fence', accessPoints: 'VPN', zones: ['z-control'], assets: ['plc-1'] },
};

async function approver(ctx: DialectContext) {
  const u = await buildUser(ctx.db, { plant: 'approver' });
  await ctx.db.kysely
    .updateTable('users')
    .set({ password_hash: await hashPassword(PASSWORD), name: 'Ann Approver' })
    .where('id', '=', u.id)
    .execute();
  return { authorization: `Bearer ${u.token}` };
}

forEachDialect('CRS API', (ctx) => {
  const { call, seed } = useApp(ctx);

  it('answers the CRS of the SUC as JSON', async () => {
    await seed();
    expect((await call('POST', '/api/v1/sites/plant/risks', scenario('s-1', 'z-control'))).status).toBe(201);
    expect((await call('POST', '/api/v1/sites/plant/risks', scenario('s-2', 'z-dmz'))).status).toBe(201);
    expect((await call('PATCH', '/api/v1/sites/plant/risk-assessment', ASSESSMENT)).status).toBe(200);

    const res = await call('GET', `${URL}?asOf=2026-06-01`);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      site: { id: 'plant', name: 'Plant', regulated: false },
      asOf: '2026-06-01',
      assessment: { version: 1, status: 'draft', lastApproval: null },
      suc: ASSESSMENT.suc,
      riskMatrix: { source: 'default', tolerableRisk: 'medium' },
    });
    expect(res.body.generatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    // The SUC lists z-control only: the DMZ, the conduit to it and its scenario are out.
    expect(res.body.zones).toEqual([
      {
        id: 'z-control',
        name: 'Control',
        kind: 'control',
        slTarget: [2, 2, 2, 2, 2, 2, 2],
        rationale: null,
        slAchieved: expect.any(Array),
        gap: expect.any(Array),
        assets: 2,
        safetyAssets: 0,
      },
    ]);
    expect(res.body.conduits).toEqual([]);
    expect(res.body.threatEnvironment).toEqual([
      {
        id: 's-1',
        title: 'Ransomware in z-control',
        target: { kind: 'zone', id: 'z-control' },
        threatSource: { name: 'Ransomware crew', kind: 'criminal', capability: 3 },
        vector: 'remote-access',
        affectedFrs: [1, 3],
        unmitigatedRisk: expect.objectContaining({ level: 'critical', tolerable: false }),
        residualRisk: expect.objectContaining({ level: 'medium', tolerable: true }),
        acceptance: null,
      },
    ]);
    expect(res.body.compensatingControls).toEqual([
      {
        id: 'cc-1',
        scope: 'z-control',
        requirements: ['SR 1.2'],
        kind: 'jump-host',
        approvedBy: 'j.doe',
        expires: '2027-03-01',
      },
    ]);
    expect(res.body.assumptions).toEqual([
      { step: 'zcr1', text: 'Only trained staff enter the control room' },
      { step: 'zcr1', text: 'Cabinets are locked' },
      { step: 'zcr6', text: 'Remote access only through the DMZ jump host' },
    ]);

    // Without SUC zones the whole site is covered.
    await call('PATCH', '/api/v1/sites/plant/risk-assessment', { suc: { zones: [] } });
    const all = await call('GET', URL);
    expect(all.body.zones.map((z: { id: string }) => z.id)).toEqual(['z-control', 'z-dmz']);
    expect(all.body.conduits).toMatchObject([{ id: 'c-dmz-control', zones: ['z-control', 'z-dmz'] }]);
    expect(all.body.threatEnvironment).toHaveLength(2);
    expect((await call('GET', `${URL}?format=pdf`)).status).toBe(400);
    expect((await call('GET', `${URL}?asOf=yesterday`)).status).toBe(400);
  });

  it('renders a printable HTML document, escaped, with a strict CSP and the approval block', async () => {
    await seed();
    expect((await call('PATCH', '/api/v1/sites/plant/zones/z-dmz', { name: '<script>alert(1)</script>' })).status).toBe(
      200,
    );
    const draft = await call('GET', `${URL}?format=html`);
    expect(draft.status, draft.text).toBe(200);
    expect(draft.headers['content-type']).toMatch(/^text\/html/);
    expect(draft.headers['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(draft.headers['content-disposition']).toMatch(/^attachment; filename="crs-plant-\d{4}-\d\d-\d\d\.html"$/);
    expect(draft.text).toContain('<title>Cybersecurity Requirements Specification — Plant</title>');
    expect(draft.text).toContain('DRAFT — not approved');
    expect(draft.text).toContain('Control');
    expect(draft.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(draft.text).not.toContain('<script');
    // The DMZ's SL-T vector [1, 2, 2, 1, 2, 1, 1] as a table row.
    expect(draft.text).toContain(
      '<tr><th>SL-T</th><td>1</td><td>2</td><td>2</td><td>1</td><td>2</td><td>1</td><td>1</td></tr>',
    );

    expect((await call('PATCH', '/api/v1/sites/plant/risk-assessment', ASSESSMENT)).status).toBe(200);
    const approved = await call(
      'POST',
      '/api/v1/sites/plant/risk-assessment/approve',
      { signature: { password: PASSWORD, meaning: 'approved' } },
      await approver(ctx),
    );
    expect(approved.status, approved.text).toBe(200);
    const json = await call('GET', URL);
    expect(json.body.assessment).toMatchObject({
      version: 1,
      status: 'approved',
      lastApproval: { version: 1, signature: { printedName: 'Ann Approver', meaning: 'approved' } },
    });
    const html = (await call('GET', `${URL}?format=html`)).text;
    expect(html).not.toContain('DRAFT');
    expect(html).toContain('Ann Approver');
    expect(html).toContain(json.body.assessment.lastApproval.contentHash);
  });

  it('states which intolerable risks are accepted, by whom and until when', async () => {
    await seed();
    const open = { ...scenario('s-open', 'z-control'), residualLikelihood: undefined };
    expect((await call('POST', '/api/v1/sites/plant/risks', open)).status).toBe(201);
    const expires = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    const accept = await call(
      'POST',
      '/api/v1/sites/plant/risks/s-open/accept',
      { expires, rationale: 'Line replaced in Q3 <b>' },
      await approver(ctx),
    );
    expect(accept.status, accept.text).toBe(200);
    const json = await call('GET', URL);
    expect(json.body.threatEnvironment[0].acceptance).toEqual({
      byName: 'Ann Approver',
      at: expect.any(String),
      expires,
      rationale: 'Line replaced in Q3 <b>',
      expired: false,
    });
    const html = (await call('GET', `${URL}?format=html`)).text;
    expect(html).toContain(`until ${expires}, by Ann Approver`);
    expect(html).toContain('Line replaced in Q3 &lt;b&gt;');
  });

  it('lets viewers read and hides the site from outsiders and anonymous callers', async () => {
    await seed();
    const viewer = await buildUser(ctx.db, { plant: 'viewer' });
    const outsider = await buildUser(ctx.db, {});
    expect((await call('GET', URL, undefined, { authorization: `Bearer ${viewer.token}` })).status).toBe(200);
    expect(
      (await call('GET', `${URL}?format=html`, undefined, { authorization: `Bearer ${viewer.token}` })).status,
    ).toBe(200);
    expect((await call('GET', URL, undefined, { authorization: `Bearer ${outsider.token}` })).status).toBe(404);
    expect((await call('GET', URL, undefined, { authorization: '' })).status).toBe(401);
    expect((await call('GET', '/api/v1/sites/nowhere/crs')).status).toBe(404);
  });
});
