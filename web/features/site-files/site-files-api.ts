// Site-file import (POST /api/v1/site-files, the raw YAML or JSON as the body) and export links.
import {
  SITE_FILE_KINDS,
  type ImportResult,
  type SiteChange,
  type SiteFileKind,
} from '../../../core/api/site-files.js';
import { ApiError, api, qs } from '../../api/client.js';

export type { Delta, ImportResult, SiteChange } from '../../../core/api/site-files.js';

/** A problem of the file, placed on its line (DESIGN §5 error details). */
export interface LocatedIssue {
  file: string;
  line: number;
  column: number;
  path: string;
  message: string;
}

export { SITE_FILE_KINDS as ENTITY_KINDS } from '../../../core/api/site-files.js';
export const KIND_LABELS: Record<SiteFileKind, string> = {
  zones: 'Zones',
  conduits: 'Conduits',
  assets: 'Assets',
  results: 'Results',
  compensatingControls: 'Controls',
  risks: 'Risks',
};

function upload(file: Blob, name: string, params: { dryRun?: boolean; reason?: string }): Promise<ImportResult> {
  // The reason travels in the query string (the route accepts both): a header cannot carry every
  // character people type in a reason.
  return api<ImportResult>(
    `/api/v1/site-files${qs({ dryRun: params.dryRun ? 'true' : undefined, reason: params.reason, file: name })}`,
    { method: 'POST', body: file, headers: { 'content-type': 'text/plain; charset=utf-8' } },
  );
}

/**
 * Stands in for the reason while previewing: the server asks for one before it computes the
 * changes of a regulated site, but a dry run rolls back and records nothing.
 */
const PREVIEW_REASON = 'preview (dry run, nothing saved)';

export interface Preview {
  result: ImportResult;
  /** A regulated site would change: Apply must give a reason. */
  reasonRequired: boolean;
}

/** Validates the file and reports what Apply would change, without saving anything. */
export async function previewImport(file: Blob, name: string): Promise<Preview> {
  try {
    return { result: await upload(file, name, { dryRun: true }), reasonRequired: false };
  } catch (e) {
    if (!(e instanceof ApiError && e.code === 'C981_ERR_REASON_REQUIRED')) throw e;
    return { result: await upload(file, name, { dryRun: true, reason: PREVIEW_REASON }), reasonRequired: true };
  }
}

export const applyImport = (file: Blob, name: string, reason: string | undefined) => upload(file, name, { reason });

/** The located issues of a validation error, when the API gave them. */
export function locatedIssues(error: unknown): LocatedIssue[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return (error.details as Partial<LocatedIssue>[]).filter(
    (d): d is LocatedIssue => typeof d.line === 'number' && typeof d.message === 'string',
  );
}

export const exportHref = (site: string, format: 'yaml' | 'json'): string =>
  `/api/v1/sites/${encodeURIComponent(site)}/export${qs({ format })}`;

export const totalChanges = (c: SiteChange): number =>
  SITE_FILE_KINDS.reduce((n, k) => n + c[k].added + c[k].changed + c[k].removed, 0) +
  (c.siteChanged ? 1 : 0) +
  (c.riskMatrixChanged ? 1 : 0);
