// The renderers on hand-made documents: the colour scale matches the web app's, CSV cells cannot
// start formulas, rows stream with back-pressure, errors reach the reader, and a PDF refuses what
// it cannot hold before anything is sent.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ReportDocument, ReportRow, ReportTable } from '../../../../core/reports/model.js';
import * as web from '../../../../web/components/sl-scale.js';
import { AppError } from '../../../errors.js';
import { cellText, flatColumns, flatValues } from './cells.js';
import * as colors from './colors.js';
import { guardFormula } from './csv.js';
import { PDF_MAX_ROWS, renderReport } from './render.js';
import { winAnsi } from './win-ansi.js';
import { sheetName } from './xlsx.js';

const header = {
  title: 'Test report',
  subject: 'Plant (plant)',
  site: { id: 'plant', name: 'Plant' },
  generatedAt: '2026-06-01T10:00:00Z',
  asOf: '2026-06-01',
  baseline: null,
  version: null,
  author: 'Tess Tester',
};

function docWith(table: ReportTable): ReportDocument {
  return {
    kind: 'inventory',
    header,
    orientation: 'landscape',
    blocks: [{ kind: 'table', table }],
    csv: table,
    signature: null,
  };
}

/** A streamed table of `batches` × `size` rows, counting the batches read so far. */
function streamedTable(batches: number, size: number, failAt?: number) {
  const state = { pulled: 0 };
  async function* rows(): AsyncGenerator<ReportRow[]> {
    for (let b = 0; b < batches; b++) {
      if (b === failAt) throw new Error('the database went away');
      state.pulled++;
      yield Array.from({ length: size }, (_, i) => [
        `asset-${b}-${i}`,
        'a name long enough to fill the buffer quickly',
      ]);
    }
  }
  const table: ReportTable = {
    id: 'Assets',
    title: 'Assets',
    columns: [
      { title: 'Id', kind: 'text' },
      { title: 'Name', kind: 'text' },
    ],
    rows: { total: batches * size, batches: rows() },
    empty: 'none',
  };
  return { table, state };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

describe('report renderers', () => {
  it('use the web app’s SL and gap colours', () => {
    expect(colors.SL_COLORS).toEqual(web.SL_COLORS);
    expect(colors.SL_TEXT).toEqual(web.SL_TEXT);
    expect(colors.GAP_COLORS).toEqual(web.GAP_COLORS);
    expect(colors.GAP_TEXT).toEqual(web.GAP_TEXT);
    expect(colors.NO_VALUE_COLOR).toBe(web.NO_TARGET_COLOR);
    expect(colors.SERIES_COLORS).toEqual(web.SERIES_COLORS);
    expect(colors.vectorCellColors('sl', 2)).toEqual({ fill: web.slColor(2), text: web.slText(2) });
    expect(colors.vectorCellColors('gap', 5)).toEqual({ fill: web.gapColor(5), text: web.gapText(5) });
    expect(colors.vectorCellColors('count', 1)).toBeNull();
  });

  it('spread vectors over one column per FR and write lists and flags as text', () => {
    const columns = flatColumns([
      { title: 'Id', kind: 'text' },
      { title: 'SL-T', kind: 'sl' },
      { title: 'IP', kind: 'list' },
      { title: 'Legacy', kind: 'flag' },
    ]);
    expect(columns.map((c) => c.title)).toEqual([
      'Id',
      ...[1, 2, 3, 4, 5, 6, 7].map((f) => `SL-T FR ${f}`),
      'IP',
      'Legacy',
    ]);
    expect(flatValues(['z', [1, 2, null, 1, 2, 1, 1], ['10.0.0.1', '10.0.0.2'], true], columns, ' | ')).toEqual([
      'z',
      1,
      2,
      null,
      1,
      2,
      1,
      1,
      '10.0.0.1 | 10.0.0.2',
      'yes',
    ]);
    expect(flatValues(['c', null, [], false], columns, ' | ').slice(1, 8)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(cellText(false, 'flag')).toBe('no');
  });

  it('defuse CSV cells that a spreadsheet would run as formulas', () => {
    for (const v of ['=1+1', '+41', '-2', '@SUM(A1)', '\tx', '\rx']) expect(guardFormula(v)).toBe(`'${v}`);
    expect(guardFormula('Control room')).toBe('Control room');
    expect(guardFormula(-2)).toBe(-2);
    expect(guardFormula(null)).toBeNull();
  });

  it('keep PDF text to the characters its standard font has', () => {
    expect(winAnsi('Zürich — “Süd” … 5 €')).toBe('Zürich — “Süd” … 5 €');
    expect(winAnsi('opc-ua Control → DMZ, SL-T − SL-A ≥ 1, 上海')).toBe('opc-ua Control -> DMZ, SL-T - SL-A >= 1, ??');
  });

  it('name XLSX sheets within Excel’s rules', () => {
    const used = new Set<string>();
    expect(sheetName('Blocking requirements by zone and FR', used)).toBe('Blocking requirements by zone a');
    expect(sheetName('Blocking requirements by zone and FR', used)).toBe('Blocking requirements by zon 2');
    expect(sheetName('a/b:c', used)).toBe('a b c');
  });

  it('stream CSV rows with back-pressure: an unread download stops reading the database', async () => {
    const { table, state } = streamedTable(200, 500);
    const stream = await renderReport(docWith(table), 'csv');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(state.pulled).toBeLessThan(5);
    const text = (await readAll(stream)).toString('utf8');
    expect(state.pulled).toBe(200);
    expect(text.split('\r\n')).toHaveLength(200 * 500 + 2);
  });

  it('stream XLSX rows from batches into one sheet', async () => {
    const { table } = streamedTable(6, 1000);
    const body = await readAll(await renderReport(docWith(table), 'xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(body as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Assets')?.rowCount).toBe(6001);
    expect(wb.getWorksheet('Assets')?.getRow(6001).getCell(1).value).toBe('asset-5-999');
  });

  it('end the download with an error when reading fails half-way', async () => {
    for (const format of ['csv', 'xlsx', 'html'] as const) {
      const { table } = streamedTable(10, 100, 3);
      await expect(readAll(await renderReport(docWith(table), format)), format).rejects.toThrow(
        'the database went away',
      );
    }
  });

  it('stop reading when the reader goes away (a cancelled download)', async () => {
    for (const format of ['csv', 'xlsx', 'html'] as const) {
      const { table, state } = streamedTable(200, 500);
      const stream = await renderReport(docWith(table), format);
      await new Promise<void>((resolve) => stream.once('data', () => resolve()));
      stream.destroy();
      await new Promise((resolve) => setTimeout(resolve, 200));
      const pulled = state.pulled;
      expect(pulled, format).toBeLessThan(200);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(state.pulled, format).toBe(pulled);
    }
  });

  it('refuse a PDF longer than it can lay out, before anything is sent', async () => {
    const { table, state } = streamedTable(PDF_MAX_ROWS / 1000 + 1, 1000);
    const refused = renderReport(docWith(table), 'pdf');
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({ code: 'C981_ERR_TOO_LARGE' });
    expect(state.pulled).toBe(0);
  });
});
