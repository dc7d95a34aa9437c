// Spreadsheet import of asset lists (issue #8 item 2): plan the rows (core/asset-import), answer
// the plan as a dry run, or write it in one transaction, all or nothing, audited once.
import {
  MAX_LISTED_ERRORS,
  PREVIEW_ROWS,
  type AssetImportAnswer,
  type RowError,
} from '../../../core/asset-import/answer.js';
import { IMPORT_KEYS, isImportKey, type ImportKey } from '../../../core/asset-import/fields.js';
import { parseMapSpec, type ExplicitMap } from '../../../core/asset-import/header-guess.js';
import { planAssetImport, type AssetImportPlan } from '../../../core/asset-import/plan.js';
import { SheetError, type SheetRow } from '../../../core/asset-import/sheet.js';
import type { AssetDoc } from '../../../core/schemas/site-file.js';
import type { Actor } from '../../actor.js';
import type { Queryable } from '../../db/batch.js';
import type { Db } from '../../db/connection.js';
import { AppError, type ErrorDetail } from '../../errors.js';
import { requirePermission, requireReason } from '../access.js';
import { recordAudit } from '../audit/audit.repository.js';
import { refuseDirectEdit } from '../change-requests/change-control.settings.js';
import { nowIso, requireSite } from '../site-refs.js';
import { insertAssets, siteAssets, siteZones, updateAssets } from './asset-import.repository.js';
import { detectFormat, readSheet, type SheetFormat } from './read-sheet.js';

export type ImportPhase = 'check' | 'write';

export interface AssetImportOptions {
  /** id (default), ip, mac or serial. */
  key?: string;
  /** "Header:field,…" over the guessed mapping. */
  map?: string;
  /** csv or xlsx; detected from the content when absent. */
  format?: string;
  dryRun?: boolean;
  /** Called as rows are checked and written, for the CLI's progress bar. */
  onProgress?: (phase: ImportPhase, done: number, total: number) => void;
}

const bad = (message: string, details?: ErrorDetail[]) => new AppError('C981_ERR_VALIDATION', message, details);

function keyOf(given: string | undefined): ImportKey {
  if (given === undefined) return 'id';
  if (isImportKey(given)) return given;
  throw bad(`key must be one of ${IMPORT_KEYS.join(', ')}; got "${given}"`, [{ path: 'key', message: given }]);
}

function mapOf(spec: string | undefined): ExplicitMap {
  if (spec === undefined || spec.trim() === '') return new Map();
  const { map, problems } = parseMapSpec(spec);
  if (problems.length > 0)
    throw bad(
      `map: ${problems[0]}`,
      problems.map((message) => ({ path: 'map', message })),
    );
  return map;
}

/** Row errors as error details: `{ row, column?, message }`, the same objects the dry run lists. */
const rowDetails = (errors: readonly RowError[]): ErrorDetail[] =>
  // ErrorDetail describes file/line errors; spreadsheet rows are their own shape (docs/api.md).
  errors.slice(0, MAX_LISTED_ERRORS) as unknown as ErrorDetail[];

async function readUpload(
  bytes: Uint8Array,
  format: string | undefined,
): Promise<{ format: SheetFormat; sheet: SheetRow[] }> {
  if (bytes.length === 0) throw bad('send the spreadsheet (CSV or XLSX) as the request body');
  try {
    const detected = detectFormat(bytes, format);
    return { format: detected, sheet: await readSheet(bytes, detected) };
  } catch (e) {
    if (e instanceof SheetError)
      throw bad(e.message, e.row !== undefined ? rowDetails([{ row: e.row, message: e.message }]) : undefined);
    throw e;
  }
}

const changes = (plan: AssetImportPlan) => plan.rows.create + plan.rows.update;

async function planFor(
  db: Queryable,
  siteId: string,
  sheet: readonly SheetRow[],
  key: ImportKey,
  map: ExplicitMap,
  options: AssetImportOptions,
): Promise<AssetImportPlan> {
  const [existing, zones] = await Promise.all([siteAssets(db, siteId), siteZones(db, siteId)]);
  return planAssetImport(sheet, {
    site: siteId,
    key,
    existing,
    zones,
    map,
    ...(options.onProgress ? { onProgress: (done, total) => options.onProgress?.('check', done, total) } : {}),
  });
}

function answerOf(
  siteId: string,
  regulated: boolean,
  key: ImportKey,
  format: SheetFormat,
  dryRun: boolean,
  plan: AssetImportPlan,
): AssetImportAnswer {
  return {
    site: siteId,
    key,
    format,
    dryRun,
    reasonRequired: regulated && changes(plan) > 0,
    columns: plan.columns.map(({ header, field, guessed, note, sample }) => ({
      header,
      field,
      guessed,
      ...(note !== undefined ? { note } : {}),
      ...(sample !== undefined ? { sample } : {}),
    })),
    rows: plan.rows,
    errors: plan.errors.slice(0, MAX_LISTED_ERRORS),
    preview: plan.planned.slice(0, PREVIEW_ROWS),
  };
}

/**
 * Plans the uploaded asset list against the site; without `dryRun`, writes it when no row has an
 * error. Creating needs asset.create, updating also asset.update; a site under change control is
 * refused (its model changes through change requests), a regulated one needs the actor's reason.
 */
export async function importAssets(
  db: Db,
  actor: Actor,
  siteId: string,
  bytes: Uint8Array,
  options: AssetImportOptions = {},
): Promise<AssetImportAnswer> {
  // Checked again here, not only on the route: the CLI calls this too.
  requirePermission(actor, 'asset.create', siteId);
  const key = keyOf(options.key);
  const map = mapOf(options.map);
  const site = await requireSite(db.kysely, siteId);
  const { format, sheet } = await readUpload(bytes, options.format);

  if (options.dryRun) {
    const plan = await planFor(db.kysely, siteId, sheet, key, map, options);
    // Issue #7: tell now, not after the user has fixed every row, that this site takes no direct edits.
    if (changes(plan) > 0) await refuseDirectEdit(db.kysely, siteId);
    return answerOf(siteId, site.regulated === 1, key, format, true, plan);
  }

  return db.kysely.transaction().execute(async (trx) => {
    // Planned inside the transaction, so what is written is what was checked.
    const current = await requireSite(trx, siteId);
    const plan = await planFor(trx, siteId, sheet, key, map, options);
    if (plan.rows.errors > 0) {
      const first = plan.errors[0];
      const more = plan.errors.length > 1 ? ` (and ${plan.errors.length - 1} more)` : '';
      throw bad(
        `nothing was imported: row ${first?.row ?? '?'}${first?.column !== undefined ? `, column "${first.column}"` : ''}: ${first?.message ?? 'invalid'}${more}`,
        rowDetails(plan.errors),
      );
    }
    if (changes(plan) > 0) {
      if (plan.rows.update > 0) requirePermission(actor, 'asset.update', siteId);
      await refuseDirectEdit(trx, siteId);
      // Validated (GxP) sites: every change says why (21 CFR Part 11 §11.10(e)).
      requireReason(actor, current);
      await write(trx, db, siteId, plan, key, format, actor, options);
    }
    return answerOf(siteId, current.regulated === 1, key, format, false, plan);
  });
}

const SAMPLE = 20;

async function write(
  trx: Queryable,
  db: Db,
  siteId: string,
  plan: AssetImportPlan,
  key: ImportKey,
  format: SheetFormat,
  actor: Actor,
  options: AssetImportOptions,
): Promise<void> {
  const now = nowIso();
  const of = (action: 'create' | 'update') =>
    plan.planned.filter((p) => p.action === action && p.asset).map((p) => p.asset as AssetDoc);
  const creates = of('create');
  const updates = of('update');
  const total = creates.length + updates.length;
  let written = 0;
  const onBatch = (n: number) => {
    written += n;
    options.onProgress?.('write', written, total);
  };
  await insertAssets(trx, db.dialect, siteId, creates, now, onBatch);
  await updateAssets(trx, siteId, updates, now, onBatch);
  await recordAudit(trx, actor, {
    action: 'asset.import',
    siteId,
    entity: 'site',
    entityId: siteId,
    detail: {
      format,
      key,
      rows: plan.rows,
      created: creates.slice(0, SAMPLE).map((a) => a.id),
      updated: updates.slice(0, SAMPLE).map((a) => a.id),
    },
  });
}
