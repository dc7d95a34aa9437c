// Import and export of site files (DESIGN §4, §5): one transaction per import, all or nothing.
import type { SiteFileDoc } from '../../../core/schemas/site-file.js';
import { canonicalSite } from '../../../core/sitefile/canonical.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { AppError, notFound } from '../../errors.js';
import { requirePermission } from '../access.js';
import { recordAudit } from '../audit/audit.repository.js';
import { applySite } from './site-apply.js';
import { refuseDirectEdit } from '../change-requests/change-control.settings.js';
import { checkRisksOnMatrix, importOrgMatrix, keepUnstatedRiskData } from './site-risk-import.js';
import type { ImportResult } from '../../../core/api/site-files.js';
import { writeSiteFile, type ExportFormat, type SiteFileHead } from './site-file-writer.js';
import { findOrgMatrix } from '../risk-matrix/risk-matrix.repository.js';
import { loadSite, organizationName } from './site-loader.js';

export type { ImportResult } from '../../../core/api/site-files.js';

export interface ImportOptions {
  reason?: string;
  /** Validate and compute the changes, then roll back. */
  dryRun?: boolean;
  /** Called after each site of the file, for progress reporting on large imports. */
  onProgress?: (done: number, total: number, site: string) => void;
}

/** Parses, validates and imports site-file text. Throws AppError(C981_ERR_VALIDATION) with located details. */
export async function importSiteText(
  db: Db,
  actor: Actor,
  text: string,
  file: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  // Loaded on demand: the site-file validator pulls in the schema compiler (see validation.ts).
  const { loadSiteFile, SiteFileError } = await import('../../../core/sitefile/load.js');
  let doc: SiteFileDoc;
  try {
    doc = loadSiteFile(text, file);
  } catch (e) {
    if (e instanceof SiteFileError) throw new AppError('C981_ERR_VALIDATION', e.message, e.issues);
    throw e;
  }
  return importSiteDoc(db, actor, doc, options);
}

class DryRun extends Error {
  constructor(readonly result: ImportResult) {
    super('dry run');
  }
}

export async function importSiteDoc(
  db: Db,
  actor: Actor,
  doc: SiteFileDoc,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const now = new Date().toISOString();
  try {
    return await db.kysely.transaction().execute(async (trx) => {
      const result: ImportResult = { sites: [], unchanged: [] };
      const organization = await organizationName(trx);
      if (doc.organization !== undefined && doc.organization !== organization) {
        // The organization's name belongs to whoever administers the whole organization.
        requirePermission(actor, 'site.create');
        await trx.deleteFrom('organization').execute();
        await trx.insertInto('organization').values({ id: 1, name: doc.organization }).execute();
        await recordAudit(trx, actor, {
          action: 'organization.update',
          entity: 'organization',
          reason: options.reason ?? null,
          detail: { before: organization ?? null, after: doc.organization },
        });
      }
      if (doc.riskMatrix !== undefined)
        result.organizationRiskMatrixChanged = await importOrgMatrix(trx, actor, doc.riskMatrix, options.reason, now);
      for (const [index, fileSite] of doc.sites.entries()) {
        options.onProgress?.(index, doc.sites.length, fileSite.id);
        const current = await loadSite(trx, fileSite.id);
        const target = canonicalSite(keepUnstatedRiskData(fileSite, current));
        // An upload can touch several sites: each needs its own right (a new site, site.create).
        requirePermission(actor, current ? 'siteFile.import' : 'site.create', current ? target.id : undefined);
        if (current && JSON.stringify(current) === JSON.stringify(target)) {
          result.unchanged.push(target.id);
          continue;
        }
        // Issue #7: a site under change control changes only through change requests.
        if (current) await refuseDirectEdit(trx, target.id);
        // Validated (GxP) sites: every change must say why (DESIGN §4, regulated).
        if ((current?.regulated || target.regulated) && !options.reason?.trim())
          throw new AppError(
            'C981_ERR_REASON_REQUIRED',
            `site "${target.id}" is regulated: give a reason for this change (--reason or "reason")`,
          );
        await checkRisksOnMatrix(trx, fileSite, target, index);
        const change = await applySite(trx, db.dialect, actor, target, current, now);
        await recordAudit(trx, actor, {
          action: current ? 'site.import' : 'site.create',
          siteId: target.id,
          entity: 'site',
          entityId: target.id,
          reason: options.reason ?? null,
          detail: change,
        });
        result.sites.push(change);
      }
      if (options.dryRun) throw new DryRun(result);
      return result;
    });
  } catch (e) {
    if (e instanceof DryRun) return e.result;
    throw e;
  }
}

/** The site ids to export, checked up front so a missing site fails before anything is written. */
async function resolveSiteIds(db: Db, siteIds: readonly string[] | undefined): Promise<string[]> {
  const all = (await db.kysely.selectFrom('sites').select('id').orderBy('id').execute()).map((r) => r.id);
  if (!siteIds || siteIds.length === 0) return all;
  const known = new Set(all);
  const missing = siteIds.find((id) => !known.has(id));
  if (missing !== undefined) throw notFound('site', missing);
  return [...siteIds];
}

/** The file's top: the organization's name and its own risk matrix, each when set. */
async function fileHead(db: Db): Promise<SiteFileHead> {
  const [organization, matrix] = await Promise.all([organizationName(db.kysely), findOrgMatrix(db.kysely)]);
  return {
    ...(organization !== undefined ? { organization } : {}),
    ...(matrix ? { riskMatrix: matrix.matrix } : {}),
  };
}

/** The canonical site file of the given sites (all sites when none are named), as one document. */
export async function exportSites(db: Db, siteIds: readonly string[] | undefined): Promise<SiteFileDoc> {
  const sites = [];
  for (const id of await resolveSiteIds(db, siteIds)) {
    const site = await loadSite(db.kysely, id);
    if (site) sites.push(site);
  }
  const head = await fileHead(db);
  return { c981: 1, ...head, sites };
}

/** Streams the canonical site file, one site in memory at a time (DESIGN §4 export). */
export async function streamExport(
  db: Db,
  siteIds: readonly string[] | undefined,
  format: ExportFormat,
  write: (chunk: string) => void | Promise<void>,
): Promise<void> {
  const ids = await resolveSiteIds(db, siteIds);
  const head = await fileHead(db);
  async function* sites() {
    for (const id of ids) {
      const site = await loadSite(db.kysely, id);
      if (site) yield site;
    }
  }
  await writeSiteFile(head, sites(), format, write);
}

export async function exportText(
  db: Db,
  siteIds: readonly string[] | undefined,
  format: ExportFormat,
): Promise<string> {
  let out = '';
  await streamExport(db, siteIds, format, (chunk) => {
    out += chunk;
  });
  return out;
}
