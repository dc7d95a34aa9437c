// A spreadsheet as the import sees it: rows of cells, each row with the number the user sees in
// Excel (1-based, the header row included), so every message points at the right row.

/** A cell as read: text from CSV; text, numbers and booleans from XLSX (dates already ISO text). */
export type Cell = string | number | boolean | null;

export interface SheetRow {
  /** 1-based, counting every row from the top of the sheet or file, the header included. */
  row: number;
  cells: Cell[];
}

/** A row where every cell is empty or whitespace (Excel often leaves such rows, or `;;;;` lines). */
export const isBlankRow = (cells: readonly Cell[]): boolean =>
  cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));

/** A cell as text, trimmed ("" when empty). */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  return String(cell);
}

/** A problem of the whole file (not of one row), e.g. a CSV quote that never closes. */
export class SheetError extends Error {
  constructor(
    message: string,
    readonly row?: number,
  ) {
    super(message);
    this.name = 'SheetError';
  }
}
