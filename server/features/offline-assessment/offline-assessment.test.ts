// The offline assessment round trip through the real API on both dialects: export a zone's
// checklist, fill it with a spreadsheet library as an assessor would, preview and import it;
// conflicts when C-981 changed the same requirement meanwhile; stale rows never overwrite.
import { expect, it } from 'vitest';
import { CATALOG_3_3 } from '../../../core/iec62443/catalog.js';
import { todayUtc } from '../../../core/iec62443/dates.js';
import { RESULT_STATUSES } from '../../../core/schemas/vocabulary.js';
import { useApp } from '../../../test/app.js';
import { forEachDialect } from '../../../test/dialects.js';
import { downloadOk, fill, openBook, rowOf, saveBook, upload, useDownload } from '../../../test/checklist-kit.js';

const ZONE = '/api/v1/sites/plant/zones/z-control/checklist.xlsx';
const results = '/api/v1/sites/plant/results?scope=z-control';

forEachDialect('offline assessment API', (ctx) => {
  const { call, seed } = useApp(ctx);
  const get = useDownload(ctx);

  it('exports a zone checklist: cover, one sheet per FR with dropdowns, locked facts, hidden meta', async () => {
    await seed();
    const res = await get(ZONE);
    expect(res.status, res.text.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="checklist-plant-z-control-${todayUtc()}.xlsx"`,
    );
    const wb = await openBook(res.body);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Cover',
      'FR 1 IAC',
      'FR 2 UC',
      'FR 3 SI',
      'FR 4 DC',
      'FR 5 RDF',
      'FR 6 TRE',
      'FR 7 RA',
      '_meta',
    ]);
    expect(wb.getWorksheet('_meta')?.state).toBe('veryHidden');
    const cover = wb.getWorksheet('Cover');
    expect(cover?.getCell('B3').value).toBe('plant — Plant');
    expect(cover?.getCell('A4').value).toBe('Zone');
    expect(cover?.getCell('B4').value).toBe('z-control — Control');
    expect(cover?.getCell('B5').value).toBe('2 · 2 · 2 · 2 · 2 · 2 · 2');

    const fr1 = wb.getWorksheet('FR 1 IAC');
    expect(fr1?.getRow(1).values).toEqual([
      undefined,
      'Requirement',
      'Title',
      'What it asks (C-981 summary)',
      'Required at SL',
      'Applies at SL-T',
      'Status',
      'Note',
      'Evidence (one per line)',
      'Assessed by',
      'Assessed at (YYYY-MM-DD)',
    ]);
    expect(fr1?.rowCount).toBe(1 + CATALOG_3_3.filter((i) => i.fr === 1).length);
    expect(fr1?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const sr11 = rowOf(wb, 'SR 1.1');
    expect(sr11.getCell(2).value).toBe('Human user identification and authentication');
    expect([sr11.getCell(4).value, sr11.getCell(5).value, sr11.getCell(6).value]).toEqual([1, 'yes', 'implemented']);
    expect(rowOf(wb, 'SR 1.1 RE 2').getCell(5).value).toBe('no');
    expect(rowOf(wb, 'SR 1.2').getCell(7).value).toBe('shared account');
    expect(sr11.getCell(6).dataValidation).toMatchObject({
      type: 'list',
      formulae: [`"${RESULT_STATUSES.join(',')}"`],
    });
    // Locked is a cell's default: only the editable columns carry a protection style.
    expect(sr11.getCell(1).protection?.locked ?? true).toBe(true);
    expect((fr1 as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(sr11.getCell(6).protection).toMatchObject({ locked: false });
    expect(rowOf(wb, 'SR 7.1').getCell(6).dataValidation?.type).toBe('list');
  });

  it('previews the rows an assessor changed, saves nothing, then imports them as one audited change', async () => {
    await seed();
    const wb = await openBook(await downloadOk(get, ZONE));
    fill(wb, 'SR 1.2', {
      status: 'implemented',
      note: { richText: [{ text: 'Shared account ' }, { text: 'retired' }] },
    });
    fill(wb, 'SR 1.3', {
      status: 'Partial',
      evidence: 'https://dms.example/iam/17\nhttps://dms.example/iam/18',
      assessedBy: 'field@contractor.example',
      assessedAt: new Date(Date.UTC(2026, 3, 30)),
    });
    fill(wb, 'SR 2.1', { status: { formula: '"planned"', result: 'planned' } });
    const file = await saveBook(wb);

    const preview = await upload(call, `${ZONE}?dryRun=true`, file);
    expect(preview.status, preview.text).toBe(200);
    expect(preview.body).toMatchObject({
      site: 'plant',
      scopeKind: 'zone',
      scope: 'z-control',
      dryRun: true,
      applied: false,
      databaseChangedSinceExport: false,
      conflicts: [],
      errors: [],
      reasonRequired: false,
    });
    expect(preview.body.changed.map((c: { requirement: string }) => c.requirement)).toEqual([
      'SR 1.2',
      'SR 1.3',
      'SR 2.1',
    ]);
    expect(preview.body.changed[0]).toMatchObject({
      before: { status: 'partial', note: 'shared account' },
      after: { status: 'implemented', note: 'Shared account retired' },
    });
    expect(preview.body.unchanged).toBe(CATALOG_3_3.length - 3);
    expect((await call('GET', results)).body.results['SR 1.3']).toBeUndefined();

    const done = await upload(call, ZONE, file);
    expect(done.status, done.text).toBe(200);
    expect(done.body).toMatchObject({ applied: true, dryRun: false });
    const stored = (await call('GET', results)).body.results;
    expect(stored['SR 1.1']).toBe('implemented');
    expect(stored['SR 1.2']).toMatchObject({ status: 'implemented', note: 'Shared account retired' });
    expect(stored['SR 1.2'].assessedBy).toMatch(/@example\.com$/);
    expect(stored['SR 1.2'].assessedAt).toBe(todayUtc());
    expect(stored['SR 1.3']).toEqual({
      status: 'partial',
      evidence: ['https://dms.example/iam/17', 'https://dms.example/iam/18'],
      assessedBy: 'field@contractor.example',
      assessedAt: '2026-04-30',
    });
    expect(stored['SR 2.1']).toMatchObject({ status: 'planned' });
    const audit = await call('GET', '/api/v1/audit?action=results.put&site=plant');
    expect(audit.body.items).toHaveLength(1);
    expect(Object.keys(audit.body.items[0].detail)).toEqual(['SR 1.2', 'SR 1.3', 'SR 2.1']);

    // The same file again: its rows now differ from the database, which moved past the export.
    const again = await upload(call, `${ZONE}?dryRun=true`, file);
    expect(again.body).toMatchObject({ changed: [], conflicts: [], databaseChangedSinceExport: true });
  });

  it('refuses a requirement changed both in the file and in C-981, until the importer resolves it', async () => {
    await seed();
    const wb = await openBook(await downloadOk(get, ZONE));
    fill(wb, 'SR 1.2', { status: 'implemented', note: 'jump host in place' });
    fill(wb, 'SR 1.4', { status: 'planned' });
    const file = await saveBook(wb);
    await call('PUT', '/api/v1/sites/plant/results', {
      scope: 'z-control',
      results: { 'SR 1.2': { status: 'not-implemented', note: 'shared account still used' } },
    });

    const preview = await upload(call, `${ZONE}?dryRun=true`, file);
    expect(preview.body.conflicts).toEqual([
      {
        requirement: 'SR 1.2',
        exported: { status: 'partial', note: 'shared account' },
        database: { status: 'not-implemented', note: 'shared account still used' },
        file: { status: 'implemented', note: 'jump host in place' },
        resolution: null,
      },
    ]);
    const refused = await upload(call, ZONE, file);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('C981_ERR_CONFLICT');
    expect(refused.body.error.details).toEqual([
      { path: 'SR 1.2', message: expect.stringContaining('not-implemented') },
    ]);
    expect((await call('GET', results)).body.results['SR 1.4']).toBeUndefined();

    const kept = await upload(call, `${ZONE}?resolve=file&keep=SR%201.2`, file);
    expect(kept.status, kept.text).toBe(200);
    let stored = (await call('GET', results)).body.results;
    expect(stored['SR 1.2']).toMatchObject({ status: 'not-implemented' });
    expect(stored['SR 1.4']).toMatchObject({ status: 'planned' });

    const won = await upload(call, `${ZONE}?resolve=file`, file);
    expect(won.status, won.text).toBe(200);
    expect(won.body.conflicts[0].resolution).toBe('file');
    stored = (await call('GET', results)).body.results;
    expect(stored['SR 1.2']).toMatchObject({ status: 'implemented', note: 'jump host in place' });
  });

  it('leaves rows the file did not touch as C-981 has them now, however stale the file', async () => {
    await seed();
    const wb = await openBook(await downloadOk(get, ZONE));
    fill(wb, 'SR 1.3', { status: 'implemented' });
    const file = await saveBook(wb);
    await call('PUT', '/api/v1/sites/plant/results', {
      scope: 'z-control',
      results: { 'SR 1.1': 'partial', 'SR 1.2': null },
    });
    const done = await upload(call, ZONE, file);
    expect(done.status, done.text).toBe(200);
    expect(done.body).toMatchObject({ newerInDatabase: ['SR 1.1', 'SR 1.2'], conflicts: [] });
    expect(done.body.changed.map((c: { requirement: string }) => c.requirement)).toEqual(['SR 1.3']);
    const stored = (await call('GET', results)).body.results;
    expect(stored['SR 1.1']).toBe('partial');
    expect(stored['SR 1.2']).toBeUndefined();
    expect(stored['SR 1.3']).toMatchObject({ status: 'implemented' });
  });
});
