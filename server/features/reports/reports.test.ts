// Reports through the real app on both dialects (issue #8 item 1): each format read back — the PDF's
// text (pdftotext), the XLSX (exceljs), the CSV and the HTML — with its header, names and vectors;
// and who may download which report (404 for a site the caller may not read, no leak).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterEach, expect, it } from 'vitest';
import { buildUser } from '../../../test/accounts.js';
import { useApp } from '../../../test/app.js';
import { forEachDialect, type DialectContext } from '../../../test/dialects.js';
import { LOCAL_ACTOR } from '../../actor.js';
import { buildApp } from '../../app.js';
import { recordAudit } from '../audit/audit.repository.js';

const today = () => new Date().toISOString().slice(0, 10);
const base = '/api/v1/sites/plant/reports';

/** Binary downloads through app.inject: the shared `call` answers text, which would mangle a PDF. */
interface Download {
  status: number;
  headers: Record<string, unknown>;
  body: Buffer;
  /** The body as UTF-8 text (CSV, HTML, JSON errors). */
  text: string;
  /** The JSON error answer (what the tests read of a JSON body). */
  json: () => { error: { code: string; message: string; details?: { path?: string; message?: string }[] } };
}

/** `download(url, headers?)`: GET as an org-admin unless `headers` carry an authorization. */
function useDownload(ctx: DialectContext) {
  let app: FastifyInstance | undefined;
  let admin: string | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
    admin = undefined;
  });
  return async (url: string, headers: Record<string, string> = {}): Promise<Download> => {
    app ??= await buildApp({ db: ctx.db });
    if (!('authorization' in headers)) {
      admin ??= (await buildUser(ctx.db, 'org-admin')).token;
      headers = { ...headers, authorization: `Bearer ${admin}` };
    }
    const res = await app.inject({ method: 'GET', url, headers });
    const body = res.rawPayload;
    return {
      status: res.statusCode,
      headers: res.headers,
      body,
      text: body.toString('utf8'),
      json: () => JSON.parse(body.toString('utf8')) as ReturnType<Download['json']>,
    };
  };
}

/** The text of a PDF, laid out as on the page (pdftotext -layout). */
function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'c981-pdf-'));
  try {
    const file = join(dir, 'r.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

forEachDialect('reports API', (ctx) => {
  const { call, seed } = useApp(ctx);
  const download = useDownload(ctx);

  it('answers the gap report as a PDF with its header, page numbers, zone names and SL vectors', async () => {
    await seed();
    expect((await call('POST', '/api/v1/sites/plant/baselines', { name: 'Before the upgrade' })).status).toBe(201);
    const res = await download(`${base}/gaps?format=pdf&asOf=2026-06-01`);
    expect(res.status, res.text.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="gaps-plant-${today()}.pdf"`);
    expect(res.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(res.body);
    expect(text).toContain('Gap report');
    expect(text).toContain('Plant (plant)');
    expect(text).toContain('baseline 1 “Before the upgrade”');
    expect(text).toContain('2026-06-01');
    expect(text).toMatch(/by u_test_\d+/);
    expect(text).toMatch(/page 1 of \d+/);
    for (const name of ['Control', 'DMZ', 'c-dmz-control']) expect(text).toContain(name);
    // z-dmz's SL-T [1,2,2,1,2,1,1] as seven cells of its row.
    expect(text).toMatch(/z-dmz\s+DMZ\s+1\s+2\s+2\s+1\s+2\s+1\s+1/);
    expect(text).toContain('Blocking requirements by FR');
  });

  it('answers the zone & conduit register as XLSX: a sheet per table, one column per FR, frozen and filtered', async () => {
    await seed();
    const res = await download(`${base}/zones?format=xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="zones-plant-${today()}.xlsx"`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Register', 'About']);
    const ws = wb.getWorksheet('Register');
    if (!ws) throw new Error('no Register sheet');
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['Type', 'Id', 'Name', 'Kind']);
    const slt1 = header.indexOf('SL-T FR 1') + 1;
    expect(slt1).toBeGreaterThan(0);
    const dmz = ws.getRow(3);
    expect(dmz.getCell(2).value).toBe('z-dmz');
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => dmz.getCell(slt1 + i).value)).toEqual([1, 2, 2, 1, 2, 1, 1]);
    expect(ws.getRow(4).getCell(1).value).toBe('conduit');
    expect(ws.rowCount).toBe(4);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    const about = wb.getWorksheet('About');
    const facts = Object.fromEntries((about?.getRows(2, 10) ?? []).map((r) => [r.getCell(1).text, r.getCell(2).text]));
    expect(facts).toMatchObject({ Site: 'Plant (plant)', Baseline: 'no baseline taken' });
  });

  it('answers CSV (RFC 4180, one column per FR) with cells that would start a formula defused', async () => {
    await seed();
    await call('PATCH', '/api/v1/sites/plant/zones/z-dmz', { name: '=HYPERLINK("http://x","DMZ, east")' });
    const res = await download(`${base}/gaps?format=csv`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = res.text.split('\r\n');
    expect(lines[0]).toMatch(/^Type,Id,Name,SL-T FR 1,SL-T FR 2,.*,Gap FR 7,Meets SL-T,Blocking,Blocking FR 1,/);
    expect(lines[2]).toMatch(/^zone,z-dmz,"'=HYPERLINK\(""http:\/\/x"",""DMZ, east""\)",1,2,2,1,2,1,1,/);
    expect(lines).toHaveLength(5); // header, two zones, a conduit, the empty string after the last CRLF
    const inventory = await download(`${base}/inventory?format=csv`);
    expect(
      inventory.text
        .split('\r\n')
        .slice(1, 3)
        .map((l) => l.split(',').slice(0, 3).join(',')),
    ).toEqual(['plant,hmi-1,HMI 1', 'plant,plc-1,PLC 1']);
  });

  it('answers HTML as one escaped, self-contained page under a strict CSP', async () => {
    await seed();
    await call('PATCH', '/api/v1/sites/plant/zones/z-dmz', { name: 'DMZ <img src=x onerror=alert(1)>' });
    const res = await download(`${base}/zones?format=html`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(res.text).toContain('DMZ &lt;img src=x onerror=alert(1)&gt;');
    expect(res.text).not.toContain('<img');
    expect(res.text).not.toMatch(/<script|<link|src="http/);
    expect(res.text).toMatch(/<td class="fr s1">1<\/td><td class="fr s2">2<\/td>/);
  });

  it('prints the approvals of the controls register with the e-signature the audit trail recorded', async () => {
    await seed();
    const signature = {
      printedName: 'Jane Doe',
      signedBy: 'j.doe',
      signedAt: '2026-03-01T09:00:00Z',
      meaning: 'approved',
      contentHash: 'c'.repeat(64),
    };
    await ctx.db.kysely.transaction().execute((trx) =>
      recordAudit(trx, LOCAL_ACTOR, {
        action: 'compensating-control.approve',
        siteId: 'plant',
        entity: 'compensatingControl',
        entityId: 'cc-1',
        detail: { after: { approvedAt: '2026-03-01' }, signature },
      }),
    );
    const res = await download(`${base}/controls?format=html&asOf=2026-06-01`);
    expect(res.text).toContain('<h2>Approvals</h2>');
    expect(res.text).toContain(`<td>Jane Doe</td><td>j.doe</td><td>2026-03-01 09:00 UTC</td><td>approved</td>`);
    expect(res.text).toContain(`e-signature over content SHA-256 ${'c'.repeat(64)}`);
    const pdf = pdfText((await download(`${base}/controls?format=pdf&asOf=2026-06-01`)).body);
    expect(pdf).toContain('Approvals');
    expect(pdf).toContain('Jane Doe');
  });

  it('answers the risk register and the CRS, marked DRAFT until the assessment is approved', async () => {
    await seed();
    const risk = await call('POST', '/api/v1/sites/plant/risks', {
      id: 'r-ransom',
      title: 'Ransomware reaches the control zone',
      target: { kind: 'zone', id: 'z-control' },
      threatSource: { name: 'Crew', kind: 'criminal' },
      vector: 'network',
      affectedFrs: [1, 3],
      consequence: { 'production-financial': 4 },
      likelihood: 3,
    });
    expect(risk.status, risk.text).toBe(201);
    const risks = pdfText((await download(`${base}/risks?format=pdf`)).body);
    expect(risks).toContain('Risk register');
    expect(risks).toContain('r-ransom');
    const crs = await download(`${base}/crs?format=pdf`);
    const text = pdfText(crs.body);
    expect(text).toContain('Cybersecurity Requirements Specification');
    expect(text).toContain('risk assessment version 0 (draft)');
    expect(text).toContain('DRAFT — not approved');
    expect(text).toMatch(/z-control\s+Control/);
    const sheet = new ExcelJS.Workbook();
    await sheet.xlsx.load((await download(`${base}/crs?format=xlsx`)).body as unknown as ArrayBuffer);
    expect(sheet.worksheets.map((w) => w.name)).toEqual([
      'Zones and conduits',
      'Channels',
      'Threat environment',
      'Compensating controls',
      'Assumptions',
      'About',
    ]);
  });

  it('answers the portfolio summary of the readable sites', async () => {
    await seed();
    const csv = await download('/api/v1/reports/portfolio?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="portfolio-${today()}.csv"`);
    expect(csv.text.split('\r\n')[1]).toMatch(/^plant,Plant,no,2,/);
    const pdf = await download('/api/v1/reports/portfolio');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.body);
    expect(text).toContain('Executive portfolio summary');
    expect(text).toContain('Largest gap per site and FR');
  });

  it('refuses an unknown kind (404) and format (400)', async () => {
    await seed();
    const kind = await download(`${base}/budget`);
    expect(kind.status).toBe(404);
    expect(kind.json().error.code).toBe('C981_ERR_NOT_FOUND');
    expect((await download(`${base}/portfolio`)).status).toBe(404);
    const format = await download(`${base}/gaps?format=docx`);
    expect(format.status).toBe(400);
    expect(format.json().error).toMatchObject({ code: 'C981_ERR_VALIDATION', details: [{ path: 'format' }] });
    expect((await download('/api/v1/reports/portfolio?format=json')).status).toBe(400);
    expect((await download(`${base}/gaps?asOf=yesterday`)).json().error.code).toBe('C981_ERR_VALIDATION');
    expect((await download('/api/v1/sites/nowhere/reports/gaps')).status).toBe(404);
  });
});

forEachDialect('reports access', (ctx) => {
  const { call, seed } = useApp(ctx);
  const download = useDownload(ctx);

  it('lets a viewer of the site download every site report, and nobody else see it', async () => {
    await seed();
    expect((await call('POST', '/api/v1/sites', { id: 'other', name: 'Other plant' })).status).toBe(201);
    const viewer = { authorization: `Bearer ${(await buildUser(ctx.db, { plant: 'viewer' })).token}` };
    const outsider = { authorization: `Bearer ${(await buildUser(ctx.db, { other: 'site-admin' })).token}` };
    for (const kind of ['zones', 'gaps', 'controls', 'inventory', 'risks', 'crs']) {
      const mine = await download(`/api/v1/sites/plant/reports/${kind}?format=csv`, viewer);
      expect(mine.status, `${kind}: ${mine.text.slice(0, 200)}`).toBe(200);
      const theirs = await download(`/api/v1/sites/plant/reports/${kind}?format=csv`, outsider);
      expect(theirs.status, kind).toBe(404);
      expect(theirs.json().error.code).toBe('C981_ERR_NOT_FOUND');
    }
    expect((await download('/api/v1/sites/plant/reports/gaps', { authorization: '' })).status).toBe(401);
    // The author printed in the report is the viewer.
    const pdf = pdfText((await download('/api/v1/sites/plant/reports/zones?format=pdf', viewer)).body);
    expect(pdf).toMatch(/by u_test_\d+_\w+/);
  });

  it('limits the portfolio summary to the sites the caller may read', async () => {
    await seed();
    await call('POST', '/api/v1/sites', { id: 'other', name: 'Other plant' });
    const outsider = { authorization: `Bearer ${(await buildUser(ctx.db, { other: 'viewer' })).token}` };
    const mine = await download('/api/v1/reports/portfolio?format=csv', outsider);
    expect(mine.status).toBe(200);
    expect(
      mine.text
        .split('\r\n')
        .slice(1)
        .filter((l) => l !== '')
        .map((l) => l.split(',')[0]),
    ).toEqual(['other']);
    const all = await download('/api/v1/reports/portfolio?format=csv');
    expect(all.text).toContain('\r\nplant,Plant,');
    expect((await download('/api/v1/reports/portfolio', { authorization: '' })).status).toBe(401);
  });
});
