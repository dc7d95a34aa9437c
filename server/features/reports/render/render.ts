// One entry point for every format: the report as a readable stream, started now. PDF layout runs
// before it returns (so a layout error answers as an error, not as a broken download); XLSX, CSV
// and HTML are written into the stream as it is read, with back-pressure.
import { PassThrough, type Readable, type Writable } from 'node:stream';
import type { ReportDocument, ReportFormat } from '../../../../core/reports/model.js';
import { tablesOf } from '../../../../core/reports/model.js';
import { AppError } from '../../../errors.js';
import { writeCsv } from './csv.js';
import { writeHtml } from './html.js';
import { pdfStream } from './pdf.js';
import { rowTotal, type Progress } from './rows.js';
import { writeXlsx } from './xlsx.js';

export type { Progress } from './rows.js';

export const CONTENT_TYPES: Readonly<Record<ReportFormat, string>> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

/**
 * A PDF is laid out in memory (pdfmake cannot stream its layout): past this many rows it would
 * take minutes and hundreds of pages, and the spreadsheet formats serve better.
 */
export const PDF_MAX_ROWS = 5000;

/** Refuses, before anything is sent, what a format cannot hold. */
export function assertRenderable(doc: ReportDocument, format: ReportFormat): void {
  if (format !== 'pdf') return;
  const rows = tablesOf(doc, 'print').reduce((n, t) => n + rowTotal(t.rows), 0);
  if (rows > PDF_MAX_ROWS)
    throw new AppError(
      'C981_ERR_TOO_LARGE',
      `a PDF holds at most ${PDF_MAX_ROWS} table rows and this report has ${rows}: download it as XLSX or CSV`,
      [{ path: 'format', message: `more than ${PDF_MAX_ROWS} rows` }],
    );
}

type Writer = (doc: ReportDocument, out: Writable, onProgress?: Progress) => Promise<void>;
const WRITERS: Readonly<Record<Exclude<ReportFormat, 'pdf'>, Writer>> = {
  xlsx: writeXlsx,
  csv: writeCsv,
  html: writeHtml,
};

/** The report in `format`; a failure while writing destroys the stream with the error. */
export async function renderReport(
  doc: ReportDocument,
  format: ReportFormat,
  onProgress?: Progress,
): Promise<Readable> {
  assertRenderable(doc, format);
  if (format === 'pdf') return pdfStream(doc, onProgress);
  const out = new PassThrough();
  const write = WRITERS[format];
  write(doc, out, onProgress).then(
    // The XLSX writer ends the stream itself (its zip pipes into it); the text writers do not.
    () => {
      if (!out.writableEnded) out.end();
    },
    (err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))),
  );
  return out;
}
