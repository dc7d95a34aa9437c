// The inventory table's data: every asset of the readable sites (or of one site) in the compact
// column form of inventory.columns.ts, read site by site in batches.
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { notFound } from '../../errors.js';
import { abilitiesOf, readableBy } from '../access.js';
import { InventoryColumns } from './inventory.columns.js';

export interface InventorySite {
  id: string;
  name: string;
  regulated: boolean;
  /** The caller's abilities on the site's assets (read / update / delete). */
  abilities: string[];
  zones: { id: string; name: string; kind: string }[];
}

/** The sites the inventory covers: `siteId` alone (404 when the caller may not read it), else every readable one. */
async function inventorySites(db: Db, actor: Actor, siteId: string | undefined) {
  const readable = readableBy(actor);
  if (siteId !== undefined && readable !== null && !readable.includes(siteId)) throw notFound('site', siteId);
  let q = db.kysely.selectFrom('sites').select(['id', 'name', 'regulated']).orderBy('id');
  if (siteId !== undefined) q = q.where('id', '=', siteId);
  else if (readable !== null) q = q.where('id', 'in', readable.length > 0 ? readable : ['']);
  const sites = await q.execute();
  if (siteId !== undefined && sites.length === 0) throw notFound('site', siteId);
  return sites;
}

async function zonesOf(db: Db, siteIds: string[]): Promise<Map<string, InventorySite['zones']>> {
  const out = new Map<string, InventorySite['zones']>(siteIds.map((s) => [s, []]));
  if (siteIds.length === 0) return out;
  const rows = await db.kysely
    .selectFrom('zones')
    .select(['site_id', 'id', 'name', 'kind'])
    .where('site_id', 'in', siteIds)
    .orderBy('site_id')
    .orderBy('id')
    .execute();
  for (const z of rows) out.get(z.site_id)?.push({ id: z.id, name: z.name, kind: z.kind });
  return out;
}

/** Assets read per query: big sites are read in keyset batches so no query holds them all. */
/** Assets per query: large enough to amortise the query, small enough to keep memory flat. */
export const INVENTORY_BATCH = 5000;
const BATCH = INVENTORY_BATCH;

/** The next batch of a site's assets after `after` (by id): the inventory's and the inventory report's read. */
export function assetBatch(db: Db, siteId: string, after: string | undefined) {
  let q = db.kysely
    .selectFrom('assets')
    .select([
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
      'criticality',
      'legacy',
      'safety',
      'last_seen',
    ])
    .where('site_id', '=', siteId);
  if (after !== undefined) q = q.where('id', '>', after);
  return q.orderBy('id').limit(BATCH).execute();
}

/**
 * The answer of GET /api/v1/inventory as JSON text:
 * `{ total, sites: [InventorySite], columns: { <name>: [...] | { values, index } } }`.
 * Built as text so the stored IP and MAC lists pass through without a parse per asset.
 */
export async function inventoryJson(db: Db, actor: Actor, siteId?: string): Promise<string> {
  const sites = await inventorySites(db, actor, siteId);
  const zones = await zonesOf(
    db,
    sites.map((s) => s.id),
  );
  const columns = new InventoryColumns();
  for (const site of sites) {
    let after: string | undefined;
    for (;;) {
      const rows = await assetBatch(db, site.id, after);
      for (const r of rows)
        columns.add([
          site.id,
          r.id,
          r.name,
          r.zone_id,
          r.type,
          r.component_class,
          r.vendor,
          r.model,
          r.firmware,
          r.order_number,
          r.serial,
          r.ip,
          r.mac,
          r.lifecycle,
          r.criticality,
          r.legacy,
          r.safety,
          r.last_seen,
        ]);
      // SQLite answers synchronously: without a pause, 100,000 assets would hold every other
      // request (a sign-in, the count the page asks for meanwhile) for the whole read.
      await new Promise((resolve) => setImmediate(resolve));
      if (rows.length < BATCH) break;
      after = rows[rows.length - 1]?.id;
    }
  }
  const meta: InventorySite[] = sites.map((s) => ({
    id: s.id,
    name: s.name,
    regulated: s.regulated === 1,
    abilities: abilitiesOf(actor, 'asset', s.id),
    zones: zones.get(s.id) ?? [],
  }));
  return `{"total":${columns.total},"sites":${JSON.stringify(meta)},"columns":${columns.toJson()}}`;
}

/** How many assets the inventory will hold: cheap, so the page can say what it is loading. */
export async function inventoryCount(db: Db, actor: Actor, siteId?: string): Promise<{ total: number }> {
  const sites = await inventorySites(db, actor, siteId);
  if (sites.length === 0) return { total: 0 };
  let q = db.kysely.selectFrom('assets').select((eb) => eb.fn.countAll<number>().as('n'));
  // Every site at once when the caller reads them all: one index scan instead of a list.
  if (siteId !== undefined || readableBy(actor) !== null)
    q = q.where(
      'site_id',
      'in',
      sites.map((s) => s.id),
    );
  const row = await q.executeTakeFirst();
  return { total: Number(row?.n ?? 0) };
}
