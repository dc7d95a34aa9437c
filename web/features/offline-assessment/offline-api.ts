// The offline checklist of a zone: its download address, and the upload of a filled workbook
// (raw XLSX body) as a dry run or an import (POST …/zones/{zone}/checklist.xlsx).
import type { ChecklistImportAnswer, Resolution } from '../../../core/offline-assessment/answer.js';
import { api, qs } from '../../api/client.js';
import { sitePath } from '../../api/queries.js';

export type {
  Change,
  ChecklistImportAnswer,
  Conflict,
  Resolution,
  ResultValue,
  RowError,
} from '../../../core/offline-assessment/answer.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const checklistUrl = (site: string, zone: string): string => sitePath(site, 'zones', zone, 'checklist.xlsx');

export interface ImportChoice {
  /** Per conflict: which side wins. */
  choices: Record<string, Resolution>;
  reason?: string | undefined;
}

function send(site: string, zone: string, file: Blob, params: Record<string, string | undefined>) {
  return api<ChecklistImportAnswer>(`${checklistUrl(site, zone)}${qs(params)}`, {
    method: 'POST',
    body: file,
    headers: { 'content-type': XLSX },
  });
}

export const previewChecklist = (site: string, zone: string, file: Blob) => send(site, zone, file, { dryRun: 'true' });

/** Imports the file; every conflict must have a choice (the server refuses unresolved ones). */
export function importChecklist(site: string, zone: string, file: Blob, { choices, reason }: ImportChoice) {
  const keep = Object.keys(choices).filter((id) => choices[id] === 'database');
  const anyFile = Object.values(choices).some((c) => c === 'file');
  // One query parameter settles them all; `keep` names the requirements where C-981 stays.
  return send(site, zone, file, {
    resolve: anyFile ? 'file' : keep.length > 0 ? 'database' : undefined,
    keep: anyFile && keep.length > 0 ? keep.join(',') : undefined,
    // The reason rides in the query string, like site-file imports: a header cannot carry every character.
    reason,
  });
}
