// IEC 62443-3-2 ZCR 6: the Cybersecurity Requirements Specification of a site, generated on each
// request from the data (site, risk assessment, evaluation, threat scenarios, risk matrix), never
// stored, so it always says what the record says now. The model is `buildCrs` in core.
import { buildCrs, type CrsDocument } from '../../../core/iec62443/risk/crs.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { notFound } from '../../errors.js';
import { requirePermission } from '../access.js';
import { siteEvaluation } from '../evaluation/evaluation.service.js';
import { getAssessment } from '../risk-assessment/risk-assessment.service.js';
import { effectiveMatrix } from '../risk-matrix/risk-matrix.service.js';
import { residualRisk, unmitigatedRisk } from '../risks/risk-rating.js';
import { acceptanceView, parseAcceptance } from '../risks/risk-acceptance.js';
import { scenarioFromRow } from '../risks/risks.mapper.js';
import { listScenarioRows } from '../risks/risks.repository.js';
import { loadSite } from '../site-files/site-loader.js';

/** The CRS of `siteId` with SL-A and gaps as of `asOf` (YYYY-MM-DD). */
export async function siteCrs(db: Db, actor: Actor, siteId: string, asOf: string): Promise<CrsDocument> {
  requirePermission(actor, 'site.read', siteId);
  const site = await loadSite(db.kysely, siteId);
  if (!site) throw notFound('site', siteId);
  const [assessment, evaluation, matrix, rows] = await Promise.all([
    getAssessment(db, actor, siteId),
    siteEvaluation(db, actor, siteId, asOf),
    effectiveMatrix(db.kysely, siteId),
    listScenarioRows(db.kysely, siteId),
  ]);
  const scenarios = rows.map((r) => {
    const s = scenarioFromRow(r);
    return {
      ...s,
      unmitigatedRisk: unmitigatedRisk(matrix.matrix, s),
      residualRisk: residualRisk(matrix.matrix, s),
      acceptance: acceptanceView(parseAcceptance(r.acceptance)),
    };
  });
  const last = assessment.lastApproval;
  return buildCrs({
    site,
    generatedAt: `${new Date().toISOString().slice(0, 19)}Z`,
    asOf,
    assessment: {
      version: assessment.version,
      status: assessment.status,
      lastApproval: last && {
        version: last.version,
        approvedBy: last.approvedBy,
        approvedAt: last.approvedAt,
        contentHash: last.contentHash,
        signature: last.signature,
      },
      suc: assessment.suc,
      steps: assessment.steps,
    },
    evaluation,
    scenarios,
    riskMatrix: { source: matrix.source, tolerableRisk: matrix.matrix.tolerableRisk },
  });
}
