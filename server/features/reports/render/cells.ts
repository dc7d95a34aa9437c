// Cell values as text, and the flat column layout spreadsheets use: a vector column becomes seven
// columns ("SL-T FR 1" … "SL-T FR 7") so each FR can be sorted and filtered on its own.
import {
  isVectorKind,
  type Cell,
  type ColumnKind,
  type ReportColumn,
  type ReportRow,
  type VectorCell,
} from '../../../../core/reports/model.js';

export const FRS = [1, 2, 3, 4, 5, 6, 7] as const;

/** A scalar cell as text; `listSeparator` joins lists (", " printed, " | " in CSV like the traceability export). */
export function cellText(value: Cell, kind: ColumnKind, listSeparator = ', '): string {
  if (value === null) return '';
  if (Array.isArray(value))
    return (value as readonly (string | number | null)[]).map((v) => v ?? '–').join(listSeparator);
  if (typeof value === 'boolean' || kind === 'flag') return value === true ? 'yes' : 'no';
  return String(value);
}

/** The seven values of a vector cell; seven nulls when the cell is empty. */
export function vectorValues(value: Cell): (number | null)[] {
  if (!Array.isArray(value)) return FRS.map(() => null);
  const v = value as VectorCell;
  return FRS.map((_, i) => v[i] ?? null);
}

export interface FlatColumn {
  title: string;
  kind: ColumnKind;
  /** The model column it comes from. */
  source: number;
  /** For vector columns: which FR (0-based). */
  fr: number | null;
}

export function flatColumns(columns: readonly ReportColumn[]): FlatColumn[] {
  return columns.flatMap((c, source): FlatColumn[] =>
    isVectorKind(c.kind)
      ? FRS.map((f, i) => ({ title: `${c.title} FR ${f}`, kind: c.kind, source, fr: i }))
      : [{ title: c.title, kind: c.kind, source, fr: null }],
  );
}

/** A row in flat layout: vectors spread over seven cells, lists joined, flags as yes / no. */
export function flatValues(
  row: ReportRow,
  columns: readonly FlatColumn[],
  listSeparator: string,
): (string | number | null)[] {
  return columns.map((c) => {
    const value = row[c.source] ?? null;
    if (c.fr !== null) return vectorValues(value)[c.fr] ?? null;
    if (value === null) return null;
    if (typeof value === 'number') return value;
    return cellText(value, c.kind, listSeparator);
  });
}
