import { ResultsPut, type ResultInputDoc } from '../../../core/schemas/site-file.js';
import { compare33 } from '../../../core/iec62443/catalog.js';
import { checkResults } from '../../../core/sitefile/field-rules.js';
import type { Issue } from '../../../core/sitefile/issue.js';
import type { Actor } from '../../actor.js';
import type { Queryable } from '../../db/batch.js';
import type { Db } from '../../db/connection.js';
import { validate } from '../../validation.js';
import { requirePermission } from '../access.js';
import { recordAudit } from '../audit/audit.repository.js';
import { nowIso, requireSite, scopeKind, throwIfIssues } from '../site-refs.js';
import { resultFromRow, resultToRow } from './results.mapper.js';

export interface ScopeResults {
  site: string;
  scope: string;
  results: Record<string, ResultInputDoc>;
}

export async function getResults(db: Db, _actor: Actor, siteId: string, scope: string): Promise<ScopeResults> {
  await requireSite(db.kysely, siteId);
  if (!(await scopeKind(db.kysely, siteId, scope)))
    throwIfIssues([{ path: ['scope'], message: `scope "${scope}" is not a zone or conduit of site "${siteId}"` }]);
  const rows = await db.kysely
    .selectFrom('results')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('scope_id', '=', scope)
    .execute();
  rows.sort((a, b) => compare33(a.requirement_id, b.requirement_id));
  return { site: siteId, scope, results: Object.fromEntries(rows.map((r) => [r.requirement_id, resultFromRow(r)])) };
}

/** DESIGN §6: upserts the listed results of one scope; null removes one; the others stay. */
export async function putResults(db: Db, actor: Actor, siteId: string, body: unknown): Promise<ScopeResults> {
  // Checked again here, not only on the route: the CLI and other services call this too.
  requirePermission(actor, 'result.update', siteId);
  const input = await validate<{ scope: string; results: Record<string, ResultInputDoc | null> }>(ResultsPut, body);
  const issues: Issue[] = [];
  checkResults(input.results, ['results'], issues);
  throwIfIssues(issues);
  await db.kysely.transaction().execute((trx) => writeResults(trx, actor, siteId, input.scope, input.results));
  return getResults(db, actor, siteId, input.scope);
}

/**
 * Writes checked results of one scope in the caller's transaction and audits them (`results.put`):
 * for services that must compare and write atomically (the offline checklist import).
 */
export async function writeResults(
  trx: Queryable,
  actor: Actor,
  siteId: string,
  scope: string,
  results: Record<string, ResultInputDoc | null>,
): Promise<void> {
  await requireSite(trx, siteId);
  if (!(await scopeKind(trx, siteId, scope)))
    throwIfIssues([{ path: ['scope'], message: `scope "${scope}" is not a zone or conduit of site "${siteId}"` }]);
  const now = nowIso();
  for (const [id, value] of Object.entries(results)) {
    await trx
      .deleteFrom('results')
      .where('site_id', '=', siteId)
      .where('scope_id', '=', scope)
      .where('requirement_id', '=', id)
      .execute();
    if (value !== null)
      await trx
        .insertInto('results')
        .values(resultToRow(siteId, scope, id, value, now))
        .execute();
  }
  await recordAudit(trx, actor, {
    action: 'results.put',
    siteId,
    entity: 'results',
    entityId: scope,
    detail: results,
  });
}
