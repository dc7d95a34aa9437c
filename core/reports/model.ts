// The document model every report is built into (issue #8 item 1): a header, a flow of blocks
// (facts, tables, charts, text) and an optional signature block. Pure data, so the builders in
// this folder know nothing about PDF, XLSX, CSV or HTML, and the renderers
// (server/features/reports/render/) know nothing about zones or risks.

export const REPORT_KINDS = ['zones', 'gaps', 'controls', 'inventory', 'risks', 'crs', 'portfolio'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_FORMATS = ['pdf', 'xlsx', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** An SL, gap or count vector: seven entries, index 0 = FR 1; null entries are unknown / not set. */
export type VectorCell = readonly (number | null)[];

/** One table cell; what it means is said by its column's kind. */
export type Cell = string | number | boolean | null | readonly string[] | VectorCell;
export type ReportRow = readonly Cell[];

/**
 * - `text`, `number`, `date` (YYYY-MM-DD or a UTC timestamp), `flag` (yes / no), `list` (strings);
 * - `sl`: an SL vector, coloured with the app's SL scale; `gap`: a gap vector, coloured with the gap
 *   scale; `count`: seven plain numbers per FR. Spreadsheets get one column per FR for these.
 */
export type ColumnKind = 'text' | 'number' | 'date' | 'flag' | 'list' | 'sl' | 'gap' | 'count';

export const VECTOR_KINDS: readonly ColumnKind[] = ['sl', 'gap', 'count'];
export const isVectorKind = (kind: ColumnKind): boolean => VECTOR_KINDS.includes(kind);

export interface ReportColumn {
  title: string;
  kind: ColumnKind;
  /** Printed width: a relative weight ('*' shares what is left, 'auto' fits the content). */
  width?: number | 'auto' | '*';
  /** false: kept in XLSX and CSV, left out of the printed formats (PDF, HTML) where space is short. */
  printed?: boolean;
}

/** Rows that arrive in batches (the inventory: 100k assets are never in memory at once). */
export interface RowStream {
  /** How many rows the batches will yield (for progress and size checks). */
  readonly total: number;
  /** Read once. */
  readonly batches: AsyncIterable<readonly ReportRow[]>;
}

export interface ReportTable {
  /** Short name, unique in the document: the XLSX sheet name. */
  id: string;
  title: string;
  columns: readonly ReportColumn[];
  rows: readonly ReportRow[] | RowStream;
  /** Shown instead of an empty table. */
  empty: string;
}

export const isRowStream = (rows: ReportTable['rows']): rows is RowStream => !Array.isArray(rows);

export interface ReportFact {
  label: string;
  value: string;
}

/** Charts are data here; the server draws them (echarts, server-side SVG). */
export type ReportChart =
  | {
      kind: 'target-vs-achieved';
      title: string;
      caption: string;
      items: readonly { label: string; target: number; achieved: number }[];
    }
  | {
      kind: 'gap-heatmap';
      title: string;
      caption: string;
      /** One row per site; seven values (FR 1–7) per row, null where the site has no zones. */
      rows: readonly { label: string; values: readonly (number | null)[] }[];
    }
  | {
      kind: 'share-trend';
      title: string;
      caption: string;
      /** Share of zones meeting SL-T (0–1) per day. */
      points: readonly { day: string; share: number }[];
    };

export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'text'; text: string; tone?: 'normal' | 'warning' | 'muted' }
  | { kind: 'facts'; facts: readonly ReportFact[] }
  /** `only`: a table meant for print (PDF, HTML) or for spreadsheets (XLSX) alone; default both. */
  | { kind: 'table'; table: ReportTable; only?: 'print' | 'sheet' }
  | { kind: 'chart'; chart: ReportChart };

/** Who the report is about and for: printed on every page of the PDF and at the top of the others. */
export interface ReportHeader {
  title: string;
  /** "Basel API plant (basel)" or, without a site, what the report covers ("3 sites"). */
  subject: string;
  site: { id: string; name: string } | null;
  /** UTC timestamp of generation. */
  generatedAt: string;
  /** The date SL-A, gaps and control validity are evaluated at (YYYY-MM-DD). */
  asOf: string;
  /** The site's latest baseline (issue #7): what the model was last frozen as. */
  baseline: { id: number; name: string; takenAt: string } | null;
  /** A version the report is of, e.g. the risk assessment's for the CRS. */
  version: string | null;
  /** Who asked for the report. */
  author: string;
}

/** A recorded approval: who signed what, when and meaning what (21 CFR Part 11 §11.50 shape). */
export interface SignatureEntry {
  subject: string;
  /** Printed name of the signer. */
  signer: string;
  /** The signer's account id, when it differs from the printed name. */
  account: string | null;
  signedAt: string | null;
  meaning: string;
  detail: string | null;
}

export interface SignatureBlock {
  title: string;
  /** A one-line status above the entries, e.g. "DRAFT — not approved". */
  status: string | null;
  statusTone: 'ok' | 'warning' | null;
  entries: readonly SignatureEntry[];
  /** Shown when there are no entries. */
  empty: string;
}

export interface ReportDocument {
  kind: ReportKind;
  header: ReportHeader;
  orientation: 'portrait' | 'landscape';
  blocks: readonly ReportBlock[];
  /** The one table a CSV holds (a CSV file has one table): flat, one row per record. */
  csv: ReportTable;
  signature: SignatureBlock | null;
}

/** What every builder needs besides its own data; the title and version are the builder's. */
export interface ReportContext {
  site: { id: string; name: string } | null;
  /** Used as the subject when there is no site. */
  scope?: string;
  generatedAt: string;
  asOf: string;
  baseline: ReportHeader['baseline'];
  author: string;
}

export function makeHeader(context: ReportContext, title: string, version: string | null = null): ReportHeader {
  const { site } = context;
  return {
    title,
    subject: site ? `${site.name} (${site.id})` : (context.scope ?? 'All readable sites'),
    site,
    generatedAt: context.generatedAt,
    asOf: context.asOf,
    baseline: context.baseline,
    version,
    author: context.author,
  };
}

/** The tables of a document in order: those printed (PDF, HTML) or those in the spreadsheet (XLSX). */
export const tablesOf = (doc: ReportDocument, medium: 'print' | 'sheet'): ReportTable[] =>
  doc.blocks.flatMap((b) => (b.kind === 'table' && (b.only === undefined || b.only === medium) ? [b.table] : []));

/** The blocks a printed format (PDF, HTML) shows. */
export const printedBlocks = (doc: ReportDocument): ReportBlock[] =>
  doc.blocks.filter((b) => b.kind !== 'table' || b.only !== 'sheet');
