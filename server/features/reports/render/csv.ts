// A report as CSV: the document's one flat table (ReportDocument.csv), RFC 4180 through the audit
// export's `csvLine`, vectors as one column per FR, lists joined with " | ". Written batch by batch
// with back-pressure, so the inventory of 100k assets streams.
import type { Writable } from 'node:stream';
import type { ReportDocument } from '../../../../core/reports/model.js';
import { csvLine } from '../../audit/audit-csv.js';
import { flatColumns, flatValues } from './cells.js';
import { ProgressCounter, rowBatches, rowTotal, writeText, type Progress } from './rows.js';

/**
 * Spreadsheets evaluate a cell that starts with =, +, -, @, tab or CR as a formula, and names,
 * notes and rationales are typed by users: such a cell gets a leading apostrophe so it shows as
 * text (OWASP "CSV injection"; the same guard as server/features/traceability/traceability.csv.ts).
 */
export const guardFormula = (value: string | number | null): string | number | null =>
  typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;

export async function writeCsv(doc: ReportDocument, out: Writable, onProgress?: Progress): Promise<void> {
  const table = doc.csv;
  const columns = flatColumns(table.columns);
  const progress = new ProgressCounter(rowTotal(table.rows), onProgress);
  await writeText(out, csvLine(columns.map((c) => c.title)));
  for await (const batch of rowBatches(table.rows)) {
    let text = '';
    for (const row of batch) text += csvLine(flatValues(row, columns, ' | ').map(guardFormula));
    await writeText(out, text);
    progress.add(batch.length);
  }
  progress.finish();
}
