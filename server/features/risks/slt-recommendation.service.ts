// The recommended SL-T of a zone or conduit from its stored threat scenarios (IEC 62443-3-2 ZCR 5:
// the target follows from the threats to resist), shown beside the current SL-T. Adopting it is a
// person's decision with a rationale, made through the zone / conduit update services so the
// audit trail and site revision record it like any other SL-T change.
import Type from 'typebox';
import { riskBasisOf } from '../../../core/iec62443/risk/risk-basis.js';
import { ScenarioInputError } from '../../../core/iec62443/risk/scenario.js';
import {
  compareSlt,
  recommendSlt,
  type SltComparison,
  type SltRecommendation,
} from '../../../core/iec62443/risk/slt-recommendation.js';
import { Text } from '../../../core/schemas/site-file.js';
import { toVector } from '../../../core/iec62443/sl-vector.js';
import { formatPath } from '../../../core/sitefile/issue.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../errors.js';
import { validate } from '../../validation.js';
import { requirePermission } from '../access.js';
import { getConduit, updateConduit, type ConduitView } from '../conduits/conduits.service.js';
import { effectiveMatrix, type MatrixSource } from '../risk-matrix/risk-matrix.service.js';
import { getZone, updateZone, type ZoneView } from '../zones/zones.service.js';
import { scenarioFromRow } from './risks.mapper.js';
import { listScenarioRows } from './risks.repository.js';

export type TargetKind = 'zone' | 'conduit';

export interface SltRecommendationAnswer {
  site: string;
  target: { kind: TargetKind; id: string };
  /** The target's SL-T vector now, or null when it has none. */
  current: number[] | null;
  recommendation: SltRecommendation;
  /** Per FR: current, recommended and recommended − current. */
  comparison: SltComparison[];
  /** Which risk matrix rated the scenarios (the site's, the organization's or the default). */
  matrix: { source: MatrixSource };
}

export const AdoptBody = Type.Object(
  { rationale: Text(4000, 'why this SL-T: recorded as the zone or conduit rationale') },
  { additionalProperties: false },
);

export async function sltRecommendation(
  db: Db,
  actor: Actor,
  siteId: string,
  kind: TargetKind,
  id: string,
): Promise<SltRecommendationAnswer> {
  requirePermission(actor, 'site.read', siteId);
  const target = kind === 'zone' ? await getZone(db, actor, siteId, id) : await getConduit(db, actor, siteId, id);
  const { source, matrix } = await effectiveMatrix(db.kysely, siteId);
  const scenarios = (await listScenarioRows(db.kysely, siteId, id))
    .map(scenarioFromRow)
    .filter((s) => s.target.kind === kind);
  let recommendation: SltRecommendation;
  try {
    recommendation = recommendSlt(scenarios, riskBasisOf(matrix));
  } catch (e) {
    // Scenarios were valid when stored; a later change of the site's risk matrix can leave them off its scale.
    if (e instanceof ScenarioInputError)
      throw new AppError(
        'C981_ERR_CONFLICT',
        `the threat scenarios of ${kind} "${id}" no longer fit the site's risk matrix: correct them first`,
        e.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
      );
    throw e;
  }
  const current = target.slTarget === undefined ? null : toVector(target.slTarget);
  return {
    site: siteId,
    target: { kind, id },
    current,
    recommendation,
    comparison: compareSlt(current, recommendation),
    matrix: { source },
  };
}

/**
 * Sets the target's SL-T to the recommendation and its rationale to the given text. An FR without a
 * recommended level keeps its current SL-T (0 when there is none). Without scenarios there is
 * nothing to adopt: 409.
 */
export async function adoptSltRecommendation(
  db: Db,
  actor: Actor,
  siteId: string,
  kind: TargetKind,
  id: string,
  body: unknown,
): Promise<ZoneView | ConduitView> {
  requirePermission(actor, kind === 'zone' ? 'zone.update' : 'conduit.update', siteId);
  const { rationale } = await validate<{ rationale: string }>(AdoptBody, body);
  const { recommendation, current } = await sltRecommendation(db, actor, siteId, kind, id);
  if (recommendation.vector.every((v) => v === null))
    throw new AppError(
      'C981_ERR_CONFLICT',
      `${kind} "${id}" has no threat scenarios: there is no SL-T recommendation to adopt`,
    );
  const slTarget = recommendation.vector.map((v, i) => v ?? current?.[i] ?? 0);
  const patch = { slTarget, rationale };
  return kind === 'zone' ? updateZone(db, actor, siteId, id, patch) : updateConduit(db, actor, siteId, id, patch);
}
