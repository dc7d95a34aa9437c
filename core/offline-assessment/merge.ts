// The three-way merge of an offline checklist (issue #8 item 3): the value of each requirement at
// export (from the file's `_meta` sheet), in the filled file, and in the database now. Only what
// the assessor changed in the file is written, so a stale file never overwrites newer database
// values; a requirement changed on both sides to different content is a conflict the importer
// must resolve (file wins, or the database's value stays).
import { compare33 } from '../iec62443/catalog.js';
import { sameContent, sameResult, type ResultValue } from './result-value.js';

export type Resolution = 'file' | 'database';

/** One requirement's row as read from the filled file. */
export interface FileRow {
  requirement: string;
  sheet: string;
  /** 1-based spreadsheet row. */
  row: number;
  value: ResultValue | null;
}

export interface Change {
  requirement: string;
  /** The database's value now. */
  before: ResultValue | null;
  /** What the import writes (null removes the result). */
  after: ResultValue | null;
}

export interface Conflict {
  requirement: string;
  exported: ResultValue | null;
  database: ResultValue | null;
  file: ResultValue | null;
  /** How the caller resolved it; null while unresolved (the import is then refused). */
  resolution: Resolution | null;
}

export interface MergeOptions {
  /** Applies to every conflict not listed in `keep`. */
  resolve?: Resolution | undefined;
  /** Conflicts where the database's value stays, whatever `resolve` says. */
  keep?: readonly string[] | undefined;
  /** Who and when, for changed rows whose file leaves the attribution blank or stale. */
  importer: { by: string; at: string };
}

export interface MergePlan {
  changed: Change[];
  /** Rows the file leaves as exported, or already equal to the database. */
  unchanged: number;
  /** Rows the file leaves as exported while the database changed since: the database's value stays. */
  newerInDatabase: string[];
  conflicts: Conflict[];
}

/**
 * The result a changed row writes. A changed status, note or evidence is a new assessment: when
 * the file still carries the exported "assessed by / at" (or none), the importer and today stand
 * in, so the record never credits the previous assessor with the new finding.
 */
export function attributed(
  file: ResultValue,
  exported: ResultValue | null,
  importer: { by: string; at: string },
): ResultValue {
  const newContent = !sameContent(file, exported);
  const stale = (value: string | undefined, before: string | undefined) =>
    value === undefined || (newContent && value === before);
  return {
    ...file,
    assessedBy: stale(file.assessedBy, exported?.assessedBy) ? importer.by : file.assessedBy,
    assessedAt: stale(file.assessedAt, exported?.assessedAt) ? importer.at : file.assessedAt,
  };
}

export function mergeChecklist(
  exported: ReadonlyMap<string, ResultValue | null>,
  file: readonly FileRow[],
  database: ReadonlyMap<string, ResultValue | null>,
  options: MergeOptions,
): MergePlan {
  const keep = new Set(options.keep ?? []);
  const plan: MergePlan = { changed: [], unchanged: 0, newerInDatabase: [], conflicts: [] };
  const rows = [...file].sort((a, b) => compare33(a.requirement, b.requirement));
  for (const row of rows) {
    const before = exported.get(row.requirement) ?? null;
    const now = database.get(row.requirement) ?? null;
    const databaseChanged = !sameResult(now, before);
    if (sameResult(row.value, before)) {
      plan.unchanged++;
      if (databaseChanged) plan.newerInDatabase.push(row.requirement);
      continue;
    }
    const after = row.value === null ? null : attributed(row.value, before, options.importer);
    if (!databaseChanged) {
      plan.changed.push({ requirement: row.requirement, before: now, after });
      continue;
    }
    // Both sides moved. The same finding reached the database another way: nothing to do.
    if (sameContent(row.value, now)) {
      plan.unchanged++;
      continue;
    }
    const resolution: Resolution | null = keep.has(row.requirement) ? 'database' : (options.resolve ?? null);
    plan.conflicts.push({ requirement: row.requirement, exported: before, database: now, file: row.value, resolution });
    if (resolution === 'file') plan.changed.push({ requirement: row.requirement, before: now, after });
  }
  return plan;
}

/** The conflicts nobody decided on: while any remain, nothing may be written. */
export const unresolved = (plan: MergePlan): Conflict[] => plan.conflicts.filter((c) => c.resolution === null);
