import { expect, it } from 'vitest';
import { CATALOG_3_3 } from '../../../core/iec62443/catalog.js';
import { useApp } from '../../../test/app.js';
import { forEachDialect } from '../../../test/dialects.js';

const base = '/api/v1/sites/plant/roadmap';
const AS_OF = '2026-11-25';

/** z-control (SL-T 2): every SL-1 requirement implemented, so FR 1 stands at SL-A 1. */
const SL1_IMPLEMENTED = Object.fromEntries(CATALOG_3_3.filter((i) => i.minSl === 1).map((i) => [i.id, 'implemented']));

// FR 1's SL-2 requirements but SR 1.2, which cc-1 already stands in for (IEC 62443-3-3 FR 1).
const A = {
  id: 'a',
  title: 'Unique IDs and MFA',
  status: 'planned',
  scope: 'z-control',
  due: '2027-02-15',
  satisfies: ['SR 1.1 RE 1', 'SR 1.6 RE 1', 'SR 1.8'],
};
const B = {
  id: 'b',
  title: 'Authenticator management',
  status: 'planned',
  scope: 'z-control',
  due: '2027-05-20',
  satisfies: ['SR 1.9', 'SR 1.13 RE 1'],
};

forEachDialect('roadmap projection API', (ctx) => {
  const { call, seed } = useApp(ctx);

  async function setUp() {
    await seed();
    const put = await call('PUT', '/api/v1/sites/plant/results', { scope: 'z-control', results: SL1_IMPLEMENTED });
    expect(put.status, put.text).toBe(200);
    for (const a of [B, A]) expect((await call('POST', `${base}/actions`, a)).status).toBe(201);
  }

  it("completing actions A and B lifts zone z-control's FR 1 from 1 to 2", async () => {
    await setUp();
    const res = await call('GET', `${base}/projection?asOf=${AS_OF}`);
    expect(res.status, res.text).toBe(200);
    const p = res.body;
    expect(p).toMatchObject({
      site: 'plant',
      asOf: AS_OF,
      whatIf: null,
      quarters: ['2026-Q4', '2027-Q1', '2027-Q2'],
      skipped: [],
    });
    expect(p.abilities).toEqual(['read', 'update', 'delete']);
    expect(p.steps.map((s: any) => [s.action, s.quarter, s.before[0], s.after[0]])).toEqual([
      ['a', '2027-Q1', 1, 1],
      ['b', '2027-Q2', 1, 2],
    ]);
    const zone = p.scopes.find((s: any) => s.id === 'z-control');
    expect(zone.timeline.map((t: any) => t.slAchieved[0])).toEqual([1, 1, 2]);
    expect(zone).toMatchObject({ kind: 'zone', slTarget: [2, 2, 2, 2, 2, 2, 2], current: [1, 1, 1, 1, 1, 1, 1] });
    // The other FRs still lack their SL-2 requirements: SL-T is not reached with these actions.
    expect(zone.reachesTarget).toBeNull();
    expect(zone.remainingBlocking).not.toContain('SR 1.9');
    expect(zone.remainingBlocking).toContain('SR 2.1 RE 1');
    // cc-1 (SR 1.2) expires on 2027-03-01, inside the timeline.
    expect(zone.warnings).toEqual([expect.stringContaining('"cc-1" expires on 2027-03-01')]);
    expect(p.scopes.map((s: any) => s.id)).toEqual(['z-control', 'z-dmz', 'c-dmz-control']);
  });

  it('leaves done and cancelled actions out of the plan', async () => {
    await setUp();
    await call('PATCH', `${base}/actions/a`, { status: 'done' });
    await call('POST', `${base}/actions`, { ...B, id: 'c', status: 'cancelled' });
    const p = (await call('GET', `${base}/projection?asOf=${AS_OF}`)).body;
    expect(p.steps.map((s: any) => s.action)).toEqual(['b']);
    expect(p.skipped).toEqual([
      { action: 'a', reason: 'done' },
      { action: 'c', reason: 'cancelled' },
    ]);
  });

  it('what-if: projects the ticked actions only, whatever their status, and stores nothing', async () => {
    await setUp();
    await call('PATCH', `${base}/actions/b`, { status: 'done' });
    const both = await call('POST', `${base}/projection?asOf=${AS_OF}`, { actions: ['b', 'a'] });
    expect(both.status, both.text).toBe(200);
    expect(both.body.whatIf).toEqual(['b', 'a']);
    expect(both.body.scopes[0].final[0]).toBe(2);
    const onlyA = (await call('POST', `${base}/projection?asOf=${AS_OF}`, { actions: ['a'] })).body;
    expect(onlyA.scopes[0].final[0]).toBe(1);
    expect(onlyA.skipped).toEqual([{ action: 'b', reason: 'not-selected' }]);
    const audits = await ctx.db.kysely
      .selectFrom('audit_events')
      .select('action')
      .where('action', 'like', 'roadmap%')
      .execute();
    expect(audits).toHaveLength(3);
  });

  it('refuses unknown ticked actions and malformed dates', async () => {
    await setUp();
    const unknown = await call('POST', `${base}/projection`, { actions: ['a', 'zz'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details).toEqual([
      { path: 'actions[1]', message: 'no roadmap action "zz" in site "plant"' },
    ]);
    expect((await call('POST', `${base}/projection`, { actions: 'a' })).status).toBe(400);
    expect((await call('POST', `${base}/projection`, {})).status).toBe(400);
    const date = await call('GET', `${base}/projection?asOf=2026-13-01`);
    expect(date.status).toBe(400);
    expect(date.body.error.code).toBe('C981_ERR_VALIDATION');
  });

  it('projects from today without asOf', async () => {
    await setUp();
    const p = (await call('GET', `${base}/projection`)).body;
    expect(p.asOf).toBe(new Date().toISOString().slice(0, 10));
    expect(p.quarters[0]).toMatch(/^\d{4}-Q[1-4]$/);
  });
});
