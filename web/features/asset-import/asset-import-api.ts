// Spreadsheet import of asset lists (POST /api/v1/sites/{site}/asset-imports, the raw CSV or XLSX
// file as the body): the dry run behind the mapping and preview steps, and the import itself.
import type { AssetImportAnswer, RowError } from '../../../core/asset-import/answer.js';
import type { ImportField, ImportKey } from '../../../core/asset-import/fields.js';
import { ApiError, api, qs } from '../../api/client.js';
import { sitePath } from '../../api/queries.js';

export type { AssetImportAnswer, ColumnAnswer, PreviewRow, RowError } from '../../../core/asset-import/answer.js';

/** The columns the user mapped by hand: header → field, or null to ignore the column. */
export type Overrides = Readonly<Record<string, ImportField | null>>;

export interface UploadParams {
  key: ImportKey;
  overrides: Overrides;
  dryRun: boolean;
  reason?: string | undefined;
}

export function uploadAssets(site: string, file: Blob, p: UploadParams): Promise<AssetImportAnswer> {
  // The JSON form of the mapping: headers may hold commas and colons.
  const map = Object.keys(p.overrides).length > 0 ? JSON.stringify(p.overrides) : undefined;
  return api<AssetImportAnswer>(
    `${sitePath(site, 'asset-imports')}${qs({ dryRun: p.dryRun ? 'true' : undefined, key: p.key === 'id' ? undefined : p.key, map })}`,
    { method: 'POST', body: file, reason: p.reason, headers: { 'content-type': 'application/octet-stream' } },
  );
}

/** Only the overrides for headers the file has (another file may lack some; the server would refuse them). */
export const overridesFor = (overrides: Overrides, headers: readonly string[]): Overrides =>
  Object.fromEntries(Object.entries(overrides).filter(([h]) => headers.includes(h)));

/** The row errors of a refused import, when the API gave them. */
export function rowErrors(error: unknown): RowError[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return (error.details as Partial<RowError>[]).filter(
    (d): d is RowError => typeof d.row === 'number' && typeof d.message === 'string',
  );
}

export const changeCount = (a: AssetImportAnswer): number => a.rows.create + a.rows.update;
