// Writes the offline checklist workbook (issue #8 item 3) with exceljs: the cover, one sheet per
// FR and the hidden `_meta` sheet. Sheets are protected without a password: protection keeps
// people from typing into the catalog's columns by accident; it is not what keeps the import
// honest (the `_meta` checksum and the three-way merge are).
import ExcelJS from 'exceljs';
import {
  COLUMNS,
  COVER_HELP,
  COVER_SHEET,
  columnNumber,
  coverLines,
  FR_SHEETS,
  rowCells,
  STATUS_CHOICES,
  type CoverFacts,
  type SheetRow,
} from '../../../core/offline-assessment/checklist-sheet.js';
import { META_SHEET } from '../../../core/offline-assessment/meta.js';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F2937' } };
const FACT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF0F3' } };
const EDIT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF6D5' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFD0D4DA' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, bottom: THIN, left: THIN, right: THIN };

/** People may resize, filter and format; they may not type into locked cells or restructure. */
const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  autoFilter: true,
};

// Excel's list validation is one quoted, comma-separated formula of at most 255 characters.
const STATUS_LIST = `"${STATUS_CHOICES.join(',')}"`;

async function addFrSheet(wb: ExcelJS.Workbook, name: string, rows: readonly SheetRow[]): Promise<void> {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
    properties: { tabColor: { argb: 'FF3B82F6' } },
  });
  ws.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  const head = ws.addRow(COLUMNS.map((c) => c.header));
  head.eachCell((cell) => {
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  head.height = 30;
  for (const r of rows) {
    const row = ws.addRow(rowCells(r));
    COLUMNS.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: c.key !== 'requirement' && c.key !== 'status' };
      cell.fill = c.editable ? EDIT_FILL : FACT_FILL;
      cell.protection = { locked: !c.editable };
      // Typed dates stay text: "2026-03-01" round-trips as written, whatever the locale.
      if (c.key === 'assessedAt') cell.numFmt = '@';
      if (!c.editable && r.applies !== true) cell.font = { color: { argb: 'FF6B7280' } };
    });
    row.getCell(columnNumber('status')).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [STATUS_LIST],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Status',
      error: `Pick one of: ${STATUS_CHOICES.join(', ')}`,
    };
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  await ws.protect('', PROTECTION);
}

async function addCover(wb: ExcelJS.Workbook, facts: CoverFacts, rows: readonly SheetRow[]): Promise<void> {
  const ws = wb.addWorksheet(COVER_SHEET, { properties: { tabColor: { argb: 'FF111827' } } });
  ws.columns = [{ width: 20 }, { width: 90 }];
  const title = ws.addRow(['C-981 offline checklist (IEC 62443-3-3)']);
  title.font = { bold: true, size: 14 };
  ws.addRow([]);
  for (const [label, value] of coverLines(facts)) {
    const row = ws.addRow([label, value]);
    row.getCell(1).font = { bold: true };
  }
  ws.addRow([]);
  for (const sheet of FR_SHEETS) {
    const of = rows.filter((r) => r.fr === sheet.fr);
    const apply = of.filter((r) => r.applies === true).length;
    ws.addRow([sheet.name, `${sheet.title}: ${of.length} requirements, ${apply} required at the SL-T`]);
  }
  ws.addRow([]);
  ws.addRow(['How to fill it']).font = { bold: true };
  for (const line of COVER_HELP) ws.addRow(['', line]).getCell(2).alignment = { wrapText: true, vertical: 'top' };
  ws.addRow([]);
  const legend = ws.addRow(['Colours', 'Yellow cells are yours to fill; grey cells are the catalog and the scope.']);
  legend.getCell(1).font = { bold: true };
  await ws.protect('', PROTECTION);
}

async function addMeta(wb: ExcelJS.Workbook, cells: readonly (readonly string[])[]): Promise<void> {
  // veryHidden: not listed under "Unhide" in Excel, so nobody edits it by mistake.
  const ws = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  for (const row of cells) ws.addRow([...row]);
  await ws.protect('', {});
}

export async function writeChecklistWorkbook(
  facts: CoverFacts,
  rows: readonly SheetRow[],
  metaCells: readonly (readonly string[])[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'C-981';
  wb.created = new Date(facts.exportedAt);
  wb.title = `Checklist ${facts.site} ${facts.scope}`;
  await addCover(wb, facts, rows);
  for (const sheet of FR_SHEETS)
    await addFrSheet(
      wb,
      sheet.name,
      rows.filter((r) => r.fr === sheet.fr),
    );
  await addMeta(wb, metaCells);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
