// What an offline checklist is made of: the scope's 3-3 checklist (for zones, exactly what the
// zone page's checklist reads; conduits get the same rows built the same way), the site and
// scope names for the cover, the scope's results now, and who is exporting or importing.
import { CATALOG_3_3, describe } from '../../../core/iec62443/catalog.js';
import { todayUtc } from '../../../core/iec62443/dates.js';
import { toVector } from '../../../core/iec62443/sl-vector.js';
import type { SheetRow } from '../../../core/offline-assessment/checklist-sheet.js';
import type { ScopeKind } from '../../../core/offline-assessment/meta.js';
import { normalizeResult, type ResultValue } from '../../../core/offline-assessment/result-value.js';
import type { Actor } from '../../actor.js';
import type { Queryable } from '../../db/batch.js';
import type { Db } from '../../db/connection.js';
import { getConduit } from '../conduits/conduits.service.js';
import { resultFromRow } from '../results/results.mapper.js';
import { requireSite } from '../site-refs.js';
import { zoneChecklist } from '../zones/zone-checklist.service.js';
import { loadZone } from '../zones/zones.service.js';

export interface ScopeChecklist {
  site: { id: string; name: string; regulated: boolean };
  kind: ScopeKind;
  scope: { id: string; name: string };
  slTarget: number[] | null;
  rows: SheetRow[];
}

async function siteHead(db: Queryable, siteId: string): Promise<ScopeChecklist['site']> {
  const { regulated } = await requireSite(db, siteId);
  const row = await db.selectFrom('sites').select('name').where('id', '=', siteId).executeTakeFirstOrThrow();
  return { id: siteId, name: row.name, regulated: regulated === 1 };
}

/** The site, after making sure the zone or conduit exists (404 otherwise). */
export async function requireScope(
  db: Db,
  actor: Actor,
  siteId: string,
  kind: ScopeKind,
  scopeId: string,
): Promise<ScopeChecklist['site']> {
  const site = await siteHead(db.kysely, siteId);
  if (kind === 'zone') await loadZone(db.kysely, siteId, scopeId);
  else await getConduit(db, actor, siteId, scopeId);
  return site;
}

/** The scope's checklist; 404 for an unknown site, zone or conduit. */
export async function loadScopeChecklist(
  db: Db,
  actor: Actor,
  siteId: string,
  kind: ScopeKind,
  scopeId: string,
): Promise<ScopeChecklist> {
  const site = await siteHead(db.kysely, siteId);
  if (kind === 'zone') {
    const zone = await loadZone(db.kysely, siteId, scopeId);
    const list = await zoneChecklist(db, actor, siteId, scopeId, todayUtc());
    return {
      site,
      kind,
      scope: { id: zone.id, name: zone.name },
      slTarget: list.slTarget,
      rows: list.items.map((i) => ({
        requirement: i.id,
        fr: i.fr,
        title: i.title,
        description: i.description,
        minSl: i.minSl,
        applies: list.slTarget === null ? null : i.applies,
        result: normalizeResult(i.result),
      })),
    };
  }
  const conduit = await getConduit(db, actor, siteId, scopeId);
  const slTarget = conduit.slTarget === undefined ? null : toVector(conduit.slTarget);
  const results = await scopeResults(db.kysely, siteId, scopeId);
  return {
    site,
    kind,
    scope: { id: conduit.id, name: conduit.name ?? conduit.id },
    slTarget,
    // The same rule as the zone checklist: required when its lowest SL is within the FR's SL-T.
    rows: CATALOG_3_3.map((item) => ({
      requirement: item.id,
      fr: item.fr,
      title: item.title,
      description: describe(item.id) ?? null,
      minSl: item.minSl,
      applies: slTarget === null ? null : item.minSl <= (slTarget[item.fr - 1] ?? 0),
      result: results.get(item.id) ?? null,
    })),
  };
}

/** Every 3-3 requirement's result of the scope now (null: none). */
export async function scopeResults(
  db: Queryable,
  siteId: string,
  scopeId: string,
): Promise<Map<string, ResultValue | null>> {
  const rows = await db
    .selectFrom('results')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('scope_id', '=', scopeId)
    .execute();
  const byId = new Map(rows.map((r) => [r.requirement_id, normalizeResult(resultFromRow(r))]));
  return new Map(CATALOG_3_3.map((item) => [item.id, byId.get(item.id) ?? null]));
}

/** How the export names its author, and the "assessed by" the import writes for the caller. */
export async function whoIs(db: Db, actor: Actor): Promise<{ label: string; assessor: string }> {
  const userId = actor.principal?.userId;
  const user =
    userId === undefined
      ? undefined
      : await db.kysely.selectFrom('users').select(['name', 'email']).where('id', '=', userId).executeTakeFirst();
  // The checklist page records the assessor's e-mail address; the import does the same.
  if (user) return { label: `${user.name} <${user.email}>`, assessor: user.email };
  return { label: actor.name, assessor: actor.name };
}
