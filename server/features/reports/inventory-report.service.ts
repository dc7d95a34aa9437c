// The inventory report's data, read site by site in keyset batches (issue #8 item 4: 100k assets
// never in memory at once). Only the count and the zone names are read up front; the assets are
// read as the renderer asks for the next batch.
import { buildInventoryReport, type InventoryAsset } from '../../../core/reports/inventory-report.js';
import type { ReportDocument } from '../../../core/reports/model.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { fromJson } from '../../db/json-columns.js';
import { notFound } from '../../errors.js';
import { readableBy, requirePermission } from '../access.js';
import { assetBatch, INVENTORY_BATCH } from '../inventory/inventory.service.js';
import { estateReportContext, siteReportContext } from './report-context.js';

async function* assetBatches(db: Db, siteIds: readonly string[]): AsyncGenerator<InventoryAsset[]> {
  for (const site of siteIds) {
    let after: string | undefined;
    for (;;) {
      const rows = await assetBatch(db, site, after);
      yield rows.map((r) => ({
        site,
        id: r.id,
        name: r.name,
        zone: r.zone_id,
        type: r.type,
        componentClass: r.component_class,
        vendor: r.vendor,
        model: r.model,
        firmware: r.firmware,
        orderNumber: r.order_number,
        serial: r.serial,
        ip: fromJson<string>(r.ip) ?? [],
        mac: fromJson<string>(r.mac) ?? [],
        lifecycle: r.lifecycle,
        criticality: r.criticality,
        legacy: r.legacy === 1,
        safety: r.safety === 1,
        lastSeen: r.last_seen,
      }));
      // SQLite answers synchronously: a pause per batch keeps other requests moving meanwhile.
      await new Promise((resolve) => setImmediate(resolve));
      if (rows.length < INVENTORY_BATCH) break;
      after = rows[rows.length - 1]?.id;
    }
  }
}

/**
 * The inventory of one site, or (siteId null, the command line's estate report) of every site the
 * actor may read.
 */
export async function inventoryReport(
  db: Db,
  actor: Actor,
  siteId: string | null,
  asOf: string,
): Promise<ReportDocument> {
  if (siteId !== null) requirePermission(actor, 'site.read', siteId);
  const readable = readableBy(actor);
  let q = db.kysely.selectFrom('sites').select(['id', 'name']).orderBy('id');
  if (siteId !== null) q = q.where('id', '=', siteId);
  else if (readable !== null) q = q.where('id', 'in', readable.length > 0 ? readable : ['']);
  const sites = await q.execute();
  if (siteId !== null && sites.length === 0) throw notFound('site', siteId);
  const ids = sites.map((s) => s.id);
  const context =
    siteId !== null ? await siteReportContext(db.kysely, actor, siteId, asOf) : estateReportContext(actor, asOf);
  const [zones, count] = await Promise.all([
    ids.length === 0
      ? []
      : db.kysely.selectFrom('zones').select(['site_id', 'id', 'name']).where('site_id', 'in', ids).execute(),
    ids.length === 0
      ? { n: 0 }
      : db.kysely
          .selectFrom('assets')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .where('site_id', 'in', ids)
          .executeTakeFirstOrThrow(),
  ]);
  const zonesOf = new Map<string, Record<string, string>>(ids.map((id) => [id, {}]));
  for (const z of zones) {
    const names = zonesOf.get(z.site_id);
    if (names) names[z.id] = z.name;
  }
  return buildInventoryReport({
    context,
    sites: sites.map((s) => ({ id: s.id, name: s.name, zones: zonesOf.get(s.id) ?? {} })),
    total: Number(count.n),
    batches: assetBatches(db, ids),
  });
}
