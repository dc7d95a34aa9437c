// Reads a filled offline checklist back: the `_meta` sheet's cells and each FR sheet's rows by
// column. Anything that is not the workbook C-981 exported (not an XLSX file, a sheet renamed
// or missing, columns moved) is refused as a whole with a message saying what to do.
import ExcelJS from 'exceljs';
import { cellText } from '../../../core/offline-assessment/cell-text.js';
import { COLUMNS, FR_SHEETS, type ColumnKey } from '../../../core/offline-assessment/checklist-sheet.js';
import type { SheetCells } from '../../../core/offline-assessment/file-rows.js';
import { META_SHEET } from '../../../core/offline-assessment/meta.js';
import { AppError } from '../../errors.js';

export interface ChecklistWorkbook {
  metaCells: string[][];
  sheets: SheetCells[];
}

const invalid = (message: string) => new AppError('C981_ERR_VALIDATION', message);

/** XLSX files are ZIP archives: they start with "PK\x03\x04". */
const isZip = (body: Buffer): boolean =>
  body.length > 4 && body[0] === 0x50 && body[1] === 0x4b && body[2] === 0x03 && body[3] === 0x04;

function metaCells(ws: ExcelJS.Worksheet): string[][] {
  const out: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    out.push(cells);
  });
  return out;
}

function frSheet(ws: ExcelJS.Worksheet): SheetCells {
  const head = ws.getRow(1);
  COLUMNS.forEach((c, i) => {
    if (cellText(head.getCell(i + 1).value).trim() !== c.header)
      throw invalid(
        `sheet "${ws.name}": column ${i + 1} should be "${c.header}"; the columns were changed: fill the workbook as exported`,
      );
  });
  const rows: SheetCells['rows'] = [];
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const cells: Partial<Record<ColumnKey, unknown>> = {};
    COLUMNS.forEach((c, i) => (cells[c.key] = row.getCell(i + 1).value));
    rows.push({ row: number, cells });
  });
  return { name: ws.name, rows };
}

export async function readChecklistWorkbook(body: Buffer): Promise<ChecklistWorkbook> {
  if (!isZip(body)) throw invalid('the body is not an XLSX workbook: upload the checklist exported by C-981');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(body as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw invalid(`the body is not a readable XLSX workbook (${e instanceof Error ? e.message : String(e)})`);
  }
  const meta = wb.getWorksheet(META_SHEET);
  if (!meta)
    throw invalid(
      `the workbook has no ${META_SHEET} sheet: it is not a C-981 checklist, or it was re-saved without it; export the checklist again`,
    );
  const sheets = FR_SHEETS.map((s) => {
    const ws = wb.getWorksheet(s.name);
    if (!ws) throw invalid(`the workbook has no sheet "${s.name}": keep the FR sheets as exported`);
    return frSheet(ws);
  });
  return { metaCells: metaCells(meta), sheets };
}
