// Threat scenarios stored per site: the data of the risk register (IEC 62443-3-2 ZCR 5, detailed
// risk assessment per zone and conduit). Every write is validated against the site's effective
// risk matrix and its own zones, conduits, assets and compensating controls, runs in one
// transaction and is audited there. Risks are the basis of SL-T, so regulated sites need a reason.
import Type from 'typebox';
import { can } from '../../../core/accounts/permissions.js';
import type { RiskMatrix } from '../../../core/iec62443/risk/matrix.js';
import { validateScenario, type RiskScales, type ScenarioIssue } from '../../../core/iec62443/risk/scenario.js';
import { ThreatScenario, type ThreatScenarioDoc } from '../../../core/schemas/risk-scenario.js';
import { formatPath } from '../../../core/sitefile/issue.js';
import type { Actor } from '../../actor.js';
import type { Queryable } from '../../db/batch.js';
import type { Db } from '../../db/connection.js';
import { AppError, notFound } from '../../errors.js';
import { validate } from '../../validation.js';
import { requirePermission, requireReason } from '../access.js';
import { recordAudit } from '../audit/audit.repository.js';
import { decodeCursor, encodeCursor, pageLimit, type Page, type PageQuery } from '../pagination.js';
import { effectiveMatrix } from '../risk-matrix/risk-matrix.service.js';
import { mergePatch, nowIso, requireSite, throwIfIssues } from '../site-refs.js';
import { acceptanceView, parseAcceptance, type AcceptanceView, type StoredAcceptance } from './risk-acceptance.js';
import { residualRisk, unmitigatedRisk, type RiskRatingView } from './risk-rating.js';
import { scenarioFromRow, scenarioToRow } from './risks.mapper.js';
import { canonicalScenario } from '../../../core/iec62443/risk/canonical-scenario.js';
import * as repo from './risks.repository.js';

export interface ScenarioWarning {
  path: string;
  message: string;
}

/** A scenario as the API answers it: the document plus what is computed from the site's matrix. */
export type RiskView = ThreatScenarioDoc & {
  site: string;
  /** The scenario's likelihood × worst consequence; null only when the matrix no longer fits it. */
  unmitigatedRisk: RiskRatingView | null;
  /** After countermeasures; null when the scenario gives no residual rating. */
  residualRisk: RiskRatingView | null;
  /** Non-blocking findings, e.g. a residual rating worse than the unmitigated one. */
  warnings: ScenarioWarning[];
  /** The acceptance of the remaining intolerable risk (risk-acceptance.service.ts), or null. */
  acceptance: AcceptanceView | null;
  /** What the caller may do: `read`, and `update` / `delete` with risk.update. */
  abilities: string[];
};

/** PATCH body: any field but the id; `null` clears an optional field. */
const props = Object.fromEntries(
  Object.entries(ThreatScenario.properties)
    .filter(([k]) => k !== 'id')
    .map(([k, v]) => [k, Type.Optional(v)]),
);
export const ThreatScenarioPatch = Type.Object(props, {
  additionalProperties: false,
  'x-clearable': ['description', 'vulnerability', 'countermeasures', 'residualLikelihood', 'residualConsequence'],
});

export const RISK_SORTS = ['id', '-unmitigated', '-residual'] as const;
export type RiskSort = (typeof RISK_SORTS)[number];

export interface RiskListQuery extends PageQuery {
  /** Only scenarios about this zone or conduit. */
  target?: string;
  /** Only scenarios whose unmitigated risk is (not) tolerable. */
  tolerable?: boolean;
  /** Only scenarios whose unmitigated risk is this risk level id (e.g. "high"). */
  level?: string;
  sort?: string;
}

const scalesOf = (m: RiskMatrix): RiskScales => ({
  likelihoodLevels: m.likelihood.length,
  consequenceLevels: m.consequence.length,
});

const toWarnings = (issues: ScenarioIssue[]): ScenarioWarning[] =>
  issues.map((i) => ({ path: formatPath(i.path), message: i.message }));

export const riskAbilities = (actor: Actor, siteId: string): string[] =>
  !actor.principal || can(actor.principal, 'risk.update', siteId) ? ['read', 'update', 'delete'] : ['read'];

/**
 * The answer for one scenario. On reads, every finding of the matrix check is a warning: the
 * scenario was valid when stored, and a later matrix change must not hide it from the register.
 */
export function view(
  actor: Actor,
  siteId: string,
  m: RiskMatrix,
  s: ThreatScenarioDoc,
  acceptance: StoredAcceptance | null,
  warnings?: ScenarioWarning[],
): RiskView {
  return {
    site: siteId,
    ...s,
    unmitigatedRisk: unmitigatedRisk(m, s),
    residualRisk: residualRisk(m, s),
    warnings: warnings ?? toWarnings(validateScenario(s, { scales: scalesOf(m) })),
    acceptance: acceptanceView(acceptance),
    abilities: riskAbilities(actor, siteId),
  };
}

/** Schema-valid scenario → every check of the core against the site; throws 400 listing the errors. */
async function checkScenario(
  trx: Queryable,
  siteId: string,
  m: RiskMatrix,
  s: ThreatScenarioDoc,
): Promise<ScenarioWarning[]> {
  const issues = validateScenario(s, { scales: scalesOf(m), refs: await repo.scenarioRefs(trx, siteId, s) });
  throwIfIssues(issues.filter((i) => i.severity === 'error'));
  return toWarnings(issues.filter((i) => i.severity === 'warning'));
}

function parseSort(sort: string | undefined): RiskSort {
  if (sort === undefined) return 'id';
  if ((RISK_SORTS as readonly string[]).includes(sort)) return sort as RiskSort;
  throw new AppError('C981_ERR_VALIDATION', `sort: must be one of ${RISK_SORTS.join(', ')}`, [
    { path: 'sort', message: `unknown sort "${sort}"` },
  ]);
}

/** Sort key: highest risk first, unrated last, then by id (stable, and the keyset cursor). */
function sortKey(v: RiskView, sort: RiskSort): [number, string] {
  if (sort === 'id') return [0, v.id];
  const r = sort === '-unmitigated' ? v.unmitigatedRisk : v.residualRisk;
  return [r ? -r.rank : 1, v.id];
}

const compareKeys = (a: readonly [number, string], b: readonly [number, string]): number =>
  a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);

/**
 * The site's scenarios with their computed risk. Ratings depend on the effective matrix, so the
 * filters and sorts on them run here, over the site's scenarios (a register holds hundreds, not
 * millions); paging is keyset on (sort key, id) like the other lists.
 */
export async function listRisks(db: Db, actor: Actor, siteId: string, q: RiskListQuery): Promise<Page<RiskView>> {
  requirePermission(actor, 'site.read', siteId);
  const limit = pageLimit(q.limit);
  const sort = parseSort(q.sort);
  const after = decodeCursor(q.cursor, 2) as [number, string] | undefined;
  await requireSite(db.kysely, siteId);
  const { matrix } = await effectiveMatrix(db.kysely, siteId);
  const all = (await repo.listScenarioRows(db.kysely, siteId, q.target))
    .map((r) => view(actor, siteId, matrix, scenarioFromRow(r), parseAcceptance(r.acceptance)))
    .filter(
      (v) =>
        (q.tolerable === undefined || v.unmitigatedRisk?.tolerable === q.tolerable) &&
        (q.level === undefined || v.unmitigatedRisk?.level === q.level),
    )
    .map((v) => ({ v, key: sortKey(v, sort) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .filter((x) => !after || compareKeys(x.key, after) > 0);
  const shown = all.slice(0, limit);
  const last = shown[shown.length - 1];
  return {
    items: shown.map((x) => x.v),
    nextCursor: all.length > limit && last ? encodeCursor(last.key) : null,
  };
}

/** The stored scenario and its acceptance; 404 when the site or the scenario does not exist. */
export async function loadScenario(
  db: Queryable,
  siteId: string,
  id: string,
): Promise<{ doc: ThreatScenarioDoc; acceptance: StoredAcceptance | null }> {
  await requireSite(db, siteId);
  const row = await repo.findScenarioRow(db, siteId, id);
  if (!row) throw notFound('risk scenario', id);
  return { doc: scenarioFromRow(row), acceptance: parseAcceptance(row.acceptance) };
}

export async function getRisk(db: Db, actor: Actor, siteId: string, id: string): Promise<RiskView> {
  requirePermission(actor, 'site.read', siteId);
  const { doc, acceptance } = await loadScenario(db.kysely, siteId, id);
  return view(actor, siteId, (await effectiveMatrix(db.kysely, siteId)).matrix, doc, acceptance);
}

export async function createRisk(db: Db, actor: Actor, siteId: string, body: unknown): Promise<RiskView> {
  // Checked again here, not only on the route: the CLI and other services call this too.
  requirePermission(actor, 'risk.update', siteId);
  const s = canonicalScenario(await validate<ThreatScenarioDoc>(ThreatScenario, body));
  return db.kysely.transaction().execute(async (trx) => {
    requireReason(actor, await requireSite(trx, siteId));
    if (await repo.findScenarioRow(trx, siteId, s.id))
      throw new AppError('C981_ERR_CONFLICT', `risk scenario "${s.id}" already exists in site "${siteId}"`);
    const { matrix } = await effectiveMatrix(trx, siteId);
    const warnings = await checkScenario(trx, siteId, matrix, s);
    const now = nowIso();
    await trx
      .insertInto('risk_scenarios')
      .values({ ...scenarioToRow(siteId, s, now), created_at: now })
      .execute();
    await recordAudit(trx, actor, { action: 'risk.create', siteId, entity: 'risk', entityId: s.id, detail: s });
    return view(actor, siteId, matrix, s, null, warnings);
  });
}

export async function updateRisk(db: Db, actor: Actor, siteId: string, id: string, body: unknown): Promise<RiskView> {
  // Checked again here, not only on the route: the CLI and other services call this too.
  requirePermission(actor, 'risk.update', siteId);
  const patch = await validate<Record<string, unknown>>(ThreatScenarioPatch, body);
  return db.kysely.transaction().execute(async (trx) => {
    const { doc: before, acceptance } = await loadScenario(trx, siteId, id);
    const after = canonicalScenario(await validate<ThreatScenarioDoc>(ThreatScenario, mergePatch(before, patch)));
    const { matrix } = await effectiveMatrix(trx, siteId);
    // An unchanged scenario writes and records nothing (and so needs no reason).
    if (JSON.stringify(after) === JSON.stringify(before)) return view(actor, siteId, matrix, after, acceptance);
    requireReason(actor, await requireSite(trx, siteId));
    const warnings = await checkScenario(trx, siteId, matrix, after);
    await trx
      .updateTable('risk_scenarios')
      // An acceptance covered the scenario as it was: a changed scenario must be accepted again.
      .set({ ...scenarioToRow(siteId, after, nowIso()), acceptance: null })
      .where('site_id', '=', siteId)
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, actor, {
      action: 'risk.update',
      siteId,
      entity: 'risk',
      entityId: id,
      detail: { before, after, ...(acceptance ? { acceptanceRemoved: acceptance } : {}) },
    });
    return view(actor, siteId, matrix, after, null, warnings);
  });
}

export async function deleteRisk(db: Db, actor: Actor, siteId: string, id: string): Promise<void> {
  // Checked again here, not only on the route: the CLI and other services call this too.
  requirePermission(actor, 'risk.update', siteId);
  await db.kysely.transaction().execute(async (trx) => {
    const { doc: before } = await loadScenario(trx, siteId, id);
    requireReason(actor, await requireSite(trx, siteId));
    await trx.deleteFrom('risk_scenarios').where('site_id', '=', siteId).where('id', '=', id).execute();
    await recordAudit(trx, actor, { action: 'risk.delete', siteId, entity: 'risk', entityId: id, detail: before });
  });
}
