import { afterEach, expect, it, vi } from 'vitest';
import { buildUser } from '../../../test/accounts.js';
import { useApp } from '../../../test/app.js';
import { forEachDialect } from '../../../test/dialects.js';
import { LOCAL_ACTOR, type Actor } from '../../actor.js';
import { encodeCursor } from '../pagination.js';
import { auditCsv, AUDIT_CSV_HEADER } from './audit-csv.js';
import { recordAudit, type AuditEntry } from './audit.repository.js';

const alice: Actor = { id: 'alice', kind: 'user', name: 'Alice', sourceIp: '10.0.0.1' };
const bob: Actor = { id: 'bob', kind: 'token', name: 'Bob' };
const HISTORY_IDS = new Set(['e1', 'e2', 'e3', 'e4', 'e5', 'e6']);
const TRICKY_REASON = 'tightened, "urgent"\nsecond line';

/** Known history, one entity id per record (e1 oldest … e6 newest), at chosen times. */
const HISTORY: [string, Actor, AuditEntry][] = [
  ['2026-03-01T08:00:00.000Z', alice, { action: 'zone.create', siteId: 'plant', entity: 'zone', entityId: 'e1' }],
  [
    '2026-03-01T23:59:59.999Z',
    bob,
    {
      action: 'zone.update',
      siteId: 'plant',
      entity: 'zone',
      entityId: 'e2',
      reason: TRICKY_REASON,
      detail: { note: 'a,b "c"\r\nd', n: 1 },
    },
  ],
  ['2026-03-02T00:00:00.000Z', alice, { action: 'conduit.create', siteId: 'other', entity: 'conduit', entityId: 'e3' }],
  ['2026-03-02T12:00:00.000Z', alice, { action: 'zone.delete', siteId: 'plant', entity: 'zone', entityId: 'e4' }],
  ['2026-03-03T00:00:00.000Z', bob, { action: 'user.login', entity: 'user', entityId: 'e5' }],
  ['2026-03-03T01:00:00.000Z', bob, { action: 'zones.bulk', siteId: 'plant', entity: 'zone', entityId: 'e6' }],
];

/** A tiny RFC 4180 reader, enough to prove the export parses back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

interface Item {
  seq: number;
  actor: string;
  entityId: string | null;
  [k: string]: unknown;
}

forEachDialect('audit log API', (ctx) => {
  const { call, seed } = useApp(ctx);
  afterEach(() => {
    vi.useRealTimers();
  });

  async function record(at: string, actor: Actor, entry: AuditEntry): Promise<void> {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(at));
    try {
      await ctx.db.kysely.transaction().execute((trx) => recordAudit(trx, actor, entry));
    } finally {
      vi.useRealTimers();
    }
  }

  /** The seed estate, the org-admin's token (recorded now), then HISTORY. */
  async function history(): Promise<void> {
    await seed();
    await call('GET', '/api/v1/auth/me');
    for (const [at, actor, entry] of HISTORY) await record(at, actor, entry);
  }

  /** Entity ids of the HISTORY records a query answers (the seed, users and tokens write others). */
  async function ids(query: string, headers?: Record<string, string>): Promise<(string | null)[]> {
    const res = await call('GET', `/api/v1/audit?limit=500&${query}`, undefined, headers);
    expect(res.status, query).toBe(200);
    return (res.body.items as Item[]).map((i) => i.entityId).filter((id) => HISTORY_IDS.has(id ?? ''));
  }

  it('answers records newest first in the documented shape, detail parsed', async () => {
    await history();
    const res = await call('GET', '/api/v1/audit');
    expect(res.status).toBe(200);
    expect(res.body.nextCursor).toBeNull();
    const items = res.body.items as Item[];
    const seqs = items.map((i) => i.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(items[0]).toEqual({
      seq: expect.any(Number),
      at: '2026-03-03T01:00:00.000Z',
      actor: 'bob',
      actorName: null,
      actorKind: 'token',
      sourceIp: null,
      action: 'zones.bulk',
      site: 'plant',
      entity: 'zone',
      entityId: 'e6',
      reason: null,
      detail: null,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(items.find((i) => i.entityId === 'e2')).toMatchObject({
      reason: TRICKY_REASON,
      detail: { note: 'a,b "c"\r\nd', n: 1 },
    });
    // Org-admins also see the records without a site (the seed's organization, tokens).
    expect(items.some((i) => i.actor === 'local' && i.site === null)).toBe(true);
    // Actors that are users are named (the record itself keeps only the id).
    const me = (await call('GET', '/api/v1/auth/me')).body;
    expect((await call('PATCH', '/api/v1/sites/plant', { description: 'named actor' })).status).toBe(200);
    const latest = (await call('GET', '/api/v1/audit?limit=1')).body.items[0];
    expect(latest).toMatchObject({ actor: me.id, actorName: me.name, action: 'site.update' });
  });

  it('filters by site, actor, entity, entity id and action (exact or prefix)', async () => {
    await history();
    expect(await ids('site=plant')).toEqual(['e6', 'e4', 'e2', 'e1']);
    expect(await ids('site=other')).toEqual(['e3']);
    expect(await ids('actor=bob')).toEqual(['e6', 'e5', 'e2']);
    expect(await ids('entity=conduit')).toEqual(['e3']);
    expect(await ids('entityId=e4')).toEqual(['e4']);
    expect(await ids('action=zone.update')).toEqual(['e2']);
    expect(await ids('action=zone.*')).toEqual(['e4', 'e2', 'e1']);
    expect(await ids('action=zone*')).toEqual(['e6', 'e4', 'e2', 'e1']);
    expect(await ids('action=ZONE.*')).toEqual([]);
    expect(await ids('action=*&actor=alice&site=plant')).toEqual(['e4', 'e1']);
    // A site with no records, and filters combined.
    expect(await ids('site=nowhere')).toEqual([]);
    expect(await ids('actor=bob&entity=zone&site=plant')).toEqual(['e6', 'e2']);
  });

  it('filters by time: dates are UTC days, "to" includes its whole day, timestamps are instants', async () => {
    await history();
    expect(await ids('from=2026-03-02')).toEqual(['e6', 'e5', 'e4', 'e3']);
    expect(await ids('to=2026-03-01')).toEqual(['e2', 'e1']);
    expect(await ids('from=2026-03-02&to=2026-03-02')).toEqual(['e4', 'e3']);
    expect(await ids('to=2026-03-02T00:00:00Z')).toEqual(['e3', 'e2', 'e1']);
    expect(await ids('from=2026-03-01T23:59:59.999Z&to=2026-03-02T00:00Z')).toEqual(['e3', 'e2']);
    expect(await ids(`from=${encodeURIComponent('2026-03-02T13:00:00+01:00')}`)).toEqual(['e6', 'e5', 'e4']);
    expect(await ids('from=2026-03-04')).toEqual([]);
  });

  it('refuses bad filters, limits and cursors with C981_ERR_VALIDATION', async () => {
    await history();
    for (const query of [
      'from=yesterday',
      'to=2026-02-30',
      'from=2026-03-01T10:00:00',
      'to=2026-03-01T24:00:00Z',
      'action=zo*ne',
      'action=**',
      'limit=0',
      'limit=501',
      'limit=ten',
      'cursor=garbage',
      `cursor=${encodeCursor(['12'])}`,
      'site=a&site=b',
    ]) {
      const res = await call('GET', `/api/v1/audit?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.code, query).toBe('C981_ERR_VALIDATION');
    }
    const csv = await call('GET', '/api/v1/audit.csv?from=nope');
    expect(csv.status).toBe(400);
    expect(csv.body.error.code).toBe('C981_ERR_VALIDATION');
  });

  it('pages with a stable cursor while new records arrive', async () => {
    await history();
    const all = ((await call('GET', '/api/v1/audit?limit=500')).body.items as Item[]).map((i) => i.seq);
    expect(all.length).toBeGreaterThan(6);
    const walked: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await call('GET', `/api/v1/audit?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      walked.push(...(res.body.items as Item[]).map((i) => i.seq));
      cursor = res.body.nextCursor as string | null;
      // A change in the middle of the walk appears on a new first page, not in the later ones.
      if (pages++ === 1) await record(new Date().toISOString(), alice, { action: 'zone.create', entity: 'zone' });
    } while (cursor !== null);
    expect(walked).toEqual(all);
    const first = (await call('GET', '/api/v1/audit?limit=1')).body.items as Item[];
    expect(first[0]?.seq).toBeGreaterThan(all[0] ?? Infinity);
    // Pages of a filtered list follow the filter.
    const p1 = await call('GET', '/api/v1/audit?site=plant&actor=alice&limit=1');
    const p2 = await call('GET', `/api/v1/audit?site=plant&actor=alice&limit=1&cursor=${p1.body.nextCursor}`);
    expect([p1.body.items[0].entityId, p2.body.items[0].entityId, p2.body.nextCursor]).toEqual(['e4', 'e1', null]);
  });

  it('exports CSV that parses back to the JSON records, quoting commas, quotes and line breaks', async () => {
    await history();
    const json = (await call('GET', '/api/v1/audit?limit=500')).body.items as Item[];
    const res = await call('GET', '/api/v1/audit.csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.text.startsWith(`${AUDIT_CSV_HEADER.join(',')}\r\n`)).toBe(true);
    expect(res.text).toContain(`,"${TRICKY_REASON.replaceAll('"', '""')}",`);
    expect(res.text).toContain(`,"{""note"":""a,b \\""c\\""\\r\\nd"",""n"":1}",`);
    const [header, ...rows] = parseCsv(res.text);
    expect(header).toEqual([...AUDIT_CSV_HEADER]);
    expect(rows).toEqual(
      json.map((i) =>
        AUDIT_CSV_HEADER.map((k) => {
          const v = i[k];
          if (v === null) return '';
          return k === 'detail' || typeof v !== 'string' ? JSON.stringify(v) : v;
        }),
      ),
    );
    const zones = parseCsv((await call('GET', '/api/v1/audit.csv?action=zone.*&actor=alice')).text);
    expect(zones.slice(1).map((r) => r[8])).toEqual(['e4', 'e1']);
    const none = await call('GET', '/api/v1/audit.csv?from=2030-01-01');
    expect(none.text).toBe(`${AUDIT_CSV_HEADER.join(',')}\r\n`);
  });

  it('exports in chunks without losing or repeating records', async () => {
    await history();
    const read = async (chunk?: number) => {
      let text = '';
      for await (const part of auditCsv(ctx.db, LOCAL_ACTOR, {}, chunk)) text += part;
      return text;
    };
    const whole = await read();
    const lines = parseCsv(whole);
    expect(lines.length).toBeGreaterThan(7);
    for (const chunk of [1, 2, 3, lines.length - 1]) expect(await read(chunk), `chunk ${chunk}`).toBe(whole);
  });

  it("shows a site's viewer only that site's records, and 404 for other sites", async () => {
    await history();
    const viewer = await buildUser(ctx.db, { plant: 'viewer' });
    const as = { authorization: `Bearer ${viewer.token}` };
    const res = await call('GET', '/api/v1/audit?limit=500', undefined, as);
    expect(res.status).toBe(200);
    const items = res.body.items as Item[];
    expect(items.length).toBeGreaterThan(4);
    expect(new Set(items.map((i) => i.site))).toEqual(new Set(['plant']));
    expect(await ids('', as)).toEqual(['e6', 'e4', 'e2', 'e1']);
    expect(await ids('site=plant&actor=bob', as)).toEqual(['e6', 'e2']);
    for (const url of ['/api/v1/audit?site=other', '/api/v1/audit?site=nowhere', '/api/v1/audit.csv?site=other']) {
      const denied = await call('GET', url, undefined, as);
      expect(denied.status, url).toBe(404);
      expect(denied.body.error.code, url).toBe('C981_ERR_NOT_FOUND');
    }
    const csv = parseCsv((await call('GET', '/api/v1/audit.csv', undefined, as)).text);
    expect(csv.slice(1).map((r) => r[0])).toEqual(items.map((i) => String(i.seq)));
    // Someone with no site sees nothing, and an org-admin's token limited to a site sees that site.
    const nobody = await buildUser(ctx.db, {});
    expect((await call('GET', '/api/v1/audit', undefined, { authorization: `Bearer ${nobody.token}` })).body).toEqual({
      items: [],
      nextCursor: null,
    });
    await call('POST', '/api/v1/sites', { id: 'other', name: 'Other' });
    const limited = await buildUser(ctx.db, 'org-admin', { sites: ['other'] });
    expect(await ids('', { authorization: `Bearer ${limited.token}` })).toEqual(['e3']);
  });

  it('answers 401 without a sign-in', async () => {
    for (const url of ['/api/v1/audit', '/api/v1/audit.csv']) {
      const res = await call('GET', url, undefined, { authorization: '' });
      expect(res.status, url).toBe(401);
      expect(res.body.error.code, url).toBe('C981_ERR_UNAUTHENTICATED');
    }
  });
});
