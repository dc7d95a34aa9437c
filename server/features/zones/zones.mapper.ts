import type { Selectable } from 'kysely';
import { canonicalZone } from '../../../core/sitefile/canonical.js';
import type { ZoneDoc } from '../../../core/schemas/site-file.js';
import type { ZonesTable } from '../../db/schema.js';
import { columnsToVector, vectorToColumns } from '../../db/sl-columns.js';

export function zoneFromRow(r: Selectable<ZonesTable>): ZoneDoc {
  return canonicalZone({
    id: r.id,
    name: r.name,
    kind: r.kind as ZoneDoc['kind'],
    description: r.description ?? undefined,
    slTarget: columnsToVector('slt', r),
    rationale: r.rationale ?? undefined,
    parent: r.parent_id ?? undefined,
    position: r.pos_x !== null && r.pos_y !== null ? { x: r.pos_x, y: r.pos_y } : undefined,
    subnets: r.subnets === null ? undefined : (JSON.parse(r.subnets) as string[]),
  });
}

/** `z` must be canonical (vectors expanded). */
export function zoneToRow(siteId: string, z: ZoneDoc, now: string): Omit<ZonesTable, 'created_at'> {
  return {
    site_id: siteId,
    id: z.id,
    name: z.name,
    kind: z.kind,
    description: z.description ?? null,
    rationale: z.rationale ?? null,
    parent_id: z.parent ?? null,
    pos_x: z.position?.x ?? null,
    pos_y: z.position?.y ?? null,
    subnets: z.subnets && z.subnets.length > 0 ? JSON.stringify(z.subnets) : null,
    ...vectorToColumns('slt', z.slTarget as number[] | undefined),
    updated_at: now,
  };
}
