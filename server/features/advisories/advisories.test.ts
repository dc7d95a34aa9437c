// The advisory library (issue #10 item 1): import from files, folders and a provider layout with a
// ROLIE feed, hash sidecars, validation, revisions; the API. Real advisories are read from the
// shared corpus next to the repository (never copied into it); those tests skip visibly without it.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testCsafBytes } from '../../../core/advisories/test-csaf.js';
import { LOCAL_ACTOR } from '../../actor.js';
import { buildUser } from '../../../test/accounts.js';
import { useApp } from '../../../test/app.js';
import { forEachDialect, type DialectContext } from '../../../test/dialects.js';
import { importAdvisories, listAdvisoryModels, compareTrackingVersions } from './advisory-import.service.js';
import {
  checkHash,
  parseChangesCsv,
  parseHashSidecar,
  readAdvisorySources,
  type AdvisorySource,
} from './advisory-sources.js';

const CORPUS = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus', 'csaf');
const HAVE_CORPUS = existsSync(join(CORPUS, 'README.md'));
if (!HAVE_CORPUS) console.warn(`[advisories] SKIPPING corpus tests: ${CORPUS} is not there`);
const CISA = join(CORPUS, 'distribution', 'cisa-ot');
const corpusFiles = () =>
  HAVE_CORPUS
    ? readdirSync(CORPUS)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => join(CORPUS, f))
    : [];

const tmp = mkdtempSync(join(tmpdir(), 'c981-advisories-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let dirCount = 0;
const freshDir = () => {
  const d = join(tmp, `d${++dirCount}`);
  mkdirSync(d, { recursive: true });
  return d;
};

/** A provider layout (feed, index.txt, changes.csv, year folder with one advisory + .sha512) in a temp folder. */
function providerCopy(): string {
  const dir = freshDir();
  for (const f of ['cisa-csaf-ot-feed-tlp-white.json', 'index.txt', 'changes.csv'])
    copyFileSync(join(CISA, f), join(dir, f));
  mkdirSync(join(dir, '2024'));
  copyFileSync(join(CORPUS, 'icsa-24-289-02.json'), join(dir, '2024', 'icsa-24-289-02.json'));
  copyFileSync(join(CISA, 'icsa-24-289-02.json.sha512'), join(dir, '2024', 'icsa-24-289-02.json.sha512'));
  copyFileSync(join(CISA, 'icsa-24-289-02.json.asc'), join(dir, '2024', 'icsa-24-289-02.json.asc'));
  return dir;
}

const run = (ctx: DialectContext, paths: string[], since?: string) =>
  importAdvisories(ctx.db, LOCAL_ACTOR, readAdvisorySources(paths, since ? { since } : {}));
const countRows = async (ctx: DialectContext, table: 'advisories' | 'advisory_products' | 'advisory_vulnerabilities') =>
  Number(
    (
      await ctx.db.kysely
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('advisory sources', () => {
  it('reads sha256sum-style sidecars and changes.csv', () => {
    const hex = 'ab'.repeat(64);
    expect(parseHashSidecar(`${hex}  icsa-24-289-02.json\n`, 'sha512')).toEqual({ algorithm: 'sha512', hex });
    expect(parseHashSidecar(hex.toUpperCase(), 'sha512')).toEqual({ algorithm: 'sha512', hex });
    expect(parseHashSidecar('ab'.repeat(32), 'sha512')).toBeNull();
    expect(
      checkHash('abc', {
        algorithm: 'sha256',
        hex: 'BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD',
      }),
    ).toBe(true);
    const changes = parseChangesCsv(
      '"2024/a.json","2024-10-08T00:00:00Z"\ncsaf_files/OT/white/2023/b.json,2023-01-01T00:00:00Z\n',
    );
    expect(changes.get('2024/a.json')).toBe('2024-10-08T00:00:00Z');
    expect(changes.get('b.json')).toBe('2023-01-01T00:00:00Z');
  });

  it('compares tracking versions numerically', () => {
    expect(compareTrackingVersions('10', '9')).toBe(1);
    expect(compareTrackingVersions('1.10.0', '1.9.3')).toBe(1);
    expect(compareTrackingVersions('2', '2.0.0')).toBe(0);
    expect(compareTrackingVersions('1.0.0-rc1', '1.0.0-rc2')).toBe(-1);
  });

  it.skipIf(!HAVE_CORPUS)('follows a ROLIE feed to the files present and verifies the .sha512 sidecar', async () => {
    const dir = providerCopy();
    const sources: AdvisorySource[] = [];
    for await (const s of readAdvisorySources([dir])) sources.push(s);
    const present = sources.filter((s) => s.bytes !== null);
    expect(present.map((s) => s.source)).toEqual([join(dir, '2024', 'icsa-24-289-02.json')]);
    expect(present[0]!.expectedHash?.algorithm).toBe('sha512');
    expect(checkHash(present[0]!.bytes!, present[0]!.expectedHash!)).toBe(true);
    const missing = sources.filter((s) => s.bytes === null);
    expect(missing).toHaveLength(2378);
    expect(missing[0]!.problem).toMatch(
      /^listed in the feed .*cisa-csaf-ot-feed-tlp-white\.json but the file is missing$/,
    );
    // Only what changed after the date: the feed entries' `updated` and changes.csv.
    const recent: AdvisorySource[] = [];
    for await (const s of readAdvisorySources([dir], { since: '2024-10-15' })) recent.push(s);
    expect(recent.every((s) => s.bytes === null)).toBe(true);
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.length).toBeLessThan(100);
  });

  it('reports the entries of index.txt that are not there when a directory has no feed', async () => {
    const dir = freshDir();
    mkdirSync(join(dir, '2024'));
    writeFileSync(join(dir, '2024', 'exa-2024-001.json'), testCsafBytes());
    writeFileSync(join(dir, 'index.txt'), '2024/exa-2024-001.json\n2024/exa-2024-002.json\n');
    writeFileSync(
      join(dir, 'provider-metadata.json'),
      '{"canonical_url":"https://x/provider-metadata.json","metadata_version":"2.0"}',
    );
    writeFileSync(join(dir, 'renamed-metadata.json'), '{"canonical_url":"https://x/p.json","distributions":[]}');
    const sources: AdvisorySource[] = [];
    for await (const s of readAdvisorySources([dir])) sources.push(s);
    expect(sources.map((s) => [s.source.slice(dir.length + 1), s.problem])).toEqual([
      [join('2024', 'exa-2024-001.json'), null],
      [join('2024', 'exa-2024-002.json'), 'listed in index.txt but the file is missing'],
    ]);
  });
});

forEachDialect('advisory import', (ctx) => {
  it.skipIf(!HAVE_CORPUS)('imports every corpus advisory and the spec examples; again: unchanged', async () => {
    const files = corpusFiles();
    const paths = [...files, join(CORPUS, 'spec', 'examples-non-ics')];
    const first = await run(ctx, paths);
    const rejected = first.results.filter((r) => r.status !== 'imported');
    expect(rejected, JSON.stringify(rejected.slice(0, 3))).toEqual([]);
    expect(first.counts.imported).toBe(files.length + 4);
    const models = await listAdvisoryModels(ctx.db);
    expect(models).toHaveLength(files.length + 4);
    const mobotix = models.find((m) => m.trackingId === 'ICSA-24-235-03');
    expect(mobotix?.products.filter((p) => p.relationship).length).toBe(1283);
    const again = await run(ctx, paths);
    expect(again.counts).toMatchObject({ unchanged: files.length + 4, imported: 0 });
    const audits = await ctx.db.kysely
      .selectFrom('audit_events')
      .select(['action', 'detail'])
      .where('action', '=', 'advisory.import')
      .execute();
    expect(audits).toHaveLength(2);
    expect(JSON.parse(audits[0]!.detail!).imported).toContain('ICSA-24-289-02');
  });

  it.skipIf(!HAVE_CORPUS)(
    'imports the one file of a provider layout, reports the missing; a tampered copy is rejected',
    async () => {
      const dir = providerCopy();
      const answer = await run(ctx, [dir]);
      expect(answer.counts).toMatchObject({ imported: 1, missing: 2378, rejected: 0 });
      expect(answer.results.find((r) => r.status === 'imported')?.trackingId).toBe('ICSA-24-289-02');

      const bad = freshDir();
      const original = readFileSync(join(CORPUS, 'icsa-24-289-02.json'), 'utf8');
      writeFileSync(join(bad, 'icsa-24-289-02.json'), original.replace('Data Center Expert', 'Data Center Exp3rt'));
      copyFileSync(join(CISA, 'icsa-24-289-02.json.sha512'), join(bad, 'icsa-24-289-02.json.sha512'));
      const tampered = await run(ctx, [join(bad, 'icsa-24-289-02.json')]);
      expect(tampered.results).toEqual([
        expect.objectContaining({
          status: 'rejected',
          reason: expect.stringMatching(/^SHA-512 mismatch: expected fdb7f706\w+ got \w{128}$/),
        }),
      ]);
      const stored = await ctx.db.kysely.selectFrom('advisories').select(['title']).execute();
      expect(stored.map((s) => s.title)).not.toContain(expect.stringContaining('Exp3rt'));
    },
  );

  it('rejects what is not CSAF, truncated or invalid, and stores nothing for them', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'a-not-csaf.json'), '{"hello":"world"}');
    writeFileSync(join(dir, 'b-truncated.json'), testCsafBytes().slice(0, 300));
    const invalid = JSON.parse(testCsafBytes()) as { vulnerabilities: { product_status: Record<string, string[]> }[] };
    invalid.vulnerabilities[0]!.product_status.fixed = ['CSAFPID-0001'];
    writeFileSync(join(dir, 'c-contradicting.json'), JSON.stringify(invalid));
    writeFileSync(join(dir, 'd-bad-sidecar.json'), testCsafBytes({ trackingId: 'EXA-SIDE' }));
    writeFileSync(join(dir, 'd-bad-sidecar.json.sha256'), 'not a digest\n');
    const answer = await run(ctx, [dir]);
    expect(answer.results.map((r) => [r.status, r.reason?.slice(0, 60)])).toEqual([
      ['rejected', 'not a CSAF document (no document.csaf_version)'],
      ['rejected', expect.stringMatching(/^truncated or invalid JSON at position \d+/)],
      ['rejected', expect.stringMatching(/^not valid CSAF 2\.0: 6\.1\.6 contradicting product status: /)],
      ['rejected', 'd-bad-sidecar.json.sha256 does not hold a SHA256 digest'],
    ]);
    expect(answer.counts.rejected).toBe(4);
    expect(await countRows(ctx, 'advisories')).toBe(0);
    expect(await countRows(ctx, 'advisory_products')).toBe(0);
  });

  it('keeps the newest revision: newer → updated (parts replaced), older → kept out', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'v1.json'), testCsafBytes());
    writeFileSync(
      join(dir, 'v2.json'),
      testCsafBytes({ version: 2, cve: 'CVE-2024-0002', product: 'Example PLC 9100' }),
    );
    const v1 = await run(ctx, [join(dir, 'v1.json')]);
    expect(v1.results[0]).toMatchObject({ status: 'imported', trackingId: 'EXA-2024-001' });
    const v2 = await run(ctx, [join(dir, 'v2.json')]);
    expect(v2.results[0]).toMatchObject({ status: 'updated', advisoryId: v1.results[0]!.advisoryId });
    const again = await run(ctx, [join(dir, 'v1.json')]);
    expect(again.results[0]).toMatchObject({ status: 'older' });
    expect(again.results[0]!.reason).toContain('stored version 2');
    const models = await listAdvisoryModels(ctx.db);
    expect(models.map((m) => [m.version, m.vulnerabilities[0]!.cve, m.products[0]!.name])).toEqual([
      ['2', 'CVE-2024-0002', 'Example PLC 9100'],
    ]);
    expect(await countRows(ctx, 'advisory_products')).toBe(1);
    expect(await countRows(ctx, 'advisory_vulnerabilities')).toBe(1);
  });
});

forEachDialect('advisories API', (ctx) => {
  const { call, seed } = useApp(ctx);
  const json = { 'content-type': 'application/json' };

  it('uploads, lists, shows and deletes an advisory', async () => {
    const body = testCsafBytes();
    const res = await call('POST', '/api/v1/advisories?file=exa-2024-001.json', body, json);
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ status: 'imported', trackingId: 'EXA-2024-001', source: 'exa-2024-001.json' });
    const id = res.body.advisoryId as string;
    const same = await call('POST', '/api/v1/advisories', body, json);
    expect(same.status).toBe(200);
    expect(same.body.status).toBe('unchanged');
    await call(
      'POST',
      '/api/v1/advisories',
      testCsafBytes({ trackingId: 'EXA-2024-007', vendor: 'Other Vendor', version: 2 }),
      json,
    );

    const list = await call('GET', '/api/v1/advisories');
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(2);
    expect(list.body.items[0]).toMatchObject({
      trackingId: 'EXA-2024-007',
      vendors: ['Other Vendor'],
      productCount: 1,
    });
    expect(list.body.items[1]).toMatchObject({
      id,
      trackingId: 'EXA-2024-001',
      publisher: { name: 'Example Controls', namespace: 'https://psirt.example.com' },
      cves: ['CVE-2024-0001'],
      maxCvssV3: 9.8,
      maxCvssV4: null,
      version: '1',
    });
    expect(
      (await call('GET', '/api/v1/advisories?vendor=other')).body.items.map(
        (a: { trackingId: string }) => a.trackingId,
      ),
    ).toEqual(['EXA-2024-007']);
    expect((await call('GET', '/api/v1/advisories?q=cve-2024-0001')).body.total).toBe(2);
    expect((await call('GET', '/api/v1/advisories?q=EXA-2024-001')).body.total).toBe(1);
    expect((await call('GET', '/api/v1/advisories?limit=1&offset=1')).body.items[0].id).toBe(id);

    const detail = await call('GET', `/api/v1/advisories/${id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.vulnerabilities).toEqual([
      expect.objectContaining({
        cve: 'CVE-2024-0001',
        cwe: 'CWE-287',
        cvssV3: { score: 9.8, vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' },
      }),
    ]);
    expect(detail.body.remediations).toEqual([
      expect.objectContaining({ category: 'vendor_fix', productIds: ['CSAFPID-0001'] }),
    ]);
    expect(detail.body.products).toEqual([
      expect.objectContaining({
        productId: 'CSAFPID-0001',
        vendor: 'Example Controls',
        versionRange: 'vers:intdot/<2.4.1',
      }),
    ]);

    expect((await call('DELETE', `/api/v1/advisories/${id}`)).status).toBe(204);
    expect((await call('GET', `/api/v1/advisories/${id}`)).status).toBe(404);
    expect((await call('DELETE', `/api/v1/advisories/${id}`)).status).toBe(404);
    const actions = await ctx.db.kysely
      .selectFrom('audit_events')
      .select('action')
      .where('action', 'like', 'advisory.%')
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'advisory.import',
      'advisory.import',
      'advisory.import',
      'advisory.delete',
    ]);
  });

  it('rejects invalid documents and hash mismatches with 422 and the reasons; 413 over 20 MB', async () => {
    const invalid = JSON.parse(testCsafBytes()) as { document: { tracking: Record<string, unknown> } };
    delete invalid.document.tracking.id;
    const res = await call('POST', '/api/v1/advisories', JSON.stringify(invalid), json);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('C981_ERR_CSAF_INVALID');
    expect(res.body.error.details).toContainEqual({
      message: "schema: /document/tracking must have required property 'id'",
    });
    const wrong = await call('POST', `/api/v1/advisories?sha256=${'0'.repeat(64)}`, testCsafBytes(), json);
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.message).toMatch(/^SHA-256 mismatch: expected 0{64} got [0-9a-f]{64}$/);
    const truncated = await call('POST', '/api/v1/advisories', testCsafBytes().slice(0, 100), json);
    expect(truncated.status).toBe(422);
    expect(truncated.body.error.message).toMatch(/^truncated or invalid JSON/);
    const huge = await call('POST', '/api/v1/advisories', `{"pad":"${'x'.repeat(21 * 1024 * 1024)}"}`, json);
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('C981_ERR_TOO_LARGE');
    expect(await countRows(ctx, 'advisories')).toBe(0);
  });

  it('lets org-admins import; others may read; anonymous callers get 401', async () => {
    await seed();
    for (const role of ['assessor', 'site-admin'] as const) {
      const user = await buildUser(ctx.db, { plant: role });
      const h = { ...json, authorization: `Bearer ${user.token}` };
      expect((await call('POST', '/api/v1/advisories', testCsafBytes(), h)).status).toBe(403);
      const bearer = { authorization: h.authorization };
      expect((await call('DELETE', '/api/v1/advisories/x', undefined, bearer)).status).toBe(403);
      expect((await call('GET', '/api/v1/advisories', undefined, bearer)).status).toBe(200);
    }
    expect((await call('POST', '/api/v1/advisories', testCsafBytes(), { ...json, authorization: '' })).status).toBe(
      401,
    );
    expect((await call('GET', '/api/v1/advisories', undefined, { authorization: '' })).status).toBe(401);
    expect(await countRows(ctx, 'advisories')).toBe(0);
  });
});
