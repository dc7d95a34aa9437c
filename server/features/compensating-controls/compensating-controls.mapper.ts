import type { Selectable } from 'kysely';
import { canonicalControl } from '../../../core/sitefile/canonical.js';
import type { CompensatingControlDoc } from '../../../core/schemas/site-file.js';
import { fromJson, toJson } from '../../db/json-columns.js';
import type { CompensatingControlsTable } from '../../db/schema.js';

export function controlFromRow(r: Selectable<CompensatingControlsTable>): CompensatingControlDoc {
  return canonicalControl({
    id: r.id,
    scope: r.scope_id,
    requirements: fromJson<string>(r.requirements) ?? [],
    assets: fromJson<string>(r.assets),
    kind: r.kind as CompensatingControlDoc['kind'],
    description: r.description ?? undefined,
    rationale: r.rationale ?? undefined,
    approvedBy: r.approved_by ?? undefined,
    approvedAt: r.approved_at ?? undefined,
    expires: r.expires ?? undefined,
  });
}

export function controlToRow(
  siteId: string,
  c: CompensatingControlDoc,
  now: string,
): Omit<CompensatingControlsTable, 'created_at'> {
  return {
    site_id: siteId,
    id: c.id,
    scope_id: c.scope,
    kind: c.kind,
    requirements: JSON.stringify(c.requirements),
    assets: toJson(c.assets),
    description: c.description ?? null,
    rationale: c.rationale ?? null,
    approved_by: c.approvedBy ?? null,
    approved_at: c.approvedAt ?? null,
    expires: c.expires ?? null,
    updated_at: now,
  };
}
