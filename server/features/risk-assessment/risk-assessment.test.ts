import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { canonicalJson } from '../../../core/iec62443/risk/assessment.js';
import type { SiteRole } from '../../../core/accounts/permissions.js';
import { buildUser } from '../../../test/accounts.js';
import { useApp } from '../../../test/app.js';
import { forEachDialect, type DialectContext } from '../../../test/dialects.js';
import { hashPassword } from '../users/passwords.js';

const URL = '/api/v1/sites/plant/risk-assessment';
const PASSWORD = 'Risk-Signoff-4417';
const signed = { signature: { password: PASSWORD, meaning: 'approved' } };

/** A user with a real password (to sign) and a bearer token. */
async function signer(ctx: DialectContext, roles: 'org-admin' | Record<string, SiteRole>) {
  const u = await buildUser(ctx.db, roles);
  await ctx.db.kysely
    .updateTable('users')
    .set({ password_hash: await hashPassword(PASSWORD), name: `Signer ${u.id.slice(-4)}` })
    .where('id', '=', u.id)
    .execute();
  return { ...u, h: { authorization: `Bearer ${u.token}` } };
}

const auditOf = (ctx: DialectContext, action: string) =>
  ctx.db.kysely.selectFrom('audit_events').select(['detail', 'actor']).where('action', '=', action).execute();

const STEPS_PATCH = {
  steps: { zcr1: { status: 'in-progress', owner: 'a.owner', date: '2026-05-01', notes: 'workshop 1' } },
  suc: { scope: 'Packaging line 3', boundaries: 'Fence and the DMZ firewall', zones: ['z-control'], assets: ['plc-1'] },
  initialRisk: { 'z-control': { consequence: { 'health-safety': 4, reputation: 2 }, likelihood: 3 } },
};

forEachDialect('risk assessment API', (ctx) => {
  const { call, seed } = useApp(ctx);

  it('starts empty, round-trips steps and data, and computes ZCR 3 and ZCR 4', async () => {
    await seed();
    const empty = await call('GET', URL);
    expect(empty.status, empty.text).toBe(200);
    expect(empty.body).toMatchObject({
      site: 'plant',
      version: 0,
      status: 'draft',
      updatedAt: null,
      lastApproval: null,
      changes: [],
      abilities: ['read', 'update', 'approve'],
      steps: { zcr7: { status: 'not-started', owner: null, date: null, notes: '' } },
      computed: { zcr4: [], matrixSource: 'default' },
    });
    const findings = empty.body.computed.zcr3 as { key: string; decision: unknown }[];
    const decisionKey = findings[0]?.key ?? 'ZONE-SAFETY-MIXED:zone:z-control';

    const put = await call('PATCH', URL, {
      ...STEPS_PATCH,
      decisions: { [decisionKey]: { decision: 'accept', note: 'segregated next shutdown' } },
    });
    expect(put.status, put.text).toBe(200);
    expect(put.body).toMatchObject({
      version: 1,
      status: 'draft',
      steps: {
        zcr1: { status: 'in-progress', owner: 'a.owner', date: '2026-05-01', notes: 'workshop 1' },
        zcr2: { status: 'not-started' },
      },
      suc: { scope: 'Packaging line 3', accessPoints: '', zones: ['z-control'], assets: ['plc-1'] },
      initialRisk: STEPS_PATCH.initialRisk,
      decisions: { [decisionKey]: { decision: 'accept', note: 'segregated next shutdown' } },
      computed: {
        zcr4: [
          {
            zone: 'z-control',
            likelihood: 3,
            consequence: 4,
            risk: { id: 'high', tolerable: false },
            tolerable: false,
          },
        ],
      },
    });
    if (findings[0])
      expect(put.body.computed.zcr3[0].decision).toEqual({ decision: 'accept', note: 'segregated next shutdown' });

    // Field by field: zcr1 and the SUC stay; null removes an initial-risk entry.
    const second = await call('PATCH', URL, {
      steps: { zcr2: { status: 'done' }, zcr1: { owner: null } },
      suc: { accessPoints: 'VPN only' },
      initialRisk: { 'z-control': null },
    });
    expect(second.status, second.text).toBe(200);
    expect(second.body).toMatchObject({
      version: 2,
      steps: { zcr1: { status: 'in-progress', owner: null, notes: 'workshop 1' }, zcr2: { status: 'done' } },
      suc: { scope: 'Packaging line 3', accessPoints: 'VPN only' },
      initialRisk: {},
      computed: { zcr4: [] },
    });
    expect((await call('GET', URL)).body).toEqual(second.body);
    // The same content again is no new version.
    expect((await call('PATCH', URL, { suc: { accessPoints: 'VPN only' } })).body.version).toBe(2);
    expect(await auditOf(ctx, 'risk-assessment.update')).toHaveLength(2);
  });

  it('refuses off-scale ratings, unknown zones and assets and bad keys, and stores nothing', async () => {
    await seed();
    const cases: [unknown, string][] = [
      [
        { initialRisk: { 'z-control': { consequence: { environment: 2 }, likelihood: 6 } } },
        'initialRisk["z-control"].likelihood',
      ],
      [
        { initialRisk: { 'z-control': { consequence: { environment: 0 }, likelihood: 2 } } },
        'initialRisk["z-control"].consequence.environment',
      ],
      [{ initialRisk: { 'z-nowhere': { consequence: {}, likelihood: 2 } } }, 'initialRisk["z-nowhere"]'],
      [{ ...STEPS_PATCH, suc: { zones: ['z-control', 'z-nowhere'] } }, 'suc.zones[1]'],
      [{ suc: { assets: ['plc-404'] } }, 'suc.assets[0]'],
      [{ decisions: { 'not a key': { decision: 'accept', note: '' } } }, 'decisions["not a key"]'],
      [{ steps: { zcr8: { status: 'done' } } }, ''],
      [{ steps: { zcr1: { status: 'finished' } } }, ''],
    ];
    for (const [body, path] of cases) {
      const res = await call('PATCH', URL, body);
      expect(res.status, res.text).toBe(400);
      expect(res.body.error.code).toBe('C981_ERR_VALIDATION');
      if (path)
        expect(
          res.body.error.details.map((d: { path: string }) => d.path),
          res.text,
        ).toContain(path);
    }
    expect(await ctx.db.kysely.selectFrom('risk_assessments').selectAll().execute()).toEqual([]);
    expect(await auditOf(ctx, 'risk-assessment.update')).toEqual([]);
  });

  it('needs a reason on regulated sites', async () => {
    await seed();
    await ctx.db.kysely.updateTable('sites').set({ regulated: 1 }).where('id', '=', 'plant').execute();
    expect((await call('PATCH', URL, STEPS_PATCH)).body.error.code).toBe('C981_ERR_REASON_REQUIRED');
    const ok = await call('PATCH', URL, STEPS_PATCH, { 'x-c981-reason': 'annual re-assessment' });
    expect(ok.status, ok.text).toBe(200);
  });

  it('approves with a signature, never by the last editor, and freezes the version', async () => {
    await seed();
    const editor = await signer(ctx, 'org-admin');
    const approver = await signer(ctx, { plant: 'approver' });
    const approve = (body: unknown, h: Record<string, string>) => call('POST', `${URL}/approve`, body, h);

    expect((await approve(signed, approver.h)).body.error.code).toBe('C981_ERR_CONFLICT');
    expect((await call('PATCH', URL, STEPS_PATCH, editor.h)).status).toBe(200);
    // Separation of duties: the last editor may approve nothing, even with the right to.
    const own = await approve(signed, editor.h);
    expect(own.status, own.text).toBe(403);
    expect(own.body.error.message).toMatch(/someone else must approve it/);
    expect((await approve({}, approver.h)).body.error.code).toBe('C981_ERR_SIGNATURE_REQUIRED');
    expect((await approve({ signature: { password: 'wrong', meaning: 'approved' } }, approver.h)).body.error.code).toBe(
      'C981_ERR_SIGNATURE_INVALID',
    );
    expect(await ctx.db.kysely.selectFrom('risk_assessment_approvals').selectAll().execute()).toEqual([]);

    const ok = await approve(signed, approver.h);
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body).toMatchObject({
      version: 1,
      status: 'approved',
      lastApproval: {
        version: 1,
        approvedBy: approver.id,
        signature: { signedBy: approver.id, meaning: 'approved', printedName: expect.stringMatching(/^Signer /) },
      },
    });
    expect((await approve(signed, approver.h)).body.error.code).toBe('C981_ERR_CONFLICT');

    const frozen = await call('GET', `${URL}?version=1`);
    expect(frozen.status, frozen.text).toBe(200);
    expect(frozen.body).toMatchObject({
      site: 'plant',
      version: 1,
      approvedBy: approver.id,
      snapshot: {
        version: 1,
        assessment: { initialRisk: STEPS_PATCH.initialRisk },
        model: {
          zones: [
            { id: 'z-control', kind: 'control', slTarget: [2, 2, 2, 2, 2, 2, 2] },
            { id: 'z-dmz', kind: 'dmz' },
          ],
          conduits: [{ id: 'c-dmz-control', zones: ['z-control', 'z-dmz'] }],
          safetyAssets: [],
        },
      },
    });
    const hash = createHash('sha256').update(canonicalJson(frozen.body.snapshot)).digest('hex');
    expect(frozen.body.contentHash).toBe(hash);
    expect(frozen.body.signature.contentHash).toBe(hash);
    const [audit] = await auditOf(ctx, 'risk-assessment.approve');
    expect(audit?.detail).toContain(hash);
    expect(audit?.detail).not.toContain(PASSWORD);

    // A later edit is a new draft version; the approved one stays as it was.
    const later = await call('PATCH', URL, { suc: { scope: 'Lines 3 and 4' } }, editor.h);
    expect(later.body).toMatchObject({ version: 2, status: 'draft', lastApproval: { version: 1 } });
    expect((await call('GET', `${URL}?version=1`)).body).toEqual(frozen.body);
    expect((await call('GET', `${URL}?version=2`)).status).toBe(404);
    expect((await call('GET', `${URL}?version=one`)).status).toBe(400);
  });

  it('needs re-assessment after a material change, not after an immaterial one', async () => {
    await seed();
    const approver = await signer(ctx, { plant: 'approver' });
    await call('PATCH', URL, STEPS_PATCH);
    expect((await call('POST', `${URL}/approve`, signed, approver.h)).status).toBe(200);

    // Names, descriptions and non-safety assets are immaterial.
    expect(
      (await call('PATCH', '/api/v1/sites/plant/zones/z-control', { name: 'Cell control', description: 'x' })).status,
    ).toBe(200);
    expect((await call('POST', '/api/v1/sites/plant/assets', { id: 'hmi-7', name: 'HMI 7', type: 'hmi' })).status).toBe(
      201,
    );
    expect((await call('GET', URL)).body).toMatchObject({ status: 'approved', changes: [] });

    // An SL-T and a new safety asset are material.
    expect((await call('PATCH', '/api/v1/sites/plant/zones/z-control', { slTarget: 3 })).status).toBe(200);
    const sis = await call('POST', '/api/v1/sites/plant/assets', {
      id: 'sis-1',
      name: 'SIS',
      type: 'plc',
      safety: true,
    });
    expect(sis.status, sis.text).toBe(201);
    const after = await call('GET', URL);
    expect(after.body.status).toBe('needs-reassessment');
    expect(after.body.changes).toEqual([
      { kind: 'zone', id: 'z-control', what: 'slTarget', before: [2, 2, 2, 2, 2, 2, 2], after: [3, 3, 3, 3, 3, 3, 3] },
      { kind: 'asset', id: 'sis-1', what: 'safety', before: false, after: true },
    ]);

    // Re-assessed (a new version) and approved again: approved on the new model.
    await call('PATCH', URL, { steps: { zcr7: { status: 'done', notes: 'SL-T raised after review' } } });
    const again = await call('POST', `${URL}/approve`, signed, approver.h);
    expect(again.body).toMatchObject({ version: 2, status: 'approved', changes: [] });
  });

  it('lets viewers read, assessors edit but not approve, approvers approve but not edit', async () => {
    await seed();
    const as = async (role: SiteRole) => (await signer(ctx, { plant: role })).h;
    const viewer = await as('viewer');
    const assessor = await as('assessor');
    const approver = await as('approver');

    const read = await call('GET', URL, undefined, viewer);
    expect(read.status).toBe(200);
    expect(read.body.abilities).toEqual(['read']);
    expect((await call('PATCH', URL, STEPS_PATCH, viewer)).status).toBe(403);
    expect((await call('POST', `${URL}/approve`, signed, viewer)).status).toBe(403);

    expect((await call('GET', URL, undefined, assessor)).body.abilities).toEqual(['read', 'update']);
    expect((await call('PATCH', URL, STEPS_PATCH, assessor)).status).toBe(200);
    expect((await call('POST', `${URL}/approve`, signed, assessor)).status).toBe(403);

    expect((await call('GET', URL, undefined, approver)).body.abilities).toEqual(['read', 'approve']);
    expect((await call('PATCH', URL, { suc: { scope: 'x' } }, approver)).status).toBe(403);
    expect((await call('POST', `${URL}/approve`, signed, approver)).status).toBe(200);

    const outsider = (await signer(ctx, {})).h;
    expect((await call('GET', URL, undefined, outsider)).status).toBe(404);
  });
});
