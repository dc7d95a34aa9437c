// The recommended SL-T of one zone or conduit, derived from its threat scenarios (IEC 62443-3-2
// ZCR 5: the target level follows from the threats that must be resisted). The method and the
// default mapping are documented in docs/risk.md, "SL-T recommendation".
import type { ScenarioTargetDoc, ThreatSourceKind } from '../../schemas/risk-scenario.js';
import { toVector } from '../sl-vector.js';
import {
  ScenarioInputError,
  type CapabilitySl,
  sourceCapability,
  type ThreatScenario,
  validateScenarios,
  worstRating,
} from './scenario.js';

/**
 * What the recommendation needs from the risk matrix. Only `isTolerable` is required; the rest
 * makes checks and reasons richer. The matrix module satisfies it with a small adapter.
 */
export interface RiskBasis {
  isTolerable(likelihood: number, consequence: number): boolean;
  /** Scale sizes (default 5 each); used to reject off-scale input and to find the top consequence. */
  likelihoodLevels?: number;
  consequenceLevels?: number;
  /** The named risk level of a cell, e.g. "high", for the reason text. */
  riskLabel?(likelihood: number, consequence: number): string;
  /** The name of the highest tolerable risk level, e.g. "medium", for the reason text. */
  tolerableLabel?: string;
}

/** FR-indexed values, index 0 = FR 1 (DESIGN §2); null = no minimum for that FR. */
export type PerFr<T> = readonly [T, T, T, T, T, T, T];

/** The configurable part of the method; every field has a documented default. */
export interface SltMapping {
  /** Overrides of DEFAULT_SOURCE_CAPABILITY per threat source kind. */
  sourceCapability?: Partial<Record<ThreatSourceKind, CapabilitySl>>;
  /** SL of an FR that no intolerable scenario affects, when the target has scenarios. Default 1. */
  floor?: number;
  /** SL of every FR when the target has no scenario at all. Default null (not assessed). */
  floorWithoutScenarios?: number | null;
  /** +1 (capped at 4) for a scenario whose worst consequence is the top of the scale. Default false. */
  escalateOnTopConsequence?: boolean;
  /** Policy minimum per FR (a number = every FR), applied last. Default none. */
  minimum?: number | PerFr<number | null>;
}

type ResolvedMapping = SltMapping &
  Required<Pick<SltMapping, 'floor' | 'floorWithoutScenarios' | 'escalateOnTopConsequence'>>;

export const DEFAULT_SLT_MAPPING: Readonly<ResolvedMapping> = {
  floor: 1,
  floorWithoutScenarios: null,
  escalateOnTopConsequence: false,
};

export interface FrRecommendation {
  fr: number;
  /** Recommended SL 0–4, or null when there is no basis (no scenario and no minimum). */
  sl: number | null;
  /** Ids of the intolerable scenarios that set `sl` (the strongest for this FR). */
  scenarios: string[];
  /** A sentence a person can check against the scenarios and the matrix. */
  reason: string;
}

export interface SltRecommendation {
  /** The zone or conduit, or null when there are no scenarios. */
  target: ScenarioTargetDoc | null;
  /** Index 0 = FR 1; null entries mean "not assessed". */
  vector: (number | null)[];
  frs: FrRecommendation[];
  /** Scenarios whose unmitigated risk is not tolerable, in input order. */
  intolerable: string[];
  /** Non-blocking findings of validation (e.g. residual worse than unmitigated). */
  warnings: string[];
}

const FRS = [1, 2, 3, 4, 5, 6, 7] as const;

interface Demand {
  id: string;
  sl: number;
  text: string;
}

/**
 * Recommends an SL-T vector for one target from its threat scenarios.
 *
 * Method (defaults): a scenario whose unmitigated risk — its worst consequence over the categories
 * with its unmitigated likelihood — is not tolerable demands, on each FR it affects, the capability
 * SL of its threat source (IEC 62443-3-3: an SL states which attacker the system resists). Per FR the
 * strongest demand wins. FRs no intolerable scenario affects get `floor`; with no scenario at all,
 * `floorWithoutScenarios`. `minimum` then raises FRs to a policy level.
 *
 * @throws ScenarioInputError on invalid scenarios (FR outside 1–7, capability off 1–4, likelihood or
 *   consequence off the scale, scenarios of different targets) or an invalid mapping.
 *
 * @example
 * recommendSlt([{ id: 's-2', threatSource: { name: 'Criminal group', kind: 'criminal' }, affectedFrs: [1, 3],
 *   likelihood: 4, consequence: { 'production-financial': 4 }, … }], matrix)
 * // vector [3, 1, 3, 1, 1, 1, 1]; frs[2].reason:
 * // "FR 3 → SL 3: scenario s-2 (Criminal group, SL 3) is intolerable (likelihood 4 × consequence 4 …)"
 */
export function recommendSlt(
  scenarios: readonly ThreatScenario[],
  basis: RiskBasis,
  mapping: SltMapping = {},
): SltRecommendation {
  const m: ResolvedMapping = { ...DEFAULT_SLT_MAPPING, ...mapping };
  const scales = { likelihoodLevels: basis.likelihoodLevels ?? 5, consequenceLevels: basis.consequenceLevels ?? 5 };
  const minimum = checkMapping(m);
  const issues = validateScenarios(scenarios, { scales, sourceCapability: m.sourceCapability });
  const target = scenarios[0]?.target ?? null;
  scenarios.forEach((s, i) => {
    if (target && (s.target.kind !== target.kind || s.target.id !== target.id))
      issues.push({
        severity: 'error',
        path: [i, 'target'],
        message: `scenario targets ${s.target.kind} "${s.target.id}", the others ${target.kind} "${target.id}"`,
      });
  });
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) throw new ScenarioInputError(errors);

  const demands: Demand[][] = FRS.map(() => []);
  const intolerable: string[] = [];
  for (const s of scenarios) {
    const worst = worstRating(s.consequence)!; // validated: at least one category
    if (basis.isTolerable(s.likelihood, worst.level)) continue;
    intolerable.push(s.id);
    const capability = sourceCapability(s.threatSource, m.sourceCapability)!; // validated
    // Safety-critical option: the worst outcome on the scale asks for one level more than the attacker's.
    const escalate = m.escalateOnTopConsequence && worst.level === scales.consequenceLevels && capability < 4;
    const sl = escalate ? capability + 1 : capability;
    const risk = describeRisk(basis, s.likelihood, worst.level, worst.category);
    const source = `${s.threatSource.name}, SL ${capability}${escalate ? ` +1 for top consequence → SL ${sl}` : ''}`;
    for (const fr of s.affectedFrs)
      demands[fr - 1]!.push({ id: s.id, sl, text: `${s.id} (${source}) is intolerable (${risk})` });
  }

  const frs = FRS.map((fr) =>
    recommendFr(fr, demands[fr - 1]!, scenarios.length, m.floor, m.floorWithoutScenarios, minimum[fr - 1] ?? null),
  );
  return {
    target: target ? { kind: target.kind, id: target.id } : null,
    vector: frs.map((f) => f.sl),
    frs,
    intolerable,
    warnings: issues.map((i) => `scenario ${scenarios[i.path[0] as number]!.id}: ${i.message}`),
  };
}

function recommendFr(
  fr: number,
  demands: Demand[],
  scenarioCount: number,
  floor: number,
  floorWithoutScenarios: number | null,
  minimum: number | null,
): FrRecommendation {
  let sl: number | null;
  let scenarios: string[] = [];
  let why: string;
  if (demands.length > 0) {
    sl = Math.max(...demands.map((d) => d.sl));
    const top = demands.filter((d) => d.sl === sl);
    const weaker = demands.filter((d) => d.sl !== sl);
    scenarios = top.map((d) => d.id);
    why = `${top.length === 1 ? 'scenario' : 'scenarios'} ${top.map((d) => d.text).join('; ')}`;
    if (weaker.length > 0) why += `; weaker: ${weaker.map((d) => `${d.id} (SL ${d.sl})`).join(', ')}`;
  } else if (scenarioCount > 0) {
    sl = floor;
    why = `no intolerable scenario affects FR ${fr} (${scenarioCount} assessed); floor SL ${floor}`;
  } else {
    sl = floorWithoutScenarios;
    why = `no threat scenario for this target; ${sl === null ? 'not assessed' : `floor SL ${sl}`}`;
  }
  if (minimum !== null && (sl === null || minimum > sl)) {
    why += `; raised to the minimum SL ${minimum}`;
    sl = minimum;
    scenarios = [];
  }
  return { fr, sl, scenarios, reason: `FR ${fr} → ${sl === null ? 'no SL' : `SL ${sl}`}: ${why}` };
}

function describeRisk(basis: RiskBasis, likelihood: number, consequence: number, category: string): string {
  const cell = `likelihood ${likelihood} × consequence ${consequence} (${category})`;
  const label = basis.riskLabel?.(likelihood, consequence);
  if (label === undefined) return `${cell}, not tolerable`;
  return basis.tolerableLabel === undefined
    ? `${cell} = ${label}, not tolerable`
    : `${cell} = ${label} > tolerable ${basis.tolerableLabel}`;
}

const isSl = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 4;

function checkMapping(m: ResolvedMapping): (number | null)[] {
  const errors: string[] = [];
  if (!isSl(m.floor)) errors.push(`floor must be an SL 0–4, got ${String(m.floor)}`);
  if (m.floorWithoutScenarios !== null && !isSl(m.floorWithoutScenarios))
    errors.push(`floorWithoutScenarios must be an SL 0–4 or null, got ${String(m.floorWithoutScenarios)}`);
  let minimum: (number | null)[] = [null, null, null, null, null, null, null];
  if (typeof m.minimum === 'number') minimum = toVector(m.minimum);
  else if (m.minimum !== undefined) {
    const length: number = m.minimum.length; // a tuple type, but callers may pass any array at runtime
    if (length !== 7) errors.push(`minimum must list seven FRs, got ${length}`);
    minimum = [...m.minimum];
  }
  minimum.forEach((v, i) => {
    if (v !== null && !isSl(v)) errors.push(`minimum for FR ${i + 1} must be an SL 0–4 or null, got ${String(v)}`);
  });
  for (const [kind, v] of Object.entries(m.sourceCapability ?? {}) as [string, unknown][])
    if (!Number.isInteger(v) || (v as number) < 1 || (v as number) > 4)
      errors.push(`sourceCapability.${kind} must be 1–4, got ${String(v)}`);
  if (errors.length > 0)
    throw new ScenarioInputError(errors.map((message) => ({ severity: 'error', path: ['mapping'], message })));
  return minimum;
}

export interface SltComparison {
  fr: number;
  current: number | null;
  recommended: number | null;
  /** recommended − current; positive = the current target is below the recommendation. */
  delta: number | null;
}

/**
 * The current SL-T beside the recommendation, per FR. `current` accepts what a zone stores: a
 * single level, a vector, or nothing (DESIGN §3.7).
 */
export function compareSlt(
  current: number | readonly number[] | null | undefined,
  recommended: SltRecommendation | readonly (number | null)[],
): SltComparison[] {
  const cur = current === null || current === undefined ? null : toVector(current);
  const rec = 'vector' in recommended ? recommended.vector : recommended;
  return FRS.map((fr, i) => {
    const c = cur?.[i] ?? null;
    const r = rec[i] ?? null;
    return { fr, current: c, recommended: r, delta: c === null || r === null ? null : r - c };
  });
}
