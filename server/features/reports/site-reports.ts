// Loads the data of each site report and hands it to its pure builder in core/reports. The SL
// figures come from the same services as the API (siteEvaluation, siteCrs, the risk register's
// view), so a report never says something the app does not.
import type { ApprovalSignature } from '../../../core/reports/controls-report.js';
import { buildControlsReport } from '../../../core/reports/controls-report.js';
import { buildCrsReport } from '../../../core/reports/crs-report.js';
import { buildGapsReport } from '../../../core/reports/gaps-report.js';
import type { ReportDocument } from '../../../core/reports/model.js';
import { buildRisksReport } from '../../../core/reports/risks-report.js';
import { buildZonesReport } from '../../../core/reports/zones-report.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { siteCrs } from '../crs/crs.service.js';
import { siteEvaluation } from '../evaluation/evaluation.service.js';
import { effectiveMatrix } from '../risk-matrix/risk-matrix.service.js';
import { parseAcceptance } from '../risks/risk-acceptance.js';
import { scenarioFromRow } from '../risks/risks.mapper.js';
import { listScenarioRows } from '../risks/risks.repository.js';
import { view } from '../risks/risks.service.js';
import { siteReportContext } from './report-context.js';
import { assetCounts, peopleNames, siteConduits, siteControls, siteZones } from './site-model.js';

const named = (zones: readonly { id: string; name: string }[], conduits: readonly { id: string; name?: string }[]) => [
  ...zones.map((z) => ({ id: z.id, name: z.name })),
  ...conduits.map((c) => ({ id: c.id, name: c.name ?? null })),
];

export async function zonesReport(db: Db, actor: Actor, siteId: string, asOf: string): Promise<ReportDocument> {
  const context = await siteReportContext(db.kysely, actor, siteId, asOf);
  const [zones, conduits, counts, evaluation] = await Promise.all([
    siteZones(db.kysely, siteId),
    siteConduits(db.kysely, siteId),
    assetCounts(db.kysely, siteId),
    siteEvaluation(db, actor, siteId, asOf),
  ]);
  return buildZonesReport({ context, zones, conduits, evaluation, assetCounts: counts });
}

export async function gapsReport(db: Db, actor: Actor, siteId: string, asOf: string): Promise<ReportDocument> {
  const context = await siteReportContext(db.kysely, actor, siteId, asOf);
  const [zones, conduits, evaluation] = await Promise.all([
    siteZones(db.kysely, siteId),
    siteConduits(db.kysely, siteId),
    siteEvaluation(db, actor, siteId, asOf),
  ]);
  return buildGapsReport({
    context,
    zones: zones.map((z) => ({ id: z.id, name: z.name })),
    conduits: conduits.map((c) => ({ id: c.id, name: c.name ?? null })),
    evaluation,
  });
}

/**
 * The e-signature of each control's current approval: the newest approval record in the audit
 * trail whose approved control has the approval date the control still carries (a later edit
 * that dropped the approval, or a newer approval, does not borrow an old signature).
 */
async function controlSignatures(
  db: Db,
  siteId: string,
  approvedAt: ReadonlyMap<string, string>,
): Promise<Record<string, ApprovalSignature>> {
  const rows = await db.kysely
    .selectFrom('audit_events')
    .select(['entity_id', 'detail'])
    .where('site_id', '=', siteId)
    .where('action', '=', 'compensating-control.approve')
    .orderBy('seq', 'desc')
    .execute();
  const out: Record<string, ApprovalSignature> = {};
  for (const r of rows) {
    const id = r.entity_id;
    if (id === null || id in out || r.detail === null || !approvedAt.has(id)) continue;
    const detail = JSON.parse(r.detail) as { after?: { approvedAt?: string }; signature?: ApprovalSignature };
    if (detail.signature && detail.after?.approvedAt === approvedAt.get(id)) out[id] = detail.signature;
  }
  return out;
}

export async function controlsReport(db: Db, actor: Actor, siteId: string, asOf: string): Promise<ReportDocument> {
  const context = await siteReportContext(db.kysely, actor, siteId, asOf);
  const [zones, conduits, controls] = await Promise.all([
    siteZones(db.kysely, siteId),
    siteConduits(db.kysely, siteId),
    siteControls(db.kysely, siteId),
  ]);
  const approved = new Map(controls.flatMap((c) => (c.approvedAt ? [[c.id, c.approvedAt] as const] : [])));
  const [people, signatures] = await Promise.all([
    peopleNames(
      db.kysely,
      controls.flatMap((c) => (c.approvedBy ? [c.approvedBy] : [])),
    ),
    controlSignatures(db, siteId, approved),
  ]);
  return buildControlsReport({ context, controls, scopes: named(zones, conduits), people, signatures });
}

export async function risksReport(db: Db, actor: Actor, siteId: string, asOf: string): Promise<ReportDocument> {
  const context = await siteReportContext(db.kysely, actor, siteId, asOf);
  const [zones, conduits, matrix, rows] = await Promise.all([
    siteZones(db.kysely, siteId),
    siteConduits(db.kysely, siteId),
    effectiveMatrix(db.kysely, siteId),
    listScenarioRows(db.kysely, siteId),
  ]);
  const scenarios = rows.map((r) =>
    view(actor, siteId, matrix.matrix, scenarioFromRow(r), parseAcceptance(r.acceptance)),
  );
  return buildRisksReport({ context, matrix, scopes: named(zones, conduits), scenarios });
}

export async function crsReport(db: Db, actor: Actor, siteId: string, asOf: string): Promise<ReportDocument> {
  const context = await siteReportContext(db.kysely, actor, siteId, asOf);
  const crs = await siteCrs(db, actor, siteId, asOf);
  return buildCrsReport({ context: { ...context, generatedAt: crs.generatedAt }, crs });
}
