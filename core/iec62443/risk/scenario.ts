// Threat scenarios of the detailed risk assessment (IEC 62443-3-2 ZCR 5): the threat source and its
// capability as an SL, the consequence per category, likelihood before and after countermeasures,
// and the checks the schema (core/schemas/risk-scenario.ts) cannot express.
import { requirement33 } from '../catalog.js';
import {
  CONSEQUENCE_CATEGORIES,
  type ConsequenceCategory,
  type ConsequenceRatingsDoc,
  type ThreatScenarioDoc,
  type ThreatSourceDoc,
  type ThreatSourceKind,
} from '../../schemas/risk-scenario.js';

export type ThreatScenario = ThreatScenarioDoc;
export type ThreatSource = ThreatSourceDoc;
export type ConsequenceRatings = ConsequenceRatingsDoc;
export type CapabilitySl = 1 | 2 | 3 | 4;

/**
 * Default capability SL per kind of threat source. The levels follow the SL definitions of
 * IEC 62443-3-3 / DESIGN §3 (what a level must resist): SL 1 accidents and casual misuse, SL 2 a
 * deliberate attempt with simple, generic means and little motivation, SL 3 a deliberate attack
 * with sophisticated, IACS-aware means and moderate resources and motivation, SL 4 the same with
 * extensive resources and high motivation. A scenario may always state its own `capability`.
 */
export const DEFAULT_SOURCE_CAPABILITY: Readonly<Record<Exclude<ThreatSourceKind, 'other'>, CapabilitySl>> = {
  unintentional: 1, // operator error, misconfiguration, untargeted malware picked up by chance
  casual: 1, // curiosity or a mistake, no intent to harm, no particular skill
  opportunist: 2, // deliberate but with public tools, generic IT skills, little motivation
  insider: 2, // an employee or contractor misusing ordinary access with simple means
  hacktivist: 3, // motivated group, IACS-aware, moderate resources
  criminal: 3, // ransomware / extortion crews: sophisticated tooling, money-driven
  terrorist: 3, // intent to cause physical harm, moderate resources
  'state-sponsored': 4, // extensive resources, bespoke IACS tooling, long campaigns
};

/** Likelihood and consequence scale sizes of the risk matrix in use (5×5 by default, issue #6). */
export interface RiskScales {
  likelihoodLevels: number;
  consequenceLevels: number;
}
export const DEFAULT_SCALES: RiskScales = { likelihoodLevels: 5, consequenceLevels: 5 };

/** Ids that exist in the scenario's site; when given, references are checked against them. */
export interface ScenarioRefs {
  zones: ReadonlySet<string>;
  conduits: ReadonlySet<string>;
  assets: ReadonlySet<string>;
  compensatingControls: ReadonlySet<string>;
}

export interface ScenarioCheckOptions {
  scales?: RiskScales;
  /** Overrides of DEFAULT_SOURCE_CAPABILITY per kind. */
  sourceCapability?: Partial<Record<ThreatSourceKind, CapabilitySl>>;
  refs?: ScenarioRefs;
}

export interface ScenarioIssue {
  severity: 'error' | 'warning';
  /** Where, from the scenario list: [index, 'likelihood'] etc. */
  path: (string | number)[];
  message: string;
}

/** Thrown by functions that need valid scenarios; `issues` lists every error found. */
export class ScenarioInputError extends Error {
  constructor(readonly issues: ScenarioIssue[]) {
    super(issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    this.name = 'ScenarioInputError';
  }
}

/**
 * The threat source's capability SL: its own `capability` when stated, otherwise the (possibly
 * overridden) default for its kind; null when neither is known (kind `other` or none).
 *
 * @example
 * sourceCapability({ name: 'Ransomware crew', kind: 'criminal' })                  // 3
 * sourceCapability({ name: 'APT', kind: 'criminal', capability: 4 })               // 4
 * sourceCapability({ name: 'Mob', kind: 'criminal' }, { criminal: 4 })             // 4
 */
export function sourceCapability(
  source: ThreatSource,
  overrides: Partial<Record<ThreatSourceKind, CapabilitySl>> = {},
): CapabilitySl | null {
  if (source.capability !== undefined) return source.capability as CapabilitySl;
  if (!source.kind) return null;
  return overrides[source.kind] ?? (source.kind === 'other' ? null : DEFAULT_SOURCE_CAPABILITY[source.kind]);
}

/** The highest consequence over the rated categories (first category wins a tie), or null if none. */
export function worstRating(ratings: ConsequenceRatings): { level: number; category: ConsequenceCategory } | null {
  let worst: { level: number; category: ConsequenceCategory } | null = null;
  for (const category of CONSEQUENCE_CATEGORIES) {
    const level = ratings[category];
    if (level !== undefined && (worst === null || level > worst.level)) worst = { level, category };
  }
  return worst;
}

const isLevel = (v: unknown, max: number): v is number =>
  Number.isInteger(v) && (v as number) >= 1 && (v as number) <= max;

/**
 * Errors and warnings for one scenario. Errors: FR outside 1–7 or repeated, capability off 1–4 or
 * unknown, likelihood / consequence off the matrix scales, no consequence, unknown 3-3 requirement,
 * dangling references (with `refs`). Warnings: residual risk worse than the unmitigated one — a
 * countermeasure cannot raise the risk (IEC 62443-3-2 ZCR 5: residual risk after countermeasures).
 */
export function validateScenario(
  s: ThreatScenario,
  opts: ScenarioCheckOptions = {},
  at: (string | number)[] = [],
): ScenarioIssue[] {
  const { likelihoodLevels: lMax, consequenceLevels: cMax } = opts.scales ?? DEFAULT_SCALES;
  const out: ScenarioIssue[] = [];
  const error = (path: (string | number)[], message: string) =>
    out.push({ severity: 'error', path: [...at, ...path], message });
  const warn = (path: (string | number)[], message: string) =>
    out.push({ severity: 'warning', path: [...at, ...path], message });

  const frs = s.affectedFrs as unknown[];
  if (!Array.isArray(frs) || frs.length === 0) error(['affectedFrs'], 'list at least one affected FR (1–7)');
  else
    frs.forEach((fr, i) => {
      if (!isLevel(fr, 7)) error(['affectedFrs', i], `FR must be an integer 1–7, got ${String(fr)}`);
      else if (frs.indexOf(fr) !== i) error(['affectedFrs', i], `FR ${fr} is listed twice`);
    });

  const cap = s.threatSource.capability as unknown;
  if (cap !== undefined && !isLevel(cap, 4))
    error(['threatSource', 'capability'], `capability must be a security level 1–4, got ${JSON.stringify(cap)}`);
  else if (sourceCapability(s.threatSource, opts.sourceCapability) === null)
    error(['threatSource', 'capability'], 'state the capability (SL 1–4): the threat source kind gives no default');

  if (!isLevel(s.likelihood, lMax))
    error(['likelihood'], `likelihood must be an integer 1–${lMax} on the matrix scale, got ${String(s.likelihood)}`);
  checkRatings(s.consequence, ['consequence'], cMax, error);
  if (worstRating(s.consequence) === null) error(['consequence'], 'rate the consequence in at least one category');

  if (s.residualLikelihood !== undefined) {
    if (!isLevel(s.residualLikelihood, lMax))
      error(
        ['residualLikelihood'],
        `likelihood must be an integer 1–${lMax} on the matrix scale, got ${String(s.residualLikelihood)}`,
      );
    else if (isLevel(s.likelihood, lMax) && s.residualLikelihood > s.likelihood)
      warn(
        ['residualLikelihood'],
        `residual likelihood ${s.residualLikelihood} is worse than unmitigated ${s.likelihood}`,
      );
  }
  if (s.residualConsequence) {
    checkRatings(s.residualConsequence, ['residualConsequence'], cMax, error);
    for (const c of CONSEQUENCE_CATEGORIES) {
      const before = s.consequence[c];
      const after = s.residualConsequence[c];
      if (after === undefined || !isLevel(after, cMax)) continue;
      if (before === undefined)
        warn(['residualConsequence', c], `${c} has a residual consequence but no unmitigated one`);
      else if (after > before)
        warn(['residualConsequence', c], `residual ${c} consequence ${after} is worse than unmitigated ${before}`);
    }
  }

  (s.countermeasures?.requirements ?? []).forEach((id, i) => {
    if (!requirement33(id)) error(['countermeasures', 'requirements', i], `unknown IEC 62443-3-3 requirement "${id}"`);
  });
  if (opts.refs) checkRefs(s, opts.refs, error);
  return out;
}

function checkRatings(
  r: ConsequenceRatings,
  path: string[],
  max: number,
  error: (path: (string | number)[], message: string) => void,
): void {
  for (const [category, level] of Object.entries(r)) {
    if (!(CONSEQUENCE_CATEGORIES as readonly string[]).includes(category))
      error([...path, category], `unknown consequence category "${category}"`);
    else if (!isLevel(level, max))
      error([...path, category], `consequence must be an integer 1–${max} on the matrix scale, got ${String(level)}`);
  }
}

function checkRefs(s: ThreatScenario, refs: ScenarioRefs, error: (path: (string | number)[], message: string) => void) {
  const targets = s.target.kind === 'zone' ? refs.zones : refs.conduits;
  if (!targets.has(s.target.id)) error(['target', 'id'], `no ${s.target.kind} "${s.target.id}" in this site`);
  (s.countermeasures?.assets ?? []).forEach((id, i) => {
    if (!refs.assets.has(id)) error(['countermeasures', 'assets', i], `no asset "${id}" in this site`);
  });
  (s.countermeasures?.compensatingControls ?? []).forEach((id, i) => {
    if (!refs.compensatingControls.has(id))
      error(['countermeasures', 'compensatingControls', i], `no compensating control "${id}" in this site`);
  });
}

/** validateScenario over a list, plus duplicate scenario ids; paths start with the list index. */
export function validateScenarios(list: readonly ThreatScenario[], opts: ScenarioCheckOptions = {}): ScenarioIssue[] {
  const seen = new Set<string>();
  return list.flatMap((s, i) => {
    const issues = validateScenario(s, opts, [i]);
    if (seen.has(s.id))
      issues.unshift({ severity: 'error', path: [i, 'id'], message: `scenario id "${s.id}" is used twice` });
    seen.add(s.id);
    return issues;
  });
}
