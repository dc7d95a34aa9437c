// IEC 62443-3-2 ZCR 6: the Cybersecurity Requirements Specification (CRS) of the system under
// consideration, as a document model built from plain inputs (site, assessment record, evaluation,
// rated threat scenarios). Pure: the server answers it as JSON or renders it as HTML, and the web
// app can build the same model from the same data. Never stored: it is generated on each request.
import type { AssetDoc, CompensatingControlDoc, ConduitDoc, SiteDoc, ZoneDoc } from '../../schemas/site-file.js';
import type { ThreatScenarioDoc } from '../../schemas/risk-scenario.js';
import type { Eval } from '../evaluation.types.js';
import { toVector } from '../sl-vector.js';
import type { StepState, Suc, ZcrStep } from './assessment.js';
import { sourceCapability } from './scenario.js';

/** A risk rating as the risk register answers it (server/features/risks/risk-rating.ts). */
export interface CrsRiskRating {
  level: string;
  name: string;
  rank: number;
  tolerable: boolean;
  likelihood: number;
  consequence: number;
  category: string;
}

/** Who accepted a scenario's remaining intolerable risk, until when (ZCR 5/6 risk acceptance). */
export interface CrsAcceptance {
  byName: string;
  at: string;
  expires: string;
  rationale: string;
  /** The `expires` day is past: the risk is no longer accepted. */
  expired: boolean;
}

/** A threat scenario with its ratings on the site's effective matrix (ZCR 5). */
export type RatedScenario = ThreatScenarioDoc & {
  unmitigatedRisk: CrsRiskRating | null;
  residualRisk: CrsRiskRating | null;
  acceptance?: CrsAcceptance | null;
};

/** The ZCR 7 electronic signature the approval carries. */
export interface CrsSignature {
  printedName: string;
  signedBy: string;
  signedAt: string;
  meaning: string;
  contentHash: string;
}

export interface CrsApproval {
  version: number;
  approvedBy: string;
  approvedAt: string;
  contentHash: string;
  signature: CrsSignature;
}

export interface CrsInput {
  site: Pick<SiteDoc, 'id' | 'name' | 'regulated'> & {
    zones?: ZoneDoc[];
    conduits?: ConduitDoc[];
    assets?: AssetDoc[];
    compensatingControls?: CompensatingControlDoc[];
  };
  generatedAt: string;
  asOf: string;
  assessment: {
    version: number;
    status: string;
    lastApproval: CrsApproval | null;
    suc: Suc;
    steps: Record<ZcrStep, StepState>;
  };
  /** The site evaluation at `asOf` (SL-A and gap per zone). */
  evaluation: { zones: Eval[] };
  scenarios: RatedScenario[];
  riskMatrix: { source: string; tolerableRisk: string };
}

export interface CrsZone {
  id: string;
  name: string;
  kind: string;
  slTarget: number[] | null;
  rationale: string | null;
  slAchieved: number[] | null;
  gap: number[] | null;
  assets: number;
  safetyAssets: number;
}

export interface CrsConduit {
  id: string;
  name: string | null;
  zones: string[];
  slTarget: number[] | null;
  rationale: string | null;
  channels: NonNullable<ConduitDoc['channels']>;
  measures: string[];
}

export interface CrsThreat {
  id: string;
  title: string;
  target: { kind: 'zone' | 'conduit'; id: string };
  threatSource: { name: string; kind: string | null; capability: number | null };
  vector: string;
  affectedFrs: number[];
  unmitigatedRisk: CrsRiskRating | null;
  residualRisk: CrsRiskRating | null;
  /** The CRS states which intolerable risks the asset owner knowingly carries, and until when. */
  acceptance: CrsAcceptance | null;
}

export interface CrsControl {
  id: string;
  scope: string;
  requirements: string[];
  kind: string;
  approvedBy: string | null;
  expires: string | null;
}

/** An organisational or physical assumption, with the step whose notes state it. */
export interface CrsAssumption {
  step: 'zcr1' | 'zcr6';
  text: string;
}

export interface CrsDocument {
  site: { id: string; name: string; regulated: boolean };
  generatedAt: string;
  asOf: string;
  assessment: { version: number; status: string; lastApproval: CrsApproval | null };
  suc: Suc;
  zones: CrsZone[];
  conduits: CrsConduit[];
  threatEnvironment: CrsThreat[];
  compensatingControls: CrsControl[];
  riskMatrix: { source: string; tolerableRisk: string };
  assumptions: CrsAssumption[];
}

/** The steps whose notes carry the assumptions: ZCR 1 (the SUC's context) and ZCR 6 (the CRS itself). */
export const ASSUMPTION_STEPS = ['zcr1', 'zcr6'] as const;

/**
 * IEC 62443-3-2 ZCR 6 asks the CRS to state the organisational and physical assumptions. C-981 keeps
 * them as the notes of ZCR 1 and ZCR 6: each non-empty line is one assumption (a leading "-", "*"
 * or "•" list marker is dropped), in the order written.
 */
export function assumptionsFrom(steps: Partial<Record<ZcrStep, Pick<StepState, 'notes'>>>): CrsAssumption[] {
  return ASSUMPTION_STEPS.flatMap((step) =>
    (steps[step]?.notes ?? '')
      .split(/\r?\n/)
      .map((line) => line.replace(/^\s*[-*•]\s*/, '').trim())
      .filter((text) => text !== '')
      .map((text) => ({ step, text })),
  );
}

const vectorOrNull = (v: number | readonly number[] | undefined): number[] | null =>
  v === undefined ? null : toVector(v);

/**
 * The CRS of the SUC (ZCR 1): when the SUC lists zones, only those zones, the conduits whose zones
 * are all among them, and the threat scenarios and compensating controls about those zones and
 * conduits; when it lists none, the whole site.
 */
export function buildCrs(input: CrsInput): CrsDocument {
  const { site, assessment } = input;
  const sucZones = new Set(assessment.suc.zones);
  const limited = sucZones.size > 0;
  const zones = (site.zones ?? []).filter((z) => !limited || sucZones.has(z.id));
  const conduits = (site.conduits ?? []).filter((c) => !limited || c.zones.every((z) => sucZones.has(z)));
  const inScope = new Set([...zones.map((z) => z.id), ...conduits.map((c) => c.id)]);
  const evalOf = new Map(input.evaluation.zones.map((e) => [e.id, e]));
  const assets = site.assets ?? [];

  return {
    site: { id: site.id, name: site.name, regulated: site.regulated === true },
    generatedAt: input.generatedAt,
    asOf: input.asOf,
    assessment: { version: assessment.version, status: assessment.status, lastApproval: assessment.lastApproval },
    suc: assessment.suc,
    zones: zones.map((z) => {
      const inZone = assets.filter((a) => a.zone === z.id);
      const e = evalOf.get(z.id);
      return {
        id: z.id,
        name: z.name,
        kind: z.kind,
        slTarget: vectorOrNull(z.slTarget),
        rationale: z.rationale ?? null,
        slAchieved: e?.slAchieved ?? null,
        gap: e?.gap ?? null,
        assets: inZone.length,
        // An SIS controller is a safety asset whether flagged or not (DESIGN §4).
        safetyAssets: inZone.filter((a) => a.safety === true || a.type === 'sis-controller').length,
      };
    }),
    conduits: conduits.map((c) => ({
      id: c.id,
      name: c.name ?? null,
      zones: c.zones,
      slTarget: vectorOrNull(c.slTarget),
      rationale: c.rationale ?? null,
      channels: c.channels ?? [],
      measures: c.measures ?? [],
    })),
    threatEnvironment: input.scenarios
      .filter((s) => inScope.has(s.target.id))
      .map((s) => ({
        id: s.id,
        title: s.title,
        target: s.target,
        threatSource: {
          name: s.threatSource.name,
          kind: s.threatSource.kind ?? null,
          capability: sourceCapability(s.threatSource),
        },
        vector: s.vector,
        affectedFrs: s.affectedFrs,
        unmitigatedRisk: s.unmitigatedRisk,
        residualRisk: s.residualRisk,
        acceptance: s.acceptance
          ? {
              byName: s.acceptance.byName,
              at: s.acceptance.at,
              expires: s.acceptance.expires,
              rationale: s.acceptance.rationale,
              expired: s.acceptance.expired,
            }
          : null,
      })),
    compensatingControls: (site.compensatingControls ?? [])
      .filter((c) => inScope.has(c.scope))
      .map((c) => ({
        id: c.id,
        scope: c.scope,
        requirements: c.requirements,
        kind: c.kind,
        approvedBy: c.approvedBy ?? null,
        expires: c.expires ?? null,
      })),
    riskMatrix: input.riskMatrix,
    assumptions: assumptionsFrom(assessment.steps),
  };
}
