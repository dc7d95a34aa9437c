// The offline assessment round trip (issue #8 item 3): export a zone's or conduit's checklist as
// XLSX, and import the filled file back with conflict detection. The import writes through the
// results service, so permissions, validation and the audit record are those of PUT …/results.
import { createHash } from 'node:crypto';
import { requirement33 } from '../../../core/iec62443/catalog.js';
import { todayUtc } from '../../../core/iec62443/dates.js';
import type { ChecklistImportAnswer } from '../../../core/offline-assessment/answer.js';
import { checklistFileName } from '../../../core/offline-assessment/checklist-sheet.js';
import { readFileRows, type RowError } from '../../../core/offline-assessment/file-rows.js';
import { mergeChecklist, unresolved, type Conflict, type Resolution } from '../../../core/offline-assessment/merge.js';
import {
  buildMeta,
  decodeMeta,
  encodeMeta,
  scopeStamp,
  type ScopeKind,
} from '../../../core/offline-assessment/meta.js';
import { resultSummary, sameResult } from '../../../core/offline-assessment/result-value.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../errors.js';
import { requirePermission, requireReason } from '../access.js';
import { writeResults } from '../results/results.service.js';
import { loadScopeChecklist, requireScope, scopeResults, whoIs } from './checklist-data.js';
import { readChecklistWorkbook } from './checklist-read.js';
import { writeChecklistWorkbook } from './checklist-workbook.js';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function exportChecklist(
  db: Db,
  actor: Actor,
  siteId: string,
  kind: ScopeKind,
  scopeId: string,
): Promise<{ fileName: string; body: Buffer }> {
  requirePermission(actor, 'site.read', siteId);
  const list = await loadScopeChecklist(db, actor, siteId, kind, scopeId);
  const who = await whoIs(db, actor);
  const exportedAt = new Date().toISOString();
  const meta = buildMeta(
    { site: siteId, scopeKind: kind, scope: scopeId, exportedAt, exportedBy: who.label },
    list.rows.map((r) => ({ requirement: r.requirement, value: r.result })),
    sha256,
  );
  const body = await writeChecklistWorkbook(
    {
      site: siteId,
      siteName: list.site.name,
      scopeKind: kind,
      scope: scopeId,
      scopeName: list.scope.name,
      slTarget: list.slTarget,
      exportedAt,
      exportedBy: who.label,
    },
    list.rows,
    encodeMeta(meta, sha256),
  );
  return { fileName: checklistFileName(siteId, scopeId, exportedAt.slice(0, 10)), body };
}

export interface ImportOptions {
  dryRun: boolean;
  resolve?: Resolution | undefined;
  /** Conflicts where the database's value stays. */
  keep?: string[] | undefined;
}

const where = (e: RowError): string => `${e.sheet} row ${e.row}${e.column ? ` (${e.column})` : ''}`;

function refuseErrors(errors: RowError[]): void {
  if (errors.length === 0) return;
  const first = errors[0] as RowError;
  throw new AppError(
    'C981_ERR_VALIDATION',
    `${where(first)}: ${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}; nothing was imported`,
    errors.map((e) => ({ path: where(e), message: e.message })),
  );
}

function refuseConflicts(conflicts: Conflict[]): void {
  if (conflicts.length === 0) return;
  throw new AppError(
    'C981_ERR_CONFLICT',
    `${conflicts.length} requirement${conflicts.length === 1 ? '' : 's'} changed both in the file and in C-981 since the export (${conflicts
      .map((c) => c.requirement)
      .join(
        ', ',
      )}): import again with resolve=file (the file wins) or resolve=database (C-981 keeps its value), or keep=… per requirement; nothing was imported`,
    conflicts.map((c) => ({
      path: c.requirement,
      message: `at export: ${resultSummary(c.exported)}; in C-981 now: ${resultSummary(c.database)}; in the file: ${resultSummary(c.file)}`,
    })),
  );
}

export async function importChecklist(
  db: Db,
  actor: Actor,
  siteId: string,
  kind: ScopeKind,
  scopeId: string,
  body: Buffer,
  options: ImportOptions,
): Promise<ChecklistImportAnswer> {
  requirePermission(actor, 'result.update', siteId);
  for (const id of options.keep ?? [])
    if (!requirement33(id))
      throw new AppError('C981_ERR_VALIDATION', `keep: "${id}" is not an IEC 62443-3-3 requirement id`, [
        { path: 'keep', message: `unknown requirement "${id}"` },
      ]);
  const site = await requireScope(db, actor, siteId, kind, scopeId);
  const workbook = await readChecklistWorkbook(body);
  const decoded = decodeMeta(workbook.metaCells, sha256);
  if ('error' in decoded) throw new AppError('C981_ERR_VALIDATION', decoded.error);
  const { meta } = decoded;
  if (meta.site !== siteId || meta.scopeKind !== kind || meta.scope !== scopeId)
    throw new AppError(
      'C981_ERR_VALIDATION',
      `this checklist is for ${meta.scopeKind} "${meta.scope}" of site "${meta.site}", not ${kind} "${scopeId}" of site "${siteId}": upload it there`,
    );

  const exported = new Map(meta.rows.map((r) => [r.requirement, r.value]));
  const { rows, errors } = readFileRows(workbook.sheets, exported);
  const database = await scopeResults(db.kysely, siteId, scopeId);
  const who = await whoIs(db, actor);
  const plan = mergeChecklist(exported, rows, database, {
    resolve: options.resolve,
    keep: options.keep,
    importer: { by: who.assessor, at: todayUtc() },
  });
  const answer: ChecklistImportAnswer = {
    site: siteId,
    scopeKind: kind,
    scope: scopeId,
    dryRun: options.dryRun,
    applied: false,
    exportedAt: meta.exportedAt,
    exportedBy: meta.exportedBy,
    databaseChangedSinceExport:
      scopeStamp(
        [...database].map(([requirement, value]) => ({ requirement, value })),
        sha256,
      ) !== meta.scopeStamp,
    changed: plan.changed,
    unchanged: plan.unchanged,
    newerInDatabase: plan.newerInDatabase,
    conflicts: plan.conflicts,
    errors,
    reasonRequired: site.regulated && plan.changed.length > 0,
  };
  if (options.dryRun) return answer;

  refuseErrors(errors);
  refuseConflicts(unresolved(plan));
  if (plan.changed.length === 0) return { ...answer, applied: true };
  // A bulk change of a validated site's assessment says why, as a site-file import does.
  requireReason(actor, { id: siteId, regulated: site.regulated ? 1 : 0 });
  // The plan was made against `database`; re-read and write in one transaction, so a write that
  // slipped in since is detected rather than overwritten.
  await db.kysely.transaction().execute(async (trx) => {
    const now = await scopeResults(trx, siteId, scopeId);
    if ([...now].some(([id, value]) => !sameResult(value, database.get(id) ?? null)))
      throw new AppError('C981_ERR_CONFLICT', 'the results changed while the checklist was being imported: try again');
    await writeResults(
      trx,
      actor,
      siteId,
      scopeId,
      Object.fromEntries(plan.changed.map((c) => [c.requirement, c.after])),
    );
  });
  return { ...answer, applied: true };
}
