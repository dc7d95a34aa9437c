// The risk-assessment record of a site (issue #6): the IEC 62443-3-2 ZCR 1–7 workflow steps and
// the data the first steps produce. Pure: the server stores it, the web app can show it, and both
// compute the automatic parts (ZCR 3 decisions per finding, ZCR 4 comparison) the same way.
import type { Finding } from '../lint/finding.js';
import type { Issue } from '../../sitefile/issue.js';
import {
  CONSEQUENCE_CATEGORIES,
  riskLevel,
  worstConsequence,
  type ConsequenceCategory,
  type RiskMatrix,
} from './matrix.js';
import type { RiskRating } from './matrix.js';

/** IEC 62443-3-2 ZCR 1 (SUC) … ZCR 7 (asset owner approval): one workflow step each. */
export const ZCR_STEPS = ['zcr1', 'zcr2', 'zcr3', 'zcr4', 'zcr5', 'zcr6', 'zcr7'] as const;
export type ZcrStep = (typeof ZCR_STEPS)[number];

export const STEP_STATUSES = ['not-started', 'in-progress', 'done'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

/** Where a step stands, who carries it and when it was (or is due to be) done. */
export interface StepState {
  status: StepStatus;
  owner: string | null;
  date: string | null;
  notes: string;
}

/** ZCR 1: the system under consideration, its boundary and the zones and assets it covers. */
export interface Suc {
  scope: string;
  boundaries: string;
  accessPoints: string;
  zones: string[];
  assets: string[];
}

/** ZCR 2: the worst credible consequence per category and the (unmitigated) likelihood of a zone. */
export interface InitialRisk {
  consequence: Partial<Record<ConsequenceCategory, number>>;
  likelihood: number;
}

/** ZCR 3: what the assessor decided about a lint finding (e.g. a safety zone mixed with others). */
export const FINDING_DECISIONS = ['fix', 'accept', 'not-applicable'] as const;
export type FindingDecision = (typeof FINDING_DECISIONS)[number];
export interface DecisionRecord {
  decision: FindingDecision;
  note: string;
}

/** What is stored and signed: the steps and the data of ZCR 1–3. */
export interface AssessmentData {
  steps: Record<ZcrStep, StepState>;
  suc: Suc;
  initialRisk: Record<string, InitialRisk>;
  /** Keyed by `findingKey`. */
  decisions: Record<string, DecisionRecord>;
}

export const emptyStep = (): StepState => ({ status: 'not-started', owner: null, date: null, notes: '' });

export const emptyAssessment = (): AssessmentData => ({
  steps: Object.fromEntries(ZCR_STEPS.map((s) => [s, emptyStep()])) as Record<ZcrStep, StepState>,
  suc: { scope: '', boundaries: '', accessPoints: '', zones: [], assets: [] },
  initialRisk: {},
  decisions: {},
});

/** A finding's stable key `rule:kind:id`: decisions survive re-evaluation as long as the finding does. */
export const findingKey = (f: Pick<Finding, 'rule' | 'subject'>): string =>
  `${f.rule}:${f.subject.kind}:${f.subject.id}`;

/**
 * ZCR 2: each rating on the matrix's scales, each zone one of the site's. Returns every problem
 * (empty when valid) so the caller refuses the whole change.
 */
export function checkInitialRisk(
  matrix: RiskMatrix,
  initialRisk: Record<string, InitialRisk>,
  zones: ReadonlySet<string>,
): Issue[] {
  const issues: Issue[] = [];
  const maxL = matrix.likelihood.length;
  const maxC = matrix.consequence.length;
  const onScale = (v: number, max: number): boolean => Number.isInteger(v) && v >= 1 && v <= max;
  for (const [zone, r] of Object.entries(initialRisk)) {
    const at = ['initialRisk', zone];
    if (!zones.has(zone)) issues.push({ path: at, message: `zone "${zone}" does not exist in this site` });
    if (!onScale(r.likelihood, maxL))
      issues.push({
        path: [...at, 'likelihood'],
        message: `likelihood ${r.likelihood} is off the matrix's scale: give a whole number from 1 to ${maxL}`,
      });
    for (const [category, level] of Object.entries(r.consequence)) {
      if (!(CONSEQUENCE_CATEGORIES as readonly string[]).includes(category))
        issues.push({ path: [...at, 'consequence', category], message: `unknown consequence category "${category}"` });
      else if (!onScale(level, maxC))
        issues.push({
          path: [...at, 'consequence', category],
          message: `consequence ${level} is off the matrix's scale: give a whole number from 1 to ${maxC}`,
        });
    }
  }
  return issues;
}

/** ZCR 4 for one zone: its initial risk on the matrix and whether it is within the tolerable line. */
export interface ZoneRiskComparison {
  zone: string;
  likelihood: number;
  /** The worst consequence over the rated categories; null when none is rated yet. */
  consequence: number | null;
  /** null when there is no consequence yet, or when the ratings no longer fit the matrix. */
  risk: RiskRating | null;
  tolerable: boolean | null;
}

/**
 * IEC 62443-3-2 ZCR 4: compares each zone's initial risk (ZCR 2) with the tolerable risk. Ratings
 * made on an earlier matrix may be off its current scales: those answer `risk: null` rather than fail.
 */
export function compareWithTolerable(
  matrix: RiskMatrix,
  initialRisk: Record<string, InitialRisk>,
): ZoneRiskComparison[] {
  return Object.entries(initialRisk)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([zone, r]) => {
      let consequence: number | null = null;
      let risk: RiskRating | null = null;
      try {
        consequence = worstConsequence(r.consequence);
        if (consequence !== null) risk = riskLevel(matrix, r.likelihood, consequence);
      } catch {
        risk = null;
      }
      return { zone, likelihood: r.likelihood, consequence, risk, tolerable: risk ? risk.tolerable : null };
    });
}

/** ZCR 3 as answered: each current finding with the decision recorded for it, if any. */
export type FindingWithDecision = Finding & { key: string; decision: DecisionRecord | null };

export const findingsWithDecisions = (
  findings: readonly Finding[],
  decisions: Record<string, DecisionRecord>,
): FindingWithDecision[] =>
  findings.map((f) => {
    const key = findingKey(f);
    return { ...f, key, decision: decisions[key] ?? null };
  });

/** JSON with object keys sorted at every level: equal content, equal text, equal hash. */
export function canonicalJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v !== null && typeof v === 'object')
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    return v;
  };
  return JSON.stringify(sort(value));
}
