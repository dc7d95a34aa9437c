// Reading the FR sheets of a filled checklist into one result per requirement, checked with the
// same schema and rules as PUT …/results (the site file's messages), and placed on the sheet,
// row and column an assessor can find. Only rows that differ from the export are checked: a
// value that came out of the database unchanged is the database's business, not the file's.
import { requirement33 } from '../iec62443/catalog.js';
import { explain } from '../schemas/explain.js';
import { ResultDetail } from '../schemas/site-file.js';
import { RESULT_STATUSES, type ResultStatus } from '../schemas/vocabulary.js';
import { checkResults } from '../sitefile/field-rules.js';
import type { Issue } from '../sitefile/issue.js';
import { cellText, dateCellText, evidenceText, isErrorCell } from './cell-text.js';
import { COLUMNS, type ColumnKey } from './checklist-sheet.js';
import type { FileRow } from './merge.js';
import { normalizeResult, sameResult, type ResultValue } from './result-value.js';

/** One FR sheet's rows as the workbook reader found them. */
export interface SheetCells {
  name: string;
  rows: { row: number; cells: Partial<Record<ColumnKey, unknown>> }[];
}

export interface RowError {
  sheet: string;
  row: number;
  requirement: string | null;
  /** The column's header, when the problem is one cell. */
  column: string | null;
  message: string;
}

const header = (key: ColumnKey): string => COLUMNS.find((c) => c.key === key)?.header ?? key;

/** "Not implemented", "NOT_IMPLEMENTED" and "not-implemented" all mean the same status. */
export const statusOf = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

const EDITABLE: readonly ColumnKey[] = COLUMNS.filter((c) => c.editable).map((c) => c.key);

interface Typed {
  status: string;
  note?: string;
  evidence?: string[];
  assessedBy?: string;
  assessedAt?: string;
}

/** The row's result as typed, before any check; null when status and every other cell are empty. */
function typedValue(cells: Partial<Record<ColumnKey, unknown>>): Typed | null {
  const status = statusOf(cellText(cells.status));
  const evidence = evidenceText(cells.evidence)
    .split(/\r?\n/)
    .map((e) => e.trim())
    .filter((e) => e !== '');
  const raw = {
    status,
    note: cellText(cells.note),
    evidence,
    assessedBy: cellText(cells.assessedBy),
    assessedAt: dateCellText(cells.assessedAt),
  };
  const value = normalizeResult(raw as ResultValue);
  if (status === '' && value && !value.note && !value.evidence && !value.assessedBy && !value.assessedAt) return null;
  return value;
}

const COLUMN_OF: Record<string, ColumnKey> = {
  status: 'status',
  note: 'note',
  evidence: 'evidence',
  assessedBy: 'assessedBy',
  assessedAt: 'assessedAt',
};

/** Schema and rule checks of PUT …/results, as cell-placed messages. */
function check(requirement: string, value: Typed): { column: ColumnKey | null; message: string }[] {
  if (value.status === '')
    return [{ column: 'status', message: 'give a status: a note, evidence or assessor needs one (or clear the row)' }];
  if (!RESULT_STATUSES.includes(value.status as ResultStatus))
    return [
      { column: 'status', message: `status must be one of ${RESULT_STATUSES.join(', ')}; got "${value.status}"` },
    ];
  // As PUT …/results does: the schema first, the rules only on a value that has the right shape.
  const issues: Issue[] = [...explain(ResultDetail, value)];
  if (issues.length === 0) checkResults({ [requirement]: value }, [], issues);
  return issues.map((i) => {
    const field = i.path.find((p): p is string => typeof p === 'string' && p in COLUMN_OF);
    return { column: field ? (COLUMN_OF[field] ?? null) : null, message: i.message };
  });
}

export function readFileRows(
  sheets: readonly SheetCells[],
  exported: ReadonlyMap<string, ResultValue | null>,
): { rows: FileRow[]; errors: RowError[] } {
  const rows: FileRow[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, string>();
  for (const sheet of sheets) {
    for (const { row, cells } of sheet.rows) {
      const requirement = cellText(cells.requirement).trim();
      const at = (column: ColumnKey | null, message: string) =>
        errors.push({
          sheet: sheet.name,
          row,
          requirement: requirement || null,
          column: column ? header(column) : null,
          message,
        });
      if (requirement === '') {
        if (EDITABLE.some((k) => cellText(cells[k]).trim() !== ''))
          at('requirement', 'this row has no requirement id: fill the existing rows, do not add new ones');
        continue;
      }
      if (!requirement33(requirement)) {
        at('requirement', `"${requirement}" is not an IEC 62443-3-3 requirement id`);
        continue;
      }
      const where = `${sheet.name} row ${row}`;
      const earlier = seen.get(requirement);
      if (earlier !== undefined) {
        at('requirement', `${requirement} appears twice (also ${earlier}): keep one row`);
        continue;
      }
      seen.set(requirement, where);
      const broken = EDITABLE.find((k) => isErrorCell(cells[k]));
      if (broken) {
        at(broken, 'the cell holds a formula error, not a value');
        continue;
      }
      const typed = typedValue(cells);
      const before = exported.get(requirement) ?? null;
      if (typed === null || sameResult(typed as ResultValue, before)) {
        rows.push({ requirement, sheet: sheet.name, row, value: typed as ResultValue | null });
        continue;
      }
      const problems = check(requirement, typed);
      for (const p of problems) at(p.column, p.message);
      if (problems.length === 0) rows.push({ requirement, sheet: sheet.name, row, value: typed as ResultValue });
    }
  }
  return { rows, errors };
}
