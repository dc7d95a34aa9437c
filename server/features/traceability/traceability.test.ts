import { expect, it } from 'vitest';
import { buildUser } from '../../../test/accounts.js';
import { useApp } from '../../../test/app.js';
import { forEachDialect, type DialectContext } from '../../../test/dialects.js';

const BASE = '/api/v1/sites/plant/traceability';
const AS_OF = '2026-06-01';

/** Roadmap actions and approvals are written directly: their own APIs are other features. */
async function seedPlan(ctx: DialectContext): Promise<void> {
  const now = '2026-05-01T10:00:00.000Z';
  const action = (id: string, doc: Record<string, unknown>) => ({
    site_id: 'plant',
    id,
    scope_id: String(doc.scope),
    status: String(doc.status),
    due: typeof doc.due === 'string' ? doc.due : null,
    doc: JSON.stringify({ id, ...doc }),
    created_at: now,
    updated_at: now,
  });
  await ctx.db.kysely
    .insertInto('roadmap_actions')
    .values([
      action('ra-accounts', {
        title: 'Personal accounts on the HMIs',
        owner: 'OT team',
        due: '2026-12-15',
        status: 'planned',
        scope: 'z-control',
        satisfies: ['SR 1.2'],
        retires: ['cc-1'],
      }),
      action('ra-dmz', { title: 'DMZ logins', status: 'done', scope: 'z-dmz', satisfies: ['SR 1.1', 'SR 1.2'] }),
    ])
    .execute();
  await ctx.db.kysely
    .insertInto('risk_assessment_approvals')
    .values({
      site_id: 'plant',
      version: 3,
      approved_by: 'u-approver',
      approved_at: '2026-04-20T09:00:00.000Z',
      signature: JSON.stringify({ printedName: 'Ada Approver', meaning: 'approved' }),
      content_hash: 'x',
      snapshot: '{}',
    })
    .execute();
}

forEachDialect('traceability matrix API', (ctx) => {
  const { call, seed } = useApp(ctx);

  it('traces a requirement to its result, evidence, control, action and approvals', async () => {
    await seed();
    await seedPlan(ctx);
    await call('PUT', '/api/v1/sites/plant/results', {
      scope: 'z-control',
      results: {
        'SR 1.2': {
          status: 'partial',
          note: 'shared account',
          evidence: ['https://dms.example/accounts.pdf'],
          assessedBy: 'm.rossi',
          assessedAt: '2026-05-02',
        },
      },
    });
    const res = await call('GET', `${BASE}?requirement=SR%201.2&scope=z-control&asOf=${AS_OF}`);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      site: 'plant',
      asOf: AS_OF,
      riskAssessmentApproval: {
        version: 3,
        approvedBy: 'u-approver',
        printedName: 'Ada Approver',
        approvedAt: '2026-04-20T09:00:00.000Z',
      },
      scopesWithoutTarget: [],
    });
    expect(res.body.rows).toEqual([
      {
        requirement: 'SR 1.2',
        title: 'Software process and device identification and authentication',
        fr: 1,
        minSl: 2,
        scopeKind: 'zone',
        scope: 'z-control',
        scopeName: 'Control',
        status: 'partial',
        satisfied: true,
        note: 'shared account',
        assessedBy: 'm.rossi',
        assessedAt: '2026-05-02',
        evidence: ['https://dms.example/accounts.pdf'],
        controls: [
          {
            id: 'cc-1',
            kind: 'jump-host',
            validity: 'valid',
            approvedBy: 'j.doe',
            approvedAt: '2026-03-01',
            expires: '2027-03-01',
          },
        ],
        actions: [
          {
            id: 'ra-accounts',
            title: 'Personal accounts on the HMIs',
            status: 'planned',
            due: '2026-12-15',
            owner: 'OT team',
            satisfies: true,
            retires: ['cc-1'],
          },
        ],
      },
    ]);

    // SR 1.2 is first required at SL 2: z-dmz (FR 1 at SL 1) has no row for it, whatever its actions.
    const sr12 = await call('GET', `${BASE}?requirement=SR%201.2`);
    expect(sr12.body.rows.map((r: { scope: string }) => r.scope)).toEqual(['z-control', 'c-dmz-control']);
    // Every zone and conduit needs SR 1.1; z-dmz's action shows on its row only.
    const sr11 = await call('GET', `${BASE}?requirement=SR%201.1`);
    expect(sr11.body.rows.map((r: { scope: string }) => r.scope)).toEqual(['z-control', 'z-dmz', 'c-dmz-control']);
    expect(sr11.body.rows[1]).toMatchObject({ status: 'unassessed', satisfied: false, actions: [{ id: 'ra-dmz' }] });
    expect(sr11.body.rows[2].actions).toEqual([]);

    const fr1partial = await call('GET', `${BASE}?fr=1&status=partial`);
    expect(fr1partial.body.rows.map((r: { requirement: string }) => r.requirement)).toEqual(['SR 1.2']);
    const all = await call('GET', BASE);
    expect(all.body.rows.length).toBeGreaterThan(100);
  });

  it('exports the matrix as a CSV download', async () => {
    await seed();
    await seedPlan(ctx);
    await call('PUT', '/api/v1/sites/plant/results', {
      scope: 'z-control',
      results: { 'SR 1.1': { status: 'implemented', evidence: ['=HYPERLINK("http://evil")', 'https://dms/a,b'] } },
    });
    const res = await call('GET', `${BASE}?format=csv&scope=z-control&fr=1&asOf=${AS_OF}`);
    expect(res.status, res.text).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="traceability-plant-${AS_OF}.csv"`);
    const lines = res.text.split('\r\n');
    expect(lines[0]).toBe(
      'requirement,title,fr,minSl,scopeKind,scope,scopeName,status,satisfied,assessedBy,assessedAt,evidence,compensatingControls,roadmapActions,riskAssessmentVersion,riskAssessmentApprovedBy,riskAssessmentApprovedAt',
    );
    // A formula-looking evidence link is neutralized; a comma gets the field quoted.
    expect(lines[1]).toBe(
      `SR 1.1,Human user identification and authentication,1,1,zone,z-control,Control,implemented,true,,,"'=HYPERLINK(""http://evil"") | https://dms/a,b",,,3,Ada Approver (u-approver),2026-04-20T09:00:00.000Z`,
    );
    expect(lines.find((l) => l.startsWith('SR 1.2,'))).toContain(
      ',cc-1 (valid; approved by j.doe on 2026-03-01; expires 2027-03-01),"ra-accounts (planned; due 2026-12-15; satisfies, retires cc-1)",3,',
    );
    expect(lines.at(-1)).toBe('');
  });

  it('refuses unknown filters with a clear message, and hides unreadable sites', async () => {
    await seed();
    const cases: [string, string, RegExp][] = [
      ['scope=z-nowhere', 'scope', /site "plant" has no zone or conduit "z-nowhere"/],
      ['fr=8', 'fr', /fr: must be 1 to 7; got "8"/],
      ['requirement=SR%2099.1', 'requirement', /"SR 99.1" is not an IEC 62443-3-3 requirement/],
      ['status=done', 'status', /status: must be one of implemented, .*unassessed; got "done"/],
      ['format=xlsx', 'format', /format: must be json or csv/],
      ['asOf=2026-02-30', 'asOf', /asOf must be a date/],
    ];
    for (const [query, path, message] of cases) {
      const res = await call('GET', `${BASE}?${query}`);
      expect(res.status, `${query} ${res.text}`).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'C981_ERR_VALIDATION', details: [{ path }] });
      expect(res.body.error.message).toMatch(message);
    }
    await call('POST', '/api/v1/sites', { id: 'other', name: 'Other' });
    const outsider = await buildUser(ctx.db, { other: 'viewer' });
    expect((await call('GET', BASE, undefined, { authorization: `Bearer ${outsider.token}` })).status).toBe(404);
    const viewer = await buildUser(ctx.db, { plant: 'viewer' });
    expect((await call('GET', BASE, undefined, { authorization: `Bearer ${viewer.token}` })).status).toBe(200);
  });
});
