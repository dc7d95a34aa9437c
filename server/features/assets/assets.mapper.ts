import type { Selectable } from 'kysely';
import { canonicalAsset } from '../../../core/sitefile/canonical.js';
import type { AssetDoc } from '../../../core/schemas/site-file.js';
import { bool, fromJson, toJson } from '../../db/json-columns.js';
import type { AssetCapabilitiesTable, AssetsTable } from '../../db/schema.js';
import { columnsToVector, vectorToColumns } from '../../db/sl-columns.js';

/** Every column an asset document needs (not the search text, key or timestamps). */
export const ASSET_COLUMNS = [
  'site_id',
  'id',
  'name',
  'zone_id',
  'type',
  'component_class',
  'vendor',
  'model',
  'firmware',
  'order_number',
  'serial',
  'ip',
  'mac',
  'lifecycle',
  'legacy',
  'safety',
  'criticality',
  'owner',
  'location',
  'notes',
  'last_seen',
  'slc1',
  'slc2',
  'slc3',
  'slc4',
  'slc5',
  'slc6',
  'slc7',
] as const satisfies readonly (keyof AssetsTable)[];

export type AssetRow = Pick<Selectable<AssetsTable>, (typeof ASSET_COLUMNS)[number]>;

export function assetFromRow(r: AssetRow, caps?: readonly Selectable<AssetCapabilitiesTable>[]): AssetDoc {
  return canonicalAsset({
    id: r.id,
    name: r.name,
    zone: r.zone_id ?? undefined,
    type: r.type as AssetDoc['type'],
    componentClass: (r.component_class ?? undefined) as AssetDoc['componentClass'],
    vendor: r.vendor ?? undefined,
    model: r.model ?? undefined,
    firmware: r.firmware ?? undefined,
    orderNumber: r.order_number ?? undefined,
    serial: r.serial ?? undefined,
    ip: fromJson<string>(r.ip),
    mac: fromJson<string>(r.mac),
    lifecycle: (r.lifecycle ?? undefined) as AssetDoc['lifecycle'],
    legacy: r.legacy === 1,
    safety: r.safety === 1,
    criticality: r.criticality ?? undefined,
    owner: r.owner ?? undefined,
    location: r.location ?? undefined,
    notes: r.notes ?? undefined,
    lastSeen: r.last_seen ?? undefined,
    slCapability: columnsToVector('slc', r),
    capabilities:
      caps && caps.length > 0
        ? Object.fromEntries(caps.map((c) => [c.requirement_id, c.value as 'met' | 'not-met']))
        : undefined,
  });
}

/** What free-text search looks in: identity fields, addresses and versions, lowercased. */
export function searchText(a: AssetDoc): string {
  return [a.id, a.name, a.vendor, a.model, a.firmware, a.serial, a.orderNumber, ...(a.ip ?? []), ...(a.mac ?? [])]
    .filter((v): v is string => typeof v === 'string' && v !== '')
    .join('\n')
    .toLowerCase();
}

/** `a` must be canonical. */
export function assetToRows(siteId: string, a: AssetDoc, now: string) {
  const row: Omit<AssetsTable, 'pk' | 'created_at'> = {
    site_id: siteId,
    id: a.id,
    name: a.name,
    zone_id: a.zone ?? null,
    type: a.type,
    component_class: a.componentClass ?? null,
    vendor: a.vendor ?? null,
    model: a.model ?? null,
    firmware: a.firmware ?? null,
    order_number: a.orderNumber ?? null,
    serial: a.serial ?? null,
    ip: toJson(a.ip),
    mac: toJson(a.mac),
    lifecycle: a.lifecycle ?? null,
    legacy: bool(a.legacy),
    safety: bool(a.safety),
    criticality: a.criticality ?? null,
    owner: a.owner ?? null,
    location: a.location ?? null,
    notes: a.notes ?? null,
    last_seen: a.lastSeen ?? null,
    ...vectorToColumns('slc', a.slCapability as number[] | undefined),
    search_text: searchText(a),
    updated_at: now,
  };
  const capabilities: AssetCapabilitiesTable[] = Object.entries(a.capabilities ?? {}).map(
    ([requirement_id, value]) => ({
      site_id: siteId,
      asset_id: a.id,
      requirement_id,
      value,
    }),
  );
  return { row, capabilities };
}
