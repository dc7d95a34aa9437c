// The layout of an offline checklist workbook (issue #8 item 3): a cover sheet, one sheet per FR
// with one row per 3-3 requirement, and the hidden `_meta` sheet (meta.ts). Shared by the writer
// and the reader, so both agree on sheet names and columns.
import { FOUNDATIONAL_REQUIREMENTS } from '../iec62443/catalog.js';
import { RESULT_STATUSES } from '../schemas/vocabulary.js';
import type { ResultValue } from './result-value.js';
import type { ScopeKind } from './meta.js';

export const COVER_SHEET = 'Cover';

/** "FR 1 IAC" … "FR 7 RA". */
export const frSheetName = (fr: number): string =>
  `FR ${fr} ${FOUNDATIONAL_REQUIREMENTS.find((f) => f.fr === fr)?.abbrev ?? ''}`.trim();

export const FR_SHEETS: readonly { fr: number; name: string; title: string }[] = FOUNDATIONAL_REQUIREMENTS.map((f) => ({
  fr: f.fr,
  name: frSheetName(f.fr),
  title: f.title,
}));

export type ColumnKey =
  | 'requirement'
  | 'title'
  | 'description'
  | 'minSl'
  | 'applies'
  | 'status'
  | 'note'
  | 'evidence'
  | 'assessedBy'
  | 'assessedAt';

export interface Column {
  key: ColumnKey;
  header: string;
  width: number;
  /** The assessor fills these; the others are facts of the catalog and the scope. */
  editable: boolean;
}

export const COLUMNS: readonly Column[] = [
  { key: 'requirement', header: 'Requirement', width: 14, editable: false },
  { key: 'title', header: 'Title', width: 40, editable: false },
  { key: 'description', header: 'What it asks (C-981 summary)', width: 56, editable: false },
  { key: 'minSl', header: 'Required at SL', width: 10, editable: false },
  { key: 'applies', header: 'Applies at SL-T', width: 11, editable: false },
  { key: 'status', header: 'Status', width: 18, editable: true },
  { key: 'note', header: 'Note', width: 40, editable: true },
  { key: 'evidence', header: 'Evidence (one per line)', width: 40, editable: true },
  { key: 'assessedBy', header: 'Assessed by', width: 24, editable: true },
  { key: 'assessedAt', header: 'Assessed at (YYYY-MM-DD)', width: 16, editable: true },
];

/** 1-based spreadsheet column of a key. */
export const columnNumber = (key: ColumnKey): number => COLUMNS.findIndex((c) => c.key === key) + 1;

export const STATUS_CHOICES: readonly string[] = RESULT_STATUSES;

/** One requirement of the scope's checklist, as the export writes it. */
export interface SheetRow {
  requirement: string;
  fr: number;
  title: string;
  description: string | null;
  minSl: number;
  /** Required at the scope's SL-T; null when the scope has no SL-T. */
  applies: boolean | null;
  result: ResultValue | null;
}

export const appliesText = (applies: boolean | null): string => (applies === null ? 'no SL-T' : applies ? 'yes' : 'no');

/** The row's cells in column order. */
export function rowCells(row: SheetRow): (string | number)[] {
  const r = row.result;
  const values: Record<ColumnKey, string | number> = {
    requirement: row.requirement,
    title: row.title,
    description: row.description ?? '',
    minSl: row.minSl,
    applies: appliesText(row.applies),
    status: r?.status ?? '',
    note: r?.note ?? '',
    evidence: (r?.evidence ?? []).join('\n'),
    assessedBy: r?.assessedBy ?? '',
    assessedAt: r?.assessedAt ?? '',
  };
  return COLUMNS.map((c) => values[c.key]);
}

/** What the cover sheet says about the export. */
export interface CoverFacts {
  site: string;
  siteName: string;
  scopeKind: ScopeKind;
  scope: string;
  scopeName: string;
  slTarget: number[] | null;
  exportedAt: string;
  exportedBy: string;
}

export function coverLines(f: CoverFacts): [string, string][] {
  const kind = f.scopeKind === 'zone' ? 'Zone' : 'Conduit';
  return [
    ['Site', `${f.site} — ${f.siteName}`],
    [kind, f.scopeName && f.scopeName !== f.scope ? `${f.scope} — ${f.scopeName}` : f.scope],
    ['SL-T (FR 1–7)', f.slTarget ? f.slTarget.join(' · ') : 'not set: no requirement applies yet'],
    ['Exported at', f.exportedAt],
    ['Exported by', f.exportedBy],
  ];
}

export const COVER_HELP: readonly string[] = [
  'Fill the highlighted columns of the FR sheets: status (pick from the list), note, evidence (one link or reference per line), assessed by and at.',
  'Leave rows you did not assess exactly as they are: only rows you change are imported, so newer values in C-981 are never overwritten by an old file.',
  'Do not rename sheets or touch the hidden _meta sheet: it tells C-981 what the checklist looked like at export.',
  'Upload the file on the zone page (Work offline) or with: c981 checklist import FILE --site SITE --scope SCOPE.',
];

/** checklist-<site>-<scope>-<date>.xlsx */
export const checklistFileName = (site: string, scope: string, date: string): string =>
  `checklist-${site}-${scope}-${date}.xlsx`;
