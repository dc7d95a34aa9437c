// The import plan of an asset list (issue #8 item 2): which row creates, updates or leaves alone
// which asset of the site, and every problem with the row number the user sees. Pure: the server
// passes the site's assets and zones, writes the plan, or answers it as the dry run.
import type { AssetDoc } from '../schemas/site-file.js';
import { ASSET_TYPES } from '../schemas/vocabulary.js';
import { canonicalAsset } from '../sitefile/canonical.js';
import { slugOf } from './cell-values.js';
import { convertRow, zoneResolver, type CellProblem, type RowValues } from './convert-row.js';
import { type ImportField, type ImportKey, type RowAction } from './fields.js';
import { mapColumns, type ColumnMapping, type ExplicitMap } from './header-guess.js';
import { indexAssets, keyValues, type KeyIndex } from './key-index.js';
import { cellText, isBlankRow, type SheetRow } from './sheet.js';
import { assetIssues } from './validate-asset.js';

export interface ImportContext {
  site: string;
  key: ImportKey;
  /** The site's assets, canonical (as the asset service reads them). */
  existing: readonly AssetDoc[];
  zones: readonly { id: string; name: string }[];
  /** Header → field (null: ignore), over the guessed mapping. */
  map?: ExplicitMap;
  /** Called every few thousand rows of large files. */
  onProgress?: (done: number, total: number) => void;
}

export interface RowError {
  /** The row as the spreadsheet shows it (1-based, header included). */
  row: number;
  /** The column's header, when the problem is in one cell. */
  column?: string;
  message: string;
}

export interface PlannedRow {
  row: number;
  action: RowAction;
  id?: string;
  /** The asset as it will be stored (canonical), for creates, updates and unchanged rows. */
  asset?: AssetDoc;
  /** Updates: the fields that change. */
  changed?: string[];
}

export interface ImportCounts {
  /** Rows below the header, blank ones included. */
  total: number;
  create: number;
  update: number;
  unchanged: number;
  skipped: number;
  /** Rows with at least one error (problems of the header count on its row). */
  errors: number;
}

export interface AssetImportPlan {
  columns: ColumnMapping[];
  rows: ImportCounts;
  errors: RowError[];
  planned: PlannedRow[];
}

const PROGRESS_EVERY = 2000;

/** The key as messages name it. */
const KEY_WORDS: Record<ImportKey, string> = {
  id: 'id',
  ip: 'IP address',
  mac: 'MAC address',
  serial: 'serial number',
};

/** A value (an id, an address, a serial) → the first row that has it. */
type Seen = Map<string, number>;

interface Converted {
  row: number;
  values: RowValues;
  problems: CellProblem[];
}

export function planAssetImport(sheet: readonly SheetRow[], ctx: ImportContext): AssetImportPlan {
  const headerAt = sheet.findIndex((r) => !isBlankRow(r.cells));
  const header = sheet[headerAt];
  const counts: ImportCounts = { total: 0, create: 0, update: 0, unchanged: 0, skipped: 0, errors: 0 };
  if (header === undefined)
    return {
      columns: [],
      rows: { ...counts, errors: 1 },
      errors: [
        { row: 1, message: 'the file is empty: its first row must name the columns (e.g. Name, Type, IP Address)' },
      ],
      planned: [],
    };
  const { columns, problems } = mapColumns(
    header.cells.map((c) => cellText(c)),
    ctx.map,
  );
  const body = sheet.slice(headerAt + 1);
  counts.total = body.length;
  addSamples(columns, body);
  const fieldColumn = new Map<ImportField, string>();
  for (const c of columns) if (c.field !== null) fieldColumn.set(c.field, c.header);
  problems.push(...missingKeyColumn(ctx.key, fieldColumn));
  if (problems.length > 0)
    return {
      columns,
      rows: { ...counts, errors: 1 },
      errors: problems.map((message) => ({ row: header.row, message })),
      planned: [],
    };

  const zoneOf = zoneResolver(ctx.zones);
  const progress = (done: number) => {
    if (ctx.onProgress && done % PROGRESS_EVERY === 0) ctx.onProgress(done, body.length * 2);
  };
  // Pass 1 converts every row, so ids made from names can avoid ids written anywhere in the file.
  const converted: (Converted | null)[] = body.map((r, i) => {
    progress(i);
    return isBlankRow(r.cells) ? null : { row: r.row, ...convertRow(r.cells, columns, zoneOf, ctx.site) };
  });
  const planner = new RowPlanner(ctx, fieldColumn, converted);
  const planned: PlannedRow[] = [];
  const errors: RowError[] = [];
  converted.forEach((c, i) => {
    progress(body.length + i);
    const row = body[i]?.row ?? 0;
    if (c === null) {
      counts.skipped++;
      planned.push({ row, action: 'skip' });
      return;
    }
    const { plannedRow, problems: rowProblems } = planner.plan(c);
    if (rowProblems.length > 0) {
      counts.errors++;
      errors.push(...rowProblems.map((p) => ({ row, ...p })));
      planned.push({ row, action: 'error', ...(plannedRow.id !== undefined ? { id: plannedRow.id } : {}) });
      return;
    }
    counts[plannedRow.action as 'create' | 'update' | 'unchanged']++;
    planned.push(plannedRow);
  });
  ctx.onProgress?.(body.length * 2, body.length * 2);
  return { columns, rows: counts, errors, planned };
}

const SAMPLE_LENGTH = 60;

function addSamples(columns: ColumnMapping[], body: readonly SheetRow[]): void {
  for (const c of columns) {
    const cell = body.find((r) => cellText(r.cells[c.index]) !== '')?.cells[c.index];
    if (cell !== undefined) c.sample = cellText(cell).slice(0, SAMPLE_LENGTH);
  }
}

function missingKeyColumn(key: ImportKey, fieldColumn: ReadonlyMap<ImportField, string>): string[] {
  if (key === 'id')
    return fieldColumn.has('id') || fieldColumn.has('name')
      ? []
      : [
          'no column is mapped to id or name: map one (e.g. "Hostname:name"); rows without an id get one from their name',
        ];
  if (fieldColumn.has(key)) return [];
  const example = key === 'ip' ? 'IP Address:ip' : key === 'mac' ? 'MAC Address:mac' : 'Serial Number:serial';
  return [
    `no column is mapped to ${key}, the key rows are matched by: map one (e.g. "${example}") or choose another key`,
  ];
}

/** Plans rows one after the other, remembering what earlier rows used. */
class RowPlanner {
  private readonly index: KeyIndex;
  private readonly keyWord: string;
  /** Ids written in the file: ids made from names keep clear of them. */
  private readonly explicitIds = new Set<string>();
  private readonly ids: Seen = new Map();
  private readonly ips: Seen = new Map();
  private readonly macs: Seen = new Map();
  private readonly serials: Seen = new Map();
  /** Existing asset id → the row that matched it. */
  private readonly claimed: Seen = new Map();

  constructor(
    private readonly ctx: ImportContext,
    private readonly fieldColumn: ReadonlyMap<ImportField, string>,
    converted: readonly (Converted | null)[],
  ) {
    this.index = indexAssets(ctx.key, ctx.existing);
    this.keyWord = KEY_WORDS[ctx.key];
    for (const c of converted) if (c?.values.id !== undefined) this.explicitIds.add(c.values.id);
  }

  private column(field: ImportField): { column?: string } {
    const header = this.fieldColumn.get(field);
    return header !== undefined ? { column: header } : {};
  }

  /** Reports values an earlier row already has; remembers them otherwise. */
  private duplicates(c: Converted, id: string | undefined): CellProblem[] {
    const out: CellProblem[] = [];
    const check = (seen: Seen, field: ImportField, values: readonly string[], what: (v: string) => string) => {
      for (const v of values) {
        const k = field === 'serial' ? v : v.toLowerCase();
        const first = seen.get(k);
        if (first === undefined) seen.set(k, c.row);
        else if (first !== c.row) out.push({ ...this.column(field), message: `${what(v)} is also in row ${first}` });
      }
    };
    check(this.ids, 'id', id !== undefined ? [id] : [], (v) => `id "${v}"`);
    check(this.ips, 'ip', c.values.ip ?? [], (v) => `IP address ${v}`);
    check(this.macs, 'mac', c.values.mac ?? [], (v) => `MAC address ${v}`);
    check(
      this.serials,
      'serial',
      c.values.serial !== undefined ? [c.values.serial] : [],
      (v) => `serial number "${v}"`,
    );
    return out;
  }

  /** An id made from the name, clear of ids in the file and (unless it is the key) of the site's. */
  private idFromName(c: Converted): string {
    const base = slugOf(c.values.name ?? '') || `asset-${c.row}`;
    const taken = (id: string) =>
      this.explicitIds.has(id) || this.ids.has(id) || (this.ctx.key !== 'id' && this.index.hasId(id));
    let id = base;
    for (let n = 2; taken(id); n++) id = `${base}-${n}`;
    return id;
  }

  plan(c: Converted): { plannedRow: PlannedRow; problems: CellProblem[] } {
    const { key } = this.ctx;
    const problems = [...c.problems];
    const given = c.values.id;
    // Rows match by their key; by id, a row without one matches by the id its name gives.
    let made: string | undefined;
    let matches: AssetDoc[];
    if (key === 'id') {
      made = given === undefined && c.values.name !== undefined ? this.idFromName(c) : undefined;
      const id = given ?? made;
      matches = id !== undefined ? this.index.match([id]) : [];
    } else {
      const keys = keyValues(key, c.values);
      if (keys.length === 0)
        problems.push({
          ...this.column(key),
          message: `no ${this.keyWord} to match the site's assets by (the key is ${key})`,
        });
      matches = this.index.match(keys);
      if (given === undefined && matches.length === 0 && c.values.name !== undefined) made = this.idFromName(c);
    }
    if (matches.length > 1)
      problems.push({
        ...this.column(key),
        message: `matches ${matches.length} assets by ${this.keyWord}: ${matches.map((a) => `"${a.id}"`).join(', ')}; a row may update one asset only`,
      });
    const match = matches.length === 1 ? matches[0] : undefined;
    problems.push(...this.duplicates(c, given ?? made));
    const id = given ?? match?.id ?? made;

    if (match) {
      const earlier = this.claimed.get(match.id);
      if (earlier !== undefined && earlier !== c.row)
        problems.push({ ...this.column(key), message: `matches the same asset "${match.id}" as row ${earlier}` });
      else this.claimed.set(match.id, c.row);
      if (given !== undefined && given !== match.id)
        problems.push({
          ...this.column('id'),
          message: `id "${given}" differs from "${match.id}", the asset this row matches by ${this.keyWord} (ids never change)`,
        });
    } else if (matches.length === 0) {
      if (given !== undefined && key !== 'id' && this.index.hasId(given))
        problems.push({
          ...this.column('id'),
          message: `id "${given}" belongs to an asset this row does not match by ${this.keyWord}; choose the key id to update it`,
        });
      // A cell that could not be read has its own message already.
      const unread = (field: ImportField) => c.problems.some((p) => p.column === this.fieldColumn.get(field));
      if (c.values.name === undefined)
        problems.push({ ...this.column('name'), message: 'name is required for a new asset' });
      if (c.values.type === undefined && !unread('type'))
        problems.push({
          ...this.column('type'),
          message: `type is required for a new asset; write one of ${ASSET_TYPES.join(', ')}`,
        });
    }
    if (problems.length > 0 || id === undefined)
      return { plannedRow: { row: c.row, action: 'error', ...(id !== undefined ? { id } : {}) }, problems };

    // Updates keep every field the row leaves blank, and everything a cell cannot hold.
    const candidate = { ...(match ?? {}), ...c.values, id } as AssetDoc;
    const issues = assetIssues(candidate);
    if (issues.length > 0)
      return {
        plannedRow: { row: c.row, action: 'error', id },
        problems: issues.map((i) => {
          const field = i.path[0];
          return { ...(typeof field === 'string' ? this.column(field as ImportField) : {}), message: i.message };
        }),
      };
    const asset = canonicalAsset(candidate);
    if (!match) return { plannedRow: { row: c.row, action: 'create', id, asset }, problems };
    const changed = changedFields(match, asset);
    return {
      plannedRow:
        changed.length === 0
          ? { row: c.row, action: 'unchanged', id, asset }
          : { row: c.row, action: 'update', id, asset, changed },
      problems,
    };
  }
}

function changedFields(before: AssetDoc, after: AssetDoc): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof AssetDoc>;
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}
