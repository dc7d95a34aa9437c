// The traceability matrix of a site (issue #7 item 5; docs/traceability.md): the pure builder
// (core/iec62443/traceability.ts) over the stored site, its roadmap actions and the last approval
// of its risk assessment.
import type { RiskAssessmentApprovalRef, Traceability } from '../../../core/api/traceability.js';
import { requirement33 } from '../../../core/iec62443/catalog.js';
import {
  buildTraceability,
  TRACE_STATUSES,
  type TraceFilter,
  type TraceStatus,
} from '../../../core/iec62443/traceability.js';
import type { RoadmapActionDoc } from '../../../core/schemas/roadmap-action.js';
import type { Actor } from '../../actor.js';
import type { Queryable } from '../../db/batch.js';
import type { Db } from '../../db/connection.js';
import { AppError, notFound } from '../../errors.js';
import { requirePermission } from '../access.js';
import { loadSite } from '../site-files/site-loader.js';

export type { Traceability } from '../../../core/api/traceability.js';

export interface TraceQuery {
  scope?: string | undefined;
  fr?: string | undefined;
  requirement?: string | undefined;
  status?: string | undefined;
}

const invalid = (path: string, message: string): AppError =>
  new AppError('C981_ERR_VALIDATION', `${path}: ${message}`, [{ path, message }]);

/** Checks the filters against the catalog and the site's own zones and conduits. */
function parseFilter(q: TraceQuery, siteId: string, scopes: ReadonlySet<string>): TraceFilter {
  if (q.scope !== undefined && !scopes.has(q.scope))
    throw invalid('scope', `site "${siteId}" has no zone or conduit "${q.scope}"`);
  if (q.fr !== undefined && !/^[1-7]$/.test(q.fr)) throw invalid('fr', `must be 1 to 7; got "${q.fr}"`);
  if (q.requirement !== undefined && !requirement33(q.requirement))
    throw invalid('requirement', `"${q.requirement}" is not an IEC 62443-3-3 requirement (e.g. "SR 1.1 RE 1")`);
  if (q.status !== undefined && !(TRACE_STATUSES as readonly string[]).includes(q.status))
    throw invalid('status', `must be one of ${TRACE_STATUSES.join(', ')}; got "${q.status}"`);
  return {
    scope: q.scope,
    fr: q.fr === undefined ? undefined : Number(q.fr),
    requirement: q.requirement,
    status: q.status as TraceStatus | undefined,
  };
}

const strings = (v: unknown): string[] | undefined =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * The site's roadmap actions, read straight from their stored documents. Only the fields the
 * matrix shows are taken, each checked, so a document of another shape cannot break the matrix.
 */
async function roadmapActions(db: Queryable, siteId: string): Promise<RoadmapActionDoc[]> {
  const rows = await db
    .selectFrom('roadmap_actions')
    .select(['id', 'status', 'due', 'doc'])
    .where('site_id', '=', siteId)
    .execute();
  return rows.map((r) => {
    let doc: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(r.doc);
      if (parsed && typeof parsed === 'object') doc = parsed as Record<string, unknown>;
    } catch {
      // an unreadable document still shows its id and status
    }
    const due = r.due ?? text(doc.due);
    const owner = text(doc.owner);
    const satisfies = strings(doc.satisfies);
    const retires = strings(doc.retires);
    return {
      id: r.id,
      title: text(doc.title) ?? r.id,
      status: r.status as RoadmapActionDoc['status'],
      scope: text(doc.scope) ?? '',
      ...(due ? { due } : {}),
      ...(owner ? { owner } : {}),
      ...(satisfies ? { satisfies } : {}),
      ...(retires ? { retires } : {}),
    };
  });
}

async function lastApproval(db: Queryable, siteId: string): Promise<RiskAssessmentApprovalRef | null> {
  const row = await db
    .selectFrom('risk_assessment_approvals')
    .select(['version', 'approved_by', 'approved_at', 'signature'])
    .where('site_id', '=', siteId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  let printedName: string | null = null;
  try {
    printedName = text((JSON.parse(row.signature) as { printedName?: unknown }).printedName) ?? null;
  } catch {
    // no readable signature: the account id still says who approved
  }
  return { version: row.version, approvedBy: row.approved_by, printedName, approvedAt: row.approved_at };
}

export async function siteTraceability(
  db: Db,
  actor: Actor,
  siteId: string,
  query: TraceQuery,
  asOf: string,
): Promise<Traceability> {
  requirePermission(actor, 'site.read', siteId);
  const [site, actions, approval] = await Promise.all([
    loadSite(db.kysely, siteId),
    roadmapActions(db.kysely, siteId),
    lastApproval(db.kysely, siteId),
  ]);
  if (!site) throw notFound('site', siteId);
  const scopes = new Set([...site.zones.map((z) => z.id), ...site.conduits.map((c) => c.id)]);
  const filter = parseFilter(query, siteId, scopes);
  return {
    site: siteId,
    asOf,
    riskAssessmentApproval: approval,
    ...buildTraceability({ site, actions, asOf }, filter),
  };
}
