// A report table as a pdfmake table: header rows repeated on every page, vector columns as seven
// small cells coloured with the app's SL and gap scales (two header rows: the vector's name over
// FR 1–7), columns the model marks as not printed left out.
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { isVectorKind, type ReportColumn, type ReportRow } from '../../../../core/reports/model.js';
import { cellText, FRS, vectorValues } from './cells.js';
import { vectorCellColors } from './colors.js';
import { winAnsi } from './win-ansi.js';

/** Width of one FR cell (seven make a vector): one digit for levels and gaps, up to three for counts. */
const FR_CELL = 8;
const FR_COUNT_CELL = 13;

/** Thin grey lines; FR cells get almost no side padding, or 21 of them would eat the page. */
function layout(frColumns: ReadonlySet<number>) {
  const side = (i: number) => (frColumns.has(i) ? 0.5 : 2);
  return {
    hLineWidth: () => 0.4,
    vLineWidth: () => 0.4,
    hLineColor: () => '#b8bec8',
    vLineColor: () => '#b8bec8',
    paddingLeft: side,
    paddingRight: side,
    paddingTop: () => 1.5,
    paddingBottom: () => 1.5,
  };
}

const printed = (columns: readonly ReportColumn[]) => columns.filter((c) => c.printed !== false);

function headerRows(columns: readonly ReportColumn[]): TableCell[][] {
  const two = columns.some((c) => isVectorKind(c.kind));
  const first: TableCell[] = [];
  const second: TableCell[] = [];
  for (const c of columns) {
    if (isVectorKind(c.kind)) {
      first.push(
        { text: winAnsi(c.title), colSpan: 7, style: 'th', alignment: 'center' },
        ...FRS.slice(1).map(() => ({})),
      );
      second.push(...FRS.map((f) => ({ text: String(f), style: 'th', alignment: 'center' as const })));
    } else {
      const text = winAnsi(c.title);
      first.push(two ? { text, style: 'th', rowSpan: 2 } : { text, style: 'th' });
      if (two) second.push({});
    }
  }
  return two ? [first, second] : [first];
}

function bodyRow(row: ReportRow, all: readonly ReportColumn[]): TableCell[] {
  const cells: TableCell[] = [];
  all.forEach((c, i) => {
    if (c.printed === false) return;
    const value = row[i] ?? null;
    if (!isVectorKind(c.kind)) {
      const text = winAnsi(cellText(value, c.kind));
      cells.push(c.kind === 'number' ? { text, alignment: 'right' } : { text });
      return;
    }
    for (const v of vectorValues(value)) {
      const colors = vectorCellColors(c.kind, v);
      cells.push({
        text: v === null ? '–' : String(v),
        alignment: 'center',
        ...(colors ? { fillColor: colors.fill, color: colors.text } : {}),
      });
    }
  });
  return cells;
}

function widths(columns: readonly ReportColumn[]): (number | 'auto' | '*')[] {
  return columns.flatMap((c) =>
    isVectorKind(c.kind) ? FRS.map(() => (c.kind === 'count' ? FR_COUNT_CELL : FR_CELL)) : [c.width ?? 'auto'],
  );
}

/** `rows` are all the rows (the caller checked they fit a printed document). */
export function pdfTable(columns: readonly ReportColumn[], rows: readonly ReportRow[]): Content {
  const shown = printed(columns);
  const head = headerRows(shown);
  const frColumns = new Set<number>();
  let at = 0;
  for (const c of shown) {
    const span = isVectorKind(c.kind) ? 7 : 1;
    if (span === 7) for (let i = 0; i < 7; i++) frColumns.add(at + i);
    at += span;
  }
  return {
    table: {
      headerRows: head.length,
      // A row never splits across pages: a zone's line stays whole.
      dontBreakRows: true,
      widths: widths(shown),
      body: [...head, ...rows.map((r) => bodyRow(r, columns))],
    },
    layout: layout(frColumns),
    style: 'table',
  };
}
