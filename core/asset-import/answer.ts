// What POST /api/v1/sites/{site}/asset-imports answers (dry run and commit alike), shared by the
// server, the CLI's --json output and the web app's preview.
import type { AssetDoc } from '../schemas/site-file.js';
import type { ImportField, ImportKey, RowAction } from './fields.js';
import type { ImportCounts, RowError } from './plan.js';

export type { ImportCounts, RowError } from './plan.js';

/** How many planned rows the answer shows: enough to check a mapping, small enough for any file. */
export const PREVIEW_ROWS = 50;
/** At most this many errors are listed (`rows.errors` counts them all). */
export const MAX_LISTED_ERRORS = 1000;

export interface ColumnAnswer {
  header: string;
  field: ImportField | null;
  guessed: boolean;
  note?: string;
  /** The column's first value (up to 60 characters). */
  sample?: string;
}

export interface PreviewRow {
  row: number;
  action: RowAction;
  id?: string;
  asset?: AssetDoc;
  changed?: string[];
}

export interface AssetImportAnswer {
  site: string;
  key: ImportKey;
  format: 'csv' | 'xlsx';
  /** True: nothing was saved. */
  dryRun: boolean;
  /** The site is regulated and the import changes it: committing needs a reason. */
  reasonRequired: boolean;
  columns: ColumnAnswer[];
  rows: ImportCounts;
  errors: RowError[];
  preview: PreviewRow[];
}
