import type { Selectable } from 'kysely';
import { canonicalResult } from '../../../core/sitefile/canonical.js';
import type { ResultDoc, ResultInputDoc } from '../../../core/schemas/site-file.js';
import { fromJson, toJson } from '../../db/json-columns.js';
import type { ResultsTable } from '../../db/schema.js';

export function resultFromRow(r: Selectable<ResultsTable>): ResultInputDoc {
  return canonicalResult({
    status: r.status as ResultDoc['status'],
    note: r.note ?? undefined,
    evidence: fromJson<string>(r.evidence),
    assessedBy: r.assessed_by ?? undefined,
    assessedAt: r.assessed_at ?? undefined,
  });
}

export function resultToRow(
  siteId: string,
  scopeId: string,
  requirementId: string,
  input: ResultInputDoc,
  now: string,
): ResultsTable {
  const r: ResultDoc = typeof input === 'string' ? { status: input } : input;
  return {
    site_id: siteId,
    scope_id: scopeId,
    requirement_id: requirementId,
    status: r.status,
    note: r.note ?? null,
    evidence: toJson(r.evidence),
    assessed_by: r.assessedBy ?? null,
    assessed_at: r.assessedAt ?? null,
    updated_at: now,
  };
}
