import type { Selectable } from 'kysely';
import type { SiteDoc } from '../../../core/schemas/site-file.js';
import { bool } from '../../db/json-columns.js';
import type { SitesTable } from '../../db/schema.js';

export type SiteHead = Omit<
  SiteDoc,
  'zones' | 'conduits' | 'assets' | 'assessments' | 'compensatingControls' | 'riskMatrix' | 'risks'
>;

export function siteFromRow(r: Selectable<SitesTable>): SiteHead & { regulated: boolean } {
  const out: SiteHead = { id: r.id, name: r.name };
  if (r.location !== null) out.location = r.location;
  if (r.timezone !== null) out.timezone = r.timezone;
  if (r.description !== null) out.description = r.description;
  return { ...out, regulated: r.regulated === 1 };
}

export function siteToRow(
  s: SiteHead,
  now: string,
): Omit<SitesTable, 'created_at' | 'revision' | 'change_control' | 'emergency_days'> {
  return {
    id: s.id,
    name: s.name,
    location: s.location ?? null,
    timezone: s.timezone ?? null,
    description: s.description ?? null,
    regulated: bool(s.regulated),
    updated_at: now,
  };
}
