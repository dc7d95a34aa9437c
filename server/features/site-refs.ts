// Look-ups that services use to keep references inside a site (DESIGN §4).
import type { Queryable } from '../db/batch.js';
import { AppError, notFound } from '../errors.js';
import { formatPath } from '../../core/sitefile/issue.js';
import type { Issue } from '../../core/sitefile/issue.js';

export async function requireSite(db: Queryable, siteId: string): Promise<{ id: string; regulated: number }> {
  const site = await db.selectFrom('sites').select(['id', 'regulated']).where('id', '=', siteId).executeTakeFirst();
  if (!site) throw notFound('site', siteId);
  return site;
}

/** The site's revision (bumped by every audited change); 404 when there is no such site. */
export async function siteRevision(db: Queryable, siteId: string): Promise<number> {
  const row = await db.selectFrom('sites').select('revision').where('id', '=', siteId).executeTakeFirst();
  if (!row) throw notFound('site', siteId);
  return row.revision;
}

/** Whether an id names a zone or a conduit of the site (they share one namespace). */
export async function scopeKind(db: Queryable, siteId: string, id: string): Promise<'zone' | 'conduit' | null> {
  const zone = await db
    .selectFrom('zones')
    .select('id')
    .where('site_id', '=', siteId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (zone) return 'zone';
  const conduit = await db
    .selectFrom('conduits')
    .select('id')
    .where('site_id', '=', siteId)
    .where('id', '=', id)
    .executeTakeFirst();
  return conduit ? 'conduit' : null;
}

export async function existingZones(db: Queryable, siteId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('zones')
    .select('id')
    .where('site_id', '=', siteId)
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function existingAssets(db: Queryable, siteId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('assets')
    .select('id')
    .where('site_id', '=', siteId)
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** What still hangs off a zone or conduit: "results" and/or "compensating controls". */
export async function scopeDependents(db: Queryable, siteId: string, scopeId: string): Promise<string[]> {
  const [result, control] = await Promise.all([
    db
      .selectFrom('results')
      .select('scope_id')
      .where('site_id', '=', siteId)
      .where('scope_id', '=', scopeId)
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom('compensating_controls')
      .select('id')
      .where('site_id', '=', siteId)
      .where('scope_id', '=', scopeId)
      .limit(1)
      .executeTakeFirst(),
  ]);
  return [result && 'results', control && 'compensating controls'].filter((x): x is string => typeof x === 'string');
}

/** Deletes the results and compensating controls of these zones/conduits (cascading deletes). */
export async function deleteScopeDependents(db: Queryable, siteId: string, scopes: readonly string[]): Promise<void> {
  if (scopes.length === 0) return;
  await db
    .deleteFrom('results')
    .where('site_id', '=', siteId)
    .where('scope_id', 'in', [...scopes])
    .execute();
  await db
    .deleteFrom('compensating_controls')
    .where('site_id', '=', siteId)
    .where('scope_id', 'in', [...scopes])
    .execute();
}

/** Throws C981_ERR_VALIDATION listing the issues, if any. */
export function throwIfIssues(issues: Issue[]): void {
  if (issues.length === 0) return;
  const details = issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
  const first = details[0];
  throw new AppError(
    'C981_ERR_VALIDATION',
    first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : 'invalid input',
    details,
  );
}

/** Merges a PATCH into an entity: null clears a field, absent keys stay as they are. */
export function mergePatch<T extends object>(current: T, patch: Record<string, unknown>): T {
  const out = { ...current } as Record<string, unknown>;
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = v;
  }
  return out as T;
}

export const nowIso = (): string => new Date().toISOString();
