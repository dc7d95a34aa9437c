// What the offline checklist import refuses, and who may use it: files for another scope,
// damaged or hand-edited meta, bodies that are not the workbook, invalid cells, a regulated site
// without a reason; conduits work like zones; viewers may take the checklist away, not import it.
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { buildUser } from '../../../test/accounts.js';
import { useApp } from '../../../test/app.js';
import { forEachDialect } from '../../../test/dialects.js';
import { downloadOk, fill, openBook, saveBook, upload, useDownload } from '../../../test/checklist-kit.js';

const ZONE = '/api/v1/sites/plant/zones/z-control/checklist.xlsx';
const CONDUIT = '/api/v1/sites/plant/conduits/c-dmz-control/checklist.xlsx';

forEachDialect('offline assessment API refusals', (ctx) => {
  const { call, seed } = useApp(ctx);
  const get = useDownload(ctx);

  const refusal = (res: { status: number; body: { error?: { code: string; message: string } } }) => [
    res.status,
    res.body.error?.code,
    res.body.error?.message,
  ];

  it('refuses a file for another scope, a damaged or missing meta sheet and bodies that are no workbook', async () => {
    await seed();
    const file = await downloadOk(get, ZONE);
    expect(refusal(await upload(call, '/api/v1/sites/plant/zones/z-dmz/checklist.xlsx', file))).toEqual([
      400,
      'C981_ERR_VALIDATION',
      'this checklist is for zone "z-control" of site "plant", not zone "z-dmz" of site "plant": upload it there',
    ]);
    expect((await upload(call, '/api/v1/sites/plant/conduits/c-dmz-control/checklist.xlsx', file)).status).toBe(400);

    const tampered = await openBook(file);
    const meta = tampered.getWorksheet('_meta') as ExcelJS.Worksheet;
    meta.eachRow((row) => {
      if (row.getCell(1).value === 'SR 1.1') row.getCell(3).value = JSON.stringify({ status: 'partial' });
    });
    expect(refusal(await upload(call, ZONE, await saveBook(tampered)))).toEqual([
      400,
      'C981_ERR_VALIDATION',
      "the checklist's hidden _meta sheet was changed (the stamp of SR 1.1 does not match): export the checklist again",
    ]);
    const stripped = await openBook(file);
    stripped.removeWorksheet(meta.id);
    expect((await upload(call, ZONE, await saveBook(stripped))).body.error.message).toMatch(/has no _meta sheet/);
    const renamed = await openBook(file);
    (renamed.getWorksheet('FR 3 SI') as ExcelJS.Worksheet).name = 'Integrity';
    expect((await upload(call, ZONE, await saveBook(renamed))).body.error.message).toMatch(/no sheet "FR 3 SI"/);

    expect(refusal(await upload(call, ZONE, 'status,SR 1.1\nimplemented', { 'content-type': 'text/csv' }))).toEqual([
      400,
      'C981_ERR_VALIDATION',
      'the body is not an XLSX workbook: upload the checklist exported by C-981',
    ]);
    expect((await upload(call, ZONE, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64)]))).status).toBe(400);
    expect((await upload(call, `${ZONE}?resolve=both`, file)).status).toBe(400);
    expect((await upload(call, `${ZONE}?keep=SR%209.9`, file)).status).toBe(400);
    expect((await call('GET', '/api/v1/sites/plant/results?scope=z-control')).body.results).toEqual({
      'SR 1.1': 'implemented',
      'SR 1.2': { status: 'partial', note: 'shared account' },
    });
  });

  it('lists invalid cells on a dry run and refuses to import any of the file while they remain', async () => {
    await seed();
    const wb = await openBook(await downloadOk(get, ZONE));
    fill(wb, 'SR 1.3', { status: 'done' });
    fill(wb, 'SR 1.4', { status: 'planned', assessedAt: '31.04.2026' });
    fill(wb, 'SR 1.5', { status: 'implemented' });
    const file = await saveBook(wb);
    const preview = await upload(call, `${ZONE}?dryRun=true`, file);
    expect(preview.status).toBe(200);
    expect(preview.body.errors).toEqual([
      {
        sheet: 'FR 1 IAC',
        row: 8,
        requirement: 'SR 1.3',
        column: 'Status',
        message: 'status must be one of implemented, partial, planned, not-implemented, not-applicable; got "done"',
      },
      expect.objectContaining({ requirement: 'SR 1.4', column: 'Assessed at (YYYY-MM-DD)' }),
    ]);
    expect(preview.body.changed.map((c: { requirement: string }) => c.requirement)).toEqual(['SR 1.5']);
    const refused = await upload(call, ZONE, file);
    expect(refused.status).toBe(400);
    expect(refused.body.error.details[0]).toEqual({
      path: 'FR 1 IAC row 8 (Status)',
      message: expect.stringContaining('got "done"'),
    });
    expect((await call('GET', '/api/v1/sites/plant/results?scope=z-control')).body.results['SR 1.5']).toBeUndefined();
  });

  it('lets a viewer download the checklist but not import it', async () => {
    await seed();
    const viewer = { authorization: `Bearer ${(await buildUser(ctx.db, { plant: 'viewer' })).token}` };
    const res = await get(ZONE, viewer);
    expect(res.status).toBe(200);
    const denied = await upload(call, `${ZONE}?dryRun=true`, res.body, viewer);
    expect([denied.status, denied.body.error.code]).toEqual([403, 'C981_ERR_FORBIDDEN']);
    await call('POST', '/api/v1/sites', { id: 'other', name: 'Other' });
    const outsider = { authorization: `Bearer ${(await buildUser(ctx.db, { other: 'viewer' })).token}` };
    expect((await get(ZONE, outsider)).status).toBe(404);
    expect((await get('/api/v1/sites/plant/zones/z-nowhere/checklist.xlsx')).status).toBe(404);
  });

  it('round-trips a conduit checklist, with a reason on a regulated site', async () => {
    await seed();
    await ctx.db.kysely.updateTable('sites').set({ regulated: 1 }).where('id', '=', 'plant').execute();
    const wb = await openBook(await downloadOk(get, CONDUIT));
    expect(wb.getWorksheet('Cover')?.getCell('A4').value).toBe('Conduit');
    fill(wb, 'SR 5.1', { status: 'implemented', note: 'firewall rules reviewed' });
    const file = await saveBook(wb);
    expect((await upload(call, `${CONDUIT}?dryRun=true`, file)).body).toMatchObject({
      scopeKind: 'conduit',
      reasonRequired: true,
      changed: [{ requirement: 'SR 5.1', before: null }],
    });
    expect((await upload(call, CONDUIT, file)).body.error.code).toBe('C981_ERR_REASON_REQUIRED');
    const done = await upload(call, `${CONDUIT}?reason=${encodeURIComponent('Walk-down 2026-05')}`, file);
    expect(done.status, done.text).toBe(200);
    const audit = await call('GET', '/api/v1/audit?action=results.put&site=plant');
    expect(audit.body.items[0]).toMatchObject({ entityId: 'c-dmz-control', reason: 'Walk-down 2026-05' });
  });
});
