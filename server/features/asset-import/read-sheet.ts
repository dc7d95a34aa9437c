// The uploaded file → rows of cells. XLSX is told apart from CSV by its content (a zip archive
// starts with "PK"), never by a file name; the first worksheet with data is read.
import { decodeText, parseCsv } from '../../../core/asset-import/csv.js';
import { SheetError, type Cell, type SheetRow } from '../../../core/asset-import/sheet.js';

export type SheetFormat = 'csv' | 'xlsx';

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
/** The OLE2 container of Excel 97–2003 .xls files. */
const isOle2 = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** The format of the bytes; `given` (from ?format=) must agree with them. */
export function detectFormat(bytes: Uint8Array, given?: string): SheetFormat {
  if (given !== undefined && given !== 'csv' && given !== 'xlsx')
    throw new SheetError(`format must be csv or xlsx; got "${given}"`);
  if (isOle2(bytes))
    throw new SheetError(
      'this is an Excel 97–2003 .xls file: save it as .xlsx (Excel Workbook) or CSV and import that',
    );
  const actual: SheetFormat = isZip(bytes) ? 'xlsx' : 'csv';
  if (given !== undefined && given !== actual)
    throw new SheetError(
      actual === 'xlsx'
        ? 'the file is an XLSX workbook (a zip archive), not CSV: leave format out or say xlsx'
        : 'the file is not an XLSX workbook (those are zip archives starting with "PK"): leave format out or say csv',
    );
  return actual;
}

export async function readSheet(bytes: Uint8Array, format: SheetFormat): Promise<SheetRow[]> {
  return format === 'csv' ? parseCsv(decodeText(bytes)) : readXlsx(bytes);
}

/** Dates are stored as days in XLSX; exceljs hands them over as UTC Dates. */
function isoOf(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 19)}Z`;
}

type Raw = import('exceljs').CellValue;

/** A cell value as the import reads it: formulas by their result, rich text as its text. */
function cellOf(v: Raw): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return isoOf(v);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return cellOf(v.result);
  if ('hyperlink' in v) return typeof v.text === 'string' ? v.text : cellOf(v.text);
  // #N/A and friends (a lookup that found nothing) count as empty cells.
  return null;
}

async function readXlsx(bytes: Uint8Array): Promise<SheetRow[]> {
  // Loaded on demand: exceljs is large, and only XLSX uploads need it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (e) {
    throw new SheetError(`the XLSX workbook cannot be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  const sheet = workbook.worksheets.find((w) => w.actualRowCount > 0);
  if (!sheet) return [];
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values = row.values as Raw[];
    // exceljs rows are 1-based arrays with holes for empty cells.
    const cells: Cell[] = [];
    for (let i = 1; i < values.length; i++) cells.push(cellOf(values[i]));
    rows.push({ row: number, cells });
  });
  return rows;
}
