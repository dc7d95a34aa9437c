// Moves several assets of one site into a zone (or out of every zone) at once: all or nothing,
// one audit record. Re-zoning is how a site's partitioning into zones changes as plants change
// (IEC 62443-3-2 ZCR 3), so it is recorded like any other model change and bumps the site's
// revision, which refreshes the zones' SL-C in every evaluation.
import Type from 'typebox';
import { Id } from '../../../core/schemas/site-file.js';
import type { Actor } from '../../actor.js';
import { chunks } from '../../db/batch.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../errors.js';
import { validate } from '../../validation.js';
import { requirePermission } from '../access.js';
import { recordAudit } from '../audit/audit.repository.js';
import { existingZones, nowIso, requireSite } from '../site-refs.js';

export const MAX_MOVE = 10_000;

export const AssetMove = Type.Object(
  {
    assets: Type.Array(Id, { minItems: 1, maxItems: MAX_MOVE, description: 'ids of assets of this site' }),
    zone: Type.Union([Id, Type.Null()], { description: 'the zone to move them to; null takes them out of any zone' }),
  },
  { additionalProperties: false },
);

export interface MoveResult {
  site: string;
  zone: string | null;
  /** Assets whose zone changed. */
  moved: number;
  /** Assets that were already in the zone. */
  unchanged: number;
}

/** At most this many ids are listed in an error's details (the message gives the count). */
const MAX_LISTED = 100;

export async function moveAssets(db: Db, actor: Actor, siteId: string, body: unknown): Promise<MoveResult> {
  // Checked again here, not only on the route: the CLI and other services may call this too.
  requirePermission(actor, 'asset.update', siteId);
  const input = await validate<{ assets: string[]; zone: string | null }>(AssetMove, body);
  const ids = [...new Set(input.assets)];
  const zone = input.zone;
  return db.kysely.transaction().execute(async (trx) => {
    await requireSite(trx, siteId);
    if (zone !== null && !(await existingZones(trx, siteId, [zone])).has(zone))
      throw new AppError('C981_ERR_VALIDATION', `zone: zone "${zone}" does not exist in site "${siteId}"`, [
        { path: 'zone', message: `zone "${zone}" does not exist in site "${siteId}"` },
      ]);
    const from = new Map<string, string | null>();
    for (const part of chunks(ids))
      for (const r of await trx
        .selectFrom('assets')
        .select(['id', 'zone_id'])
        .where('site_id', '=', siteId)
        .where('id', 'in', part)
        .execute())
        from.set(r.id, r.zone_id);
    // Ids of another site are unknown here: references never leave their site (DESIGN §4).
    const unknown = ids.filter((id) => !from.has(id));
    if (unknown.length > 0)
      throw new AppError(
        'C981_ERR_VALIDATION',
        `assets: ${unknown.length} of the assets do not exist in site "${siteId}": ${unknown
          .slice(0, 5)
          .map((id) => `"${id}"`)
          .join(', ')}${unknown.length > 5 ? ', …' : ''}; nothing was moved`,
        unknown
          .slice(0, MAX_LISTED)
          .map((id) => ({ path: `assets[${input.assets.indexOf(id)}]`, message: `asset "${id}" not found` })),
      );
    const moving = ids.filter((id) => from.get(id) !== zone);
    const result: MoveResult = { site: siteId, zone, moved: moving.length, unchanged: ids.length - moving.length };
    // Like an unchanged import: nothing to do writes and records nothing.
    if (moving.length === 0) return result;
    const now = nowIso();
    for (const part of chunks(moving))
      await trx
        .updateTable('assets')
        .set({ zone_id: zone, updated_at: now })
        .where('site_id', '=', siteId)
        .where('id', 'in', part)
        .execute();
    await recordAudit(trx, actor, {
      action: 'asset.move',
      siteId,
      entity: 'asset',
      detail: { zone, assets: moving.map((id) => ({ id, from: from.get(id) ?? null })) },
    });
    return result;
  });
}
