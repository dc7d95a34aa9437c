// A report as XLSX through exceljs's streaming WorkbookWriter: one sheet per table (frozen header
// row, auto filter, vectors as one column per FR coloured with the app's scales), then an "About"
// sheet with the header, the facts and the signatures. Each sheet is written and committed before
// the next is opened, and rows go out batch by batch with back-pressure, so the inventory of 100k
// assets never sits in memory.
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { tablesOf, type ReportDocument, type ReportTable } from '../../../../core/reports/model.js';
import { flatColumns, flatValues, vectorValues, type FlatColumn } from './cells.js';
import { vectorCellColors } from './colors.js';
import { headerFacts, SIGNATURE_COLUMNS, signatureCells } from './header-facts.js';
import { drained, ProgressCounter, rowBatches, rowTotal, type Progress } from './rows.js';

type Sheet = ExcelJS.Worksheet;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE4E8EE' } };
const argb = (hex: string): string => `FF${hex.slice(1).toUpperCase()}`;

/** Excel sheet names: at most 31 characters, none of []:*?/\ and unique in the workbook. */
export function sheetName(id: string, used: Set<string>): string {
  const base = id.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet';
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 28)} ${i}`;
  used.add(name.toLowerCase());
  return name;
}

/** Pending sheet XML allowed before rows wait for the zip (see zipCaughtUp). */
const ZIP_BACKLOG = 4 * 1024 * 1024;

/**
 * exceljs's streaming writer hands each sheet's XML to the zip without back-pressure (its StreamBuf
 * ignores what `write` answers), so rows made faster than they are compressed pile up in the
 * stream archiver reads the sheet from: 100k assets left ~80 MB of XML waiting. Past a few MB the
 * next batch waits for that stream to drain. The stream is archiver's (readable-stream), reached
 * through exceljs internals: if they change, this stops waiting and nothing else breaks.
 */
function zipCaughtUp(ws: Sheet, out: Writable): Promise<void> | undefined {
  const hub = (ws as unknown as { stream?: { pipes?: Writable[] } }).stream?.pipes?.[0];
  const pending = (hub as unknown as { _writableState?: { length?: number } } | undefined)?._writableState?.length;
  if (!hub || pending === undefined || pending <= ZIP_BACKLOG || out.destroyed) return undefined;
  // A closed download stops the zip: stop waiting then too (the next write sees the closed output).
  return new Promise((resolve) => {
    const done = () => {
      hub.off('drain', done);
      out.off('close', done);
      resolve();
    };
    hub.once('drain', done);
    out.once('close', done);
  });
}

function widthOf(c: FlatColumn, width: number | 'auto' | '*' | undefined): number {
  if (c.fr !== null) return Math.max(6, c.title.length + 1);
  if (width === '*') return 48;
  if (typeof width === 'number') return Math.max(12, Math.round(width / 4));
  return Math.max(10, c.title.length + 2);
}

function openSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  titles: readonly string[],
  widths: readonly number[],
): Sheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  // Before the first row: the streaming writer writes the column widths with it.
  ws.columns = widths.map((width) => ({ width }));
  const header = ws.addRow([...titles]);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  header.commit();
  return ws;
}

async function writeTable(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  out: Writable,
  table: ReportTable,
  name: string,
  progress: ProgressCounter,
): Promise<void> {
  const columns = flatColumns(table.columns);
  const ws = openSheet(
    wb,
    name,
    columns.map((c) => c.title),
    columns.map((c) => widthOf(c, table.columns[c.source]?.width)),
  );
  // Colouring needs a style per cell: only tables with SL or gap vectors pay for it.
  const coloured = columns.some((c) => c.fr !== null && (c.kind === 'sl' || c.kind === 'gap'));
  for await (const batch of rowBatches(table.rows)) {
    for (const values of batch) {
      const row = ws.addRow(flatValues(values, columns, ', '));
      if (coloured)
        columns.forEach((c, i) => {
          if (c.fr === null) return;
          const colors = vectorCellColors(c.kind, vectorValues(values[c.source] ?? null)[c.fr] ?? null);
          if (!colors) return;
          const cell = row.getCell(i + 1);
          cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(colors.fill) } };
          cell.font = { color: { argb: argb(colors.text) } };
          cell.alignment = { horizontal: 'center' };
        });
      row.commit();
    }
    progress.add(batch.length);
    // Give the zip a turn, and wait for it (and for the reader) when too much is pending.
    await new Promise((resolve) => setImmediate(resolve));
    await zipCaughtUp(ws, out);
    await drained(out);
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  ws.commit();
}

function writeAbout(wb: ExcelJS.stream.xlsx.WorkbookWriter, doc: ReportDocument, name: string): void {
  const ws = wb.addWorksheet(name);
  ws.columns = [{ width: 28 }, { width: 60 }, { width: 20 }, { width: 22 }, { width: 14 }, { width: 80 }];
  const title = ws.addRow([doc.header.title]);
  title.font = { bold: true, size: 14 };
  title.commit();
  const facts = [...headerFacts(doc.header), ...doc.blocks.flatMap((b) => (b.kind === 'facts' ? b.facts : []))];
  for (const f of facts) ws.addRow([f.label, f.value]).commit();
  const s = doc.signature;
  if (s) {
    ws.addRow([]).commit();
    const head = ws.addRow([s.title]);
    head.font = { bold: true };
    head.commit();
    if (s.status) ws.addRow([s.status]).commit();
    if (s.entries.length === 0) ws.addRow([s.empty]).commit();
    else {
      const cols = ws.addRow([...SIGNATURE_COLUMNS]);
      cols.font = { bold: true };
      cols.commit();
      for (const e of s.entries) ws.addRow(signatureCells(e)).commit();
    }
  }
  ws.commit();
}

export async function writeXlsx(doc: ReportDocument, out: Writable, onProgress?: Progress): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = doc.header.author;
  wb.title = `${doc.header.title} — ${doc.header.subject}`;
  wb.created = new Date(doc.header.generatedAt);
  const tables = tablesOf(doc, 'sheet');
  const progress = new ProgressCounter(
    tables.reduce((n, t) => n + rowTotal(t.rows), 0),
    onProgress,
  );
  const used = new Set<string>();
  for (const table of tables) await writeTable(wb, out, table, sheetName(table.id, used), progress);
  writeAbout(wb, doc, sheetName('About', used));
  await wb.commit();
  progress.finish();
}
