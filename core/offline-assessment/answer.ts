// What POST …/checklist.xlsx answers (dry run or import), shared by the server, the CLI and the
// zone page's "Work offline" panel.
import type { Change, Conflict, Resolution } from './merge.js';
import type { RowError } from './file-rows.js';
import type { ScopeKind } from './meta.js';

export type { Change, Conflict, Resolution, RowError };
export type { ResultValue } from './result-value.js';

export interface ChecklistImportAnswer {
  site: string;
  scopeKind: ScopeKind;
  scope: string;
  dryRun: boolean;
  /** True once the changes are written (never on a dry run). */
  applied: boolean;
  exportedAt: string;
  exportedBy: string;
  /** The database's results of the scope changed since the export (someone else worked on it). */
  databaseChangedSinceExport: boolean;
  changed: Change[];
  unchanged: number;
  /** Rows the file left as exported while the database moved on: the database's value stays. */
  newerInDatabase: string[];
  conflicts: Conflict[];
  errors: RowError[];
  /** The site is regulated and the import would change something: applying needs a reason. */
  reasonRequired: boolean;
}

export const RESOLUTIONS: readonly Resolution[] = ['file', 'database'];
