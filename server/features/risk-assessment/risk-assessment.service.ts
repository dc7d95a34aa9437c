// The risk assessment of a site (issue #6, IEC 62443-3-2 ZCR 1–7): one working record per site,
// read with its automatic parts (ZCR 3 findings with their decisions, ZCR 4 comparison with the
// tolerable risk) and its approval status, and changed by PATCH (each change a new version).
import { can } from '../../../core/accounts/permissions.js';
import {
  checkInitialRisk,
  compareWithTolerable,
  emptyAssessment,
  findingsWithDecisions,
  canonicalJson,
  ZCR_STEPS,
  type AssessmentData,
  type DecisionRecord,
  type FindingWithDecision,
  type InitialRisk,
  type StepState,
  type Suc,
  type ZcrStep,
  type ZoneRiskComparison,
} from '../../../core/iec62443/risk/assessment.js';
import { todayUtc } from '../../../core/iec62443/dates.js';
import { materialChanges, type MaterialChange } from '../../../core/iec62443/risk/material-model.js';
import type { Issue } from '../../../core/sitefile/issue.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { AppError, notFound } from '../../errors.js';
import { validate } from '../../validation.js';
import { requirePermission, requireReason } from '../access.js';
import { recordAudit } from '../audit/audit.repository.js';
import { siteEvaluation } from '../evaluation/evaluation.service.js';
import { effectiveMatrix, type MatrixSource } from '../risk-matrix/risk-matrix.service.js';
import { existingAssets, existingZones, nowIso, requireSite, throwIfIssues } from '../site-refs.js';
import * as repo from './risk-assessment.repository.js';
import { AssessmentPatchBody } from './risk-assessment.schemas.js';
import { currentModel } from './risk-assessment.snapshot.js';

/**
 * `draft`: not approved, or edited since the last approval; `approved`: the current version is
 * approved and the model has not changed materially since; `needs-reassessment`: it has.
 */
export type AssessmentStatus = 'draft' | 'approved' | 'needs-reassessment';

export type ApprovalSummary = Omit<repo.StoredApproval, 'snapshot'>;

export interface AssessmentAnswer extends AssessmentData {
  site: string;
  /** 0 until the first change. */
  version: number;
  status: AssessmentStatus;
  updatedAt: string | null;
  updatedBy: string | null;
  /** Computed on each read, never stored. */
  computed: {
    /** ZCR 3: the site's current lint findings, each with its recorded decision (or null). */
    zcr3: FindingWithDecision[];
    /** ZCR 4: each rated zone's initial risk against the tolerable risk of the effective matrix. */
    zcr4: ZoneRiskComparison[];
    matrixSource: MatrixSource;
  };
  lastApproval: ApprovalSummary | null;
  /** Material changes to the model since the last approval (empty when none or never approved). */
  changes: MaterialChange[];
  /** What the caller may do: `read`, `update`, `approve`. */
  abilities: string[];
}

interface PatchInput {
  steps?: Partial<Record<ZcrStep, Partial<StepState>>>;
  suc?: Partial<Suc>;
  initialRisk?: Record<string, InitialRisk | null>;
  decisions?: Record<string, DecisionRecord | null>;
}

const FINDING_KEY = /^[A-Z0-9][A-Z0-9-]*:(zone|conduit|asset|compensatingControl):[^\s]+$/;

const abilitiesOf = (actor: Actor, siteId: string): string[] => {
  const p = actor.principal;
  if (!p) return ['read', 'update', 'approve'];
  return [
    'read',
    ...(can(p, 'risk.update', siteId) ? ['update'] : []),
    ...(can(p, 'riskAssessment.approve', siteId) ? ['approve'] : []),
  ];
};

function statusOf(version: number, last: repo.StoredApproval | null, changes: MaterialChange[]): AssessmentStatus {
  if (!last) return 'draft';
  if (changes.length > 0) return 'needs-reassessment';
  return last.version === version ? 'approved' : 'draft';
}

export async function getAssessment(db: Db, actor: Actor, siteId: string): Promise<AssessmentAnswer> {
  requirePermission(actor, 'site.read', siteId);
  await requireSite(db.kysely, siteId);
  const [stored, last, model, matrix, evaluation] = await Promise.all([
    repo.findAssessment(db.kysely, siteId),
    repo.findApproval(db.kysely, siteId),
    currentModel(db.kysely, siteId),
    effectiveMatrix(db.kysely, siteId),
    siteEvaluation(db, actor, siteId, todayUtc()),
  ]);
  const data = stored?.data ?? emptyAssessment();
  const version = stored?.version ?? 0;
  const changes = last ? materialChanges(last.snapshot.model, model) : [];
  const lastApproval = last ? (({ snapshot: _, ...summary }) => summary)(last) : null;
  return {
    site: siteId,
    version,
    status: statusOf(version, last, changes),
    updatedAt: stored?.updatedAt ?? null,
    updatedBy: stored?.updatedBy ?? null,
    ...data,
    computed: {
      zcr3: findingsWithDecisions(evaluation.findings, data.decisions),
      zcr4: compareWithTolerable(matrix.matrix, data.initialRisk),
      matrixSource: matrix.source,
    },
    lastApproval,
    changes,
    abilities: abilitiesOf(actor, siteId),
  };
}

/** An approved version as frozen (`GET …/risk-assessment?version=N`). */
export async function getApprovedVersion(
  db: Db,
  actor: Actor,
  siteId: string,
  version: string,
): Promise<repo.StoredApproval & { site: string }> {
  requirePermission(actor, 'site.read', siteId);
  await requireSite(db.kysely, siteId);
  const n = Number(version);
  if (!/^[1-9]\d{0,8}$/.test(version))
    throw new AppError('C981_ERR_VALIDATION', `version must be a whole number from 1; got "${version}"`, [
      { path: 'version', message: 'not a version number' },
    ]);
  const found = await repo.findApproval(db.kysely, siteId, n);
  if (!found) throw notFound('approved risk assessment version', version);
  return { site: siteId, ...found };
}

/** Applies a PATCH: steps and SUC field by field, initial risk and decisions entry by entry. */
function applyPatch(current: AssessmentData, patch: PatchInput): AssessmentData {
  const next = structuredClone(current);
  for (const step of ZCR_STEPS) {
    const p = patch.steps?.[step];
    if (p) next.steps[step] = { ...next.steps[step], ...p };
  }
  if (patch.suc) next.suc = { ...next.suc, ...patch.suc };
  for (const [zone, r] of Object.entries(patch.initialRisk ?? {}))
    if (r === null) delete next.initialRisk[zone];
    else next.initialRisk[zone] = r;
  for (const [key, d] of Object.entries(patch.decisions ?? {}))
    if (d === null) delete next.decisions[key];
    else next.decisions[key] = d;
  return next;
}

export async function patchAssessment(db: Db, actor: Actor, siteId: string, body: unknown): Promise<AssessmentAnswer> {
  requirePermission(actor, 'risk.update', siteId);
  const patch = await validate<PatchInput>(AssessmentPatchBody, body ?? {});
  await db.kysely.transaction().execute(async (trx) => {
    const site = await requireSite(trx, siteId);
    const stored = await repo.findAssessment(trx, siteId);
    const current = stored?.data ?? emptyAssessment();
    const next = applyPatch(current, patch);
    if (canonicalJson(next) === canonicalJson(current)) return;
    // Validated (GxP) sites: the assessment decides the SL-Ts, so each change says why.
    requireReason(actor, site);
    const issues: Issue[] = [];
    const zones = await existingZones(trx, siteId, [...new Set([...next.suc.zones, ...Object.keys(next.initialRisk)])]);
    const assets = await existingAssets(trx, siteId, [...new Set(next.suc.assets)]);
    next.suc.zones.forEach((z, i) => {
      if (!zones.has(z)) issues.push({ path: ['suc', 'zones', i], message: `zone "${z}" does not exist in this site` });
    });
    next.suc.assets.forEach((a, i) => {
      if (!assets.has(a))
        issues.push({ path: ['suc', 'assets', i], message: `asset "${a}" does not exist in this site` });
    });
    issues.push(...checkInitialRisk((await effectiveMatrix(trx, siteId)).matrix, next.initialRisk, zones));
    for (const key of Object.keys(next.decisions))
      if (!FINDING_KEY.test(key))
        issues.push({ path: ['decisions', key], message: `"${key}" is not a finding key rule:kind:id` });
    throwIfIssues(issues);
    const version = (stored?.version ?? 0) + 1;
    await repo.saveAssessment(trx, siteId, { version, data: next, updatedAt: nowIso(), updatedBy: actor.id });
    await recordAudit(trx, actor, {
      action: 'risk-assessment.update',
      siteId,
      entity: 'riskAssessment',
      entityId: siteId,
      detail: { version, patch },
    });
  });
  return getAssessment(db, actor, siteId);
}
