import type { Selectable } from 'kysely';
import { canonicalConduit } from '../../../core/sitefile/canonical.js';
import type { ChannelDoc, ConduitDoc } from '../../../core/schemas/site-file.js';
import { fromJson, toJson } from '../../db/json-columns.js';
import type { ChannelsTable, ConduitsTable, ConduitZonesTable } from '../../db/schema.js';
import { columnsToVector, vectorToColumns } from '../../db/sl-columns.js';

export function conduitFromRows(
  r: Selectable<ConduitsTable>,
  members: readonly Selectable<ConduitZonesTable>[],
  channels: readonly Selectable<ChannelsTable>[],
): ConduitDoc {
  return canonicalConduit({
    id: r.id,
    name: r.name ?? undefined,
    description: r.description ?? undefined,
    zones: [...members].sort((a, b) => a.position - b.position).map((m) => m.zone_id),
    slTarget: columnsToVector('slt', r),
    rationale: r.rationale ?? undefined,
    measures: fromJson<NonNullable<ConduitDoc['measures']>[number]>(r.measures),
    channels: [...channels]
      .sort((a, b) => a.position - b.position)
      .map((c): ChannelDoc => ({
        protocol: c.protocol,
        transport: (c.transport ?? undefined) as ChannelDoc['transport'],
        port: c.port ?? undefined,
        from: c.from_zone,
        to: c.to_zone,
        description: c.description ?? undefined,
      })),
  });
}

export function conduitToRows(siteId: string, c: ConduitDoc, now: string) {
  const row: Omit<ConduitsTable, 'created_at'> = {
    site_id: siteId,
    id: c.id,
    name: c.name ?? null,
    description: c.description ?? null,
    rationale: c.rationale ?? null,
    measures: toJson(c.measures),
    ...vectorToColumns('slt', c.slTarget as number[] | undefined),
    updated_at: now,
  };
  const members: ConduitZonesTable[] = c.zones.map((zone_id, position) => ({
    site_id: siteId,
    conduit_id: c.id,
    zone_id,
    position,
  }));
  const channels: ChannelsTable[] = (c.channels ?? []).map((ch, position) => ({
    site_id: siteId,
    conduit_id: c.id,
    position,
    protocol: ch.protocol,
    transport: ch.transport ?? null,
    port: ch.port ?? null,
    from_zone: ch.from,
    to_zone: ch.to,
    description: ch.description ?? null,
  }));
  return { row, members, channels };
}
