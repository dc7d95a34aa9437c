import { expect, it } from 'vitest';
import { CATALOG_3_3 } from '../../../core/iec62443/catalog.js';
import { addDays, siteDay } from '../../../core/iec62443/trends.js';
import { buildUser } from '../../../test/accounts.js';
import { useApp } from '../../../test/app.js';
import { forEachDialect, type DialectContext } from '../../../test/dialects.js';
import { buildApp } from '../../app.js';
import { recordSitesToday } from './trends.recorder.js';

const history = (ctx: DialectContext, site = 'plant') =>
  ctx.db.kysely
    .selectFrom('sl_history')
    .selectAll()
    .where('site_id', '=', site)
    .orderBy('day')
    .orderBy('scope_id')
    .execute();

const vector = (n: number) => JSON.stringify([n, n, n, n, n, n, n]);
const FR7 = Object.fromEntries(CATALOG_3_3.filter((i) => i.fr === 7).map((i) => [i.id, 'implemented']));

/** A recorded day of one scope, written directly (the past cannot be produced through the API). */
const past = (ctx: DialectContext, scope: string, day: string, achieved: number, kind = 'zone', site = 'plant') =>
  ctx.db.kysely
    .insertInto('sl_history')
    .values({
      site_id: site,
      scope_id: scope,
      scope_kind: kind,
      day,
      sl_target: vector(2),
      sl_achieved: vector(achieved),
      recorded_at: `${day}T12:00:00.000Z`,
    })
    .execute();

forEachDialect('progress over time', (ctx) => {
  const { call, seed } = useApp(ctx);
  const today = () => siteDay(null);

  it("records today's rows when the evaluation is computed for a new revision, and rewrites them on change", async () => {
    await seed();
    expect(await history(ctx)).toEqual([]);
    expect((await call('GET', '/api/v1/sites/plant/evaluation')).status).toBe(200);
    const first = await history(ctx);
    expect(first.map((r) => [r.scope_kind, r.scope_id, r.day])).toEqual([
      ['conduit', 'c-dmz-control', today()],
      ['zone', 'z-control', today()],
      ['zone', 'z-dmz', today()],
    ]);
    const control = first.find((r) => r.scope_id === 'z-control');
    expect(control?.sl_target).toBe(vector(2));
    expect(JSON.parse(control?.sl_achieved ?? '[]')[6]).toBe(0);

    // A result changes FR 7 of z-control: the next evaluation rewrites today's row, only that one.
    const put = await call('PUT', '/api/v1/sites/plant/results', { scope: 'z-control', results: FR7 });
    expect(put.status, put.text).toBe(200);
    await call('GET', '/api/v1/sites/plant/zones/z-control/evaluation');
    const second = await history(ctx);
    expect(second).toHaveLength(3);
    const after = second.find((r) => r.scope_id === 'z-control');
    expect(JSON.parse(after?.sl_achieved ?? '[]')[6]).toBe(4);
    expect(after?.recorded_at).not.toBe(control?.recorded_at);
    // Unchanged rows keep the time their values were recorded.
    const dmz = (rows: typeof first) => rows.find((r) => r.scope_id === 'z-dmz')?.recorded_at;
    expect(dmz(second)).toBe(dmz(first));

    // A new SL-T is a change too.
    await call('PATCH', '/api/v1/sites/plant/zones/z-control', { slTarget: 3 });
    await call('GET', '/api/v1/sites/plant/evaluation');
    expect((await history(ctx)).find((r) => r.scope_id === 'z-control')?.sl_target).toBe(vector(3));
  });

  it("uses the site's time zone for its day", async () => {
    await seed();
    // UTC+14: its calendar is always a day ahead of most of the world's.
    expect((await call('PATCH', '/api/v1/sites/plant', { timezone: 'Pacific/Kiritimati' })).status).toBe(200);
    await call('GET', '/api/v1/sites/plant/evaluation');
    const days = new Set((await history(ctx)).map((r) => r.day));
    expect([...days]).toEqual([siteDay('Pacific/Kiritimati')]);
    expect((await call('GET', '/api/v1/sites/plant/trends')).body).toMatchObject({
      timezone: 'Pacific/Kiritimati',
      to: siteDay('Pacific/Kiritimati'),
    });
  });

  it('runs the daily recorder on demand: every site gets its day once per revision', async () => {
    await seed();
    await call('POST', '/api/v1/sites', { id: 'other', name: 'Other' });
    await call('POST', '/api/v1/sites/other/zones', { id: 'z-o', name: 'O', kind: 'control', slTarget: 1 });
    const monday = new Date('2026-06-01T08:00:00Z');
    expect(await recordSitesToday(ctx.db, undefined, monday)).toBe(2);
    expect(await recordSitesToday(ctx.db, undefined, monday)).toBe(0);
    const tuesday = new Date('2026-06-02T08:00:00Z');
    expect(await recordSitesToday(ctx.db, ['other'], tuesday)).toBe(1);
    const rows = await ctx.db.kysely
      .selectFrom('sl_history')
      .select(['site_id', 'scope_id', 'day'])
      .orderBy('site_id')
      .orderBy('day')
      .orderBy('scope_id')
      .execute();
    expect(rows.map((r) => `${r.site_id}/${r.scope_id}/${r.day}`)).toEqual([
      'other/z-o/2026-06-01',
      'other/z-o/2026-06-02',
      'plant/c-dmz-control/2026-06-01',
      'plant/z-control/2026-06-01',
      'plant/z-dmz/2026-06-01',
    ]);
  });

  it('starts the daily recorder with the app when asked, and stops it on close', async () => {
    await seed();
    const app = await buildApp({ db: ctx.db, recordTrendsDaily: true });
    await app.ready();
    for (let i = 0; i < 100 && (await history(ctx)).length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect((await history(ctx)).map((r) => r.day)).toEqual([today(), today(), today()]);
    await app.close();
  });

  it('answers the daily series of every zone and conduit, carrying values over unrecorded days', async () => {
    await seed();
    const t = today();
    const d = (n: number) => addDays(t, -n);
    // Five days ago: z-control at 0 and a zone deleted since; three days ago z-control at 1;
    // nothing for two days (server down); today is recorded by the read itself.
    await past(ctx, 'z-control', d(5), 0);
    await past(ctx, 'z-gone', d(5), 1);
    await past(ctx, 'z-control', d(3), 1);
    await past(ctx, 'c-dmz-control', d(3), 1, 'conduit');
    const res = await call('GET', `/api/v1/sites/plant/trends?from=${d(4)}&to=${addDays(t, 10)}`);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ site: 'plant', timezone: 'UTC', from: d(4), to: t });
    const byId = Object.fromEntries(
      (res.body.scopes as { id: string; points: { day: string; slAchieved: number[]; carried: boolean }[] }[]).map(
        (s) => [s.id, s],
      ),
    );
    expect(Object.keys(byId)).toEqual(['z-control', 'z-dmz', 'z-gone', 'c-dmz-control']);
    expect(byId['z-control']).toMatchObject({ kind: 'zone', name: 'Control' });
    const points = (id: string) =>
      byId[id]?.points.map((p) => [p.day, p.slAchieved[0], p.carried]) as [string, number, boolean][];
    // d(4) carries d(5)'s 0; d(3) is recorded; d(2), d(1) carry it; today is the current state.
    expect(points('z-control').slice(0, 4)).toEqual([
      [d(4), 0, true],
      [d(3), 1, false],
      [d(2), 1, true],
      [d(1), 1, true],
    ]);
    expect(points('z-control')[4]?.[0]).toBe(t);
    expect(points('z-control')[4]?.[2]).toBe(false);
    // z-gone was not recorded on d(3) although the site was: it no longer existed.
    expect(byId['z-gone']).toMatchObject({ name: null, points: [{ day: d(4), carried: true }] });
    // z-dmz exists only from today's recording.
    expect(points('z-dmz').map((p) => p[0])).toEqual([t]);
  });

  it('answers per readable site the share of zones at target, and the estate', async () => {
    await seed();
    await call('POST', '/api/v1/sites', { id: 'other', name: 'Other' });
    await call('POST', '/api/v1/sites/other/zones', { id: 'z-o', name: 'O', kind: 'control', slTarget: 1 });
    const t = today();
    const yesterday = addDays(t, -1);
    await past(ctx, 'z-o', yesterday, 2, 'zone', 'other');
    await past(ctx, 'z-control', yesterday, 2);
    await past(ctx, 'z-dmz', yesterday, 1);
    await past(ctx, 'c-dmz-control', yesterday, 0, 'conduit');

    const all = await call('GET', `/api/v1/trends?from=${yesterday}`);
    expect(all.status, all.text).toBe(200);
    expect(all.body.sites.map((s: { id: string }) => s.id)).toEqual(['other', 'plant']);
    const plant = all.body.sites[1];
    // Yesterday: z-control met SL-T 2, z-dmz was 1 short in every FR; conduits do not count.
    expect(plant.points[0]).toEqual({ day: yesterday, zones: 2, zonesMeetingTarget: 1, share: 0.5, meanGap: 3.5 });
    expect(plant.points[1]).toMatchObject({ day: t, zones: 2 });
    expect(all.body.estate[0]).toEqual({
      day: yesterday,
      zones: 3,
      zonesMeetingTarget: 2,
      share: 0.667,
      meanGap: 2.333,
    });

    const viewer = await buildUser(ctx.db, { other: 'viewer' });
    const mine = await call('GET', '/api/v1/trends', undefined, { authorization: `Bearer ${viewer.token}` });
    expect(mine.body.sites.map((s: { id: string }) => s.id)).toEqual(['other']);
    expect(mine.body).toMatchObject({ from: addDays(t, -89), to: t });
    expect(
      (await call('GET', '/api/v1/sites/plant/trends', undefined, { authorization: `Bearer ${viewer.token}` })).status,
    ).toBe(404);
  });

  it('refuses bad windows with a clear message', async () => {
    await seed();
    const cases: [string, string, RegExp][] = [
      ['from=2026-13-01', 'from', /from: must be a date YYYY-MM-DD; got "2026-13-01"/],
      ['to=yesterday', 'to', /to: must be a date/],
      ['from=2026-06-02&to=2026-06-01', 'from', /must not be after to \(2026-06-02 > 2026-06-01\)/],
      ['from=2024-01-01&to=2026-01-01', 'to', /at most 366 days at once/],
      ['from=a&from=b', 'from', /give this parameter once/],
    ];
    for (const [query, path, message] of cases)
      for (const url of [`/api/v1/sites/plant/trends?${query}`, `/api/v1/trends?${query}`]) {
        const res = await call('GET', url);
        expect(res.status, `${url} ${res.text}`).toBe(400);
        expect(res.body.error).toMatchObject({ code: 'C981_ERR_VALIDATION', details: [{ path }] });
        expect(res.body.error.message).toMatch(message);
      }
    expect((await call('GET', '/api/v1/sites/nowhere/trends')).status).toBe(404);
  });
});
