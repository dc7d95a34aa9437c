// What a spreadsheet cell says, as text. Cells come back from a workbook in many shapes: plain
// strings and numbers, dates, rich text (a note someone formatted), hyperlinks (evidence pasted
// as a link), formula results. The shapes are those of exceljs, typed structurally so this module
// stays free of the library.

export type CellValue =
  | null
  | undefined
  | string
  | number
  | boolean
  | Date
  | { richText: { text: string }[] }
  | { text: unknown; hyperlink: string }
  | { formula?: string; sharedFormula?: string; result?: unknown }
  | { error: string }
  | object;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** "2026-03-01" for a date at midnight UTC (how spreadsheets store a typed date), else the ISO timestamp. */
export function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 19)}Z`;
}

/** Excel's day serial (days since 1899-12-30, the 1900 leap-year bug included) as a date. */
export const serialDate = (serial: number): Date => new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return dateText(value);
  if (!isObject(value)) return '';
  if (Array.isArray(value.richText))
    return (value.richText as unknown[]).map((r) => (isObject(r) ? cellText(r.text) : '')).join('');
  if (typeof value.hyperlink === 'string') return cellText(value.text) || value.hyperlink;
  if ('result' in value || 'formula' in value || 'sharedFormula' in value) return cellText(value.result);
  return '';
}

/** Evidence: a cell that is one link counts as its target, whatever text it shows. */
export function evidenceText(value: unknown): string {
  if (isObject(value) && typeof value.hyperlink === 'string' && !value.hyperlink.startsWith('#'))
    return value.hyperlink;
  return cellText(value);
}

/** A date column: text as typed, a date cell as its calendar date, a bare day serial converted. */
export function dateCellText(value: unknown): string {
  const v = isObject(value) && 'result' in value ? value.result : value;
  if (typeof v === 'number' && v > 0 && v < 2_958_466) return dateText(serialDate(v));
  return cellText(v).trim();
}

/** Whether a cell holds an error (#N/A, #REF!, …) rather than a value. */
export const isErrorCell = (value: unknown): boolean =>
  isObject(value) &&
  (typeof value.error === 'string' || (isObject(value.result) && typeof value.result.error === 'string'));
