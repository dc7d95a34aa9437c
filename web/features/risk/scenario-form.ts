// The scenario dialog's form and what it sends: the whole document when adding (POST), and when
// editing only the fields the user changed, with null for optional fields emptied (PATCH
// …/risks/{id}, docs/api.md). Pure, so the rules are unit-tested (scenario-form.test.tsx).
import {
  CONSEQUENCE_CATEGORIES,
  type ConsequenceCategory,
  type ThreatScenarioDoc,
  type ThreatSourceKind,
  type ThreatVector,
} from '../../../core/schemas/risk-scenario.js';

export type Ratings = Partial<Record<ConsequenceCategory, number>>;

export interface ScenarioForm {
  id: string;
  title: string;
  description: string;
  /** `zone:<id>` or `conduit:<id>`; '' until chosen. */
  target: string;
  vector: ThreatVector;
  vulnerability: string;
  sourceName: string;
  /** '' only for a stored scenario that names no kind (its capability is then required). */
  sourceKind: ThreatSourceKind | '';
  /** SL 1–4 stated for this source; '' takes the kind's default. */
  capability: number | '';
  /** Not edited here, kept as stored. */
  sourceDescription: string;
  affectedFrs: number[];
  consequence: Ratings;
  likelihood: number;
  assets: string[];
  /** 62443-3-3 ids as typed, comma-separated ("SR 1.1, SR 5.1 RE 1"). */
  requirements: string;
  compensatingControls: string[];
  /** '' when not rated. */
  residualLikelihood: number | '';
  /** A category left out keeps its unmitigated level (docs/risk.md). */
  residualConsequence: Ratings;
}

export const emptyForm = (): ScenarioForm => ({
  id: '',
  title: '',
  description: '',
  target: '',
  vector: 'network',
  vulnerability: '',
  sourceName: '',
  sourceKind: 'criminal',
  capability: '',
  sourceDescription: '',
  affectedFrs: [],
  consequence: {},
  likelihood: 3,
  assets: [],
  requirements: '',
  compensatingControls: [],
  residualLikelihood: '',
  residualConsequence: {},
});

export function formOf(s: ThreatScenarioDoc): ScenarioForm {
  const cm = s.countermeasures ?? {};
  return {
    id: s.id,
    title: s.title,
    description: s.description ?? '',
    target: `${s.target.kind}:${s.target.id}`,
    vector: s.vector,
    vulnerability: s.vulnerability ?? '',
    sourceName: s.threatSource.name,
    sourceKind: s.threatSource.kind ?? '',
    capability: s.threatSource.capability ?? '',
    sourceDescription: s.threatSource.description ?? '',
    affectedFrs: [...s.affectedFrs],
    consequence: { ...s.consequence },
    likelihood: s.likelihood,
    assets: [...(cm.assets ?? [])],
    requirements: (cm.requirements ?? []).join(', '),
    compensatingControls: [...(cm.compensatingControls ?? [])],
    residualLikelihood: s.residualLikelihood ?? '',
    residualConsequence: { ...s.residualConsequence },
  };
}

/** "sr 1.1,  SR 5.1  re 1" → ["SR 1.1", "SR 5.1 RE 1"]: the catalog's spelling, each once. */
export function parseRequirements(text: string): string[] {
  const ids = text
    .split(/[,;\n]+/)
    .map((v) => v.trim().replace(/\s+/g, ' ').toUpperCase())
    .filter((v) => v !== '');
  return [...new Set(ids)];
}

/** The kind has no default capability (`other`, or none stated): the form must give one. */
export const needsCapability = (f: ScenarioForm): boolean =>
  (f.sourceKind === '' || f.sourceKind === 'other') && f.capability === '';

/** What the server requires that the form can check before sending. */
export const formComplete = (f: ScenarioForm): boolean =>
  f.id.trim() !== '' &&
  f.title.trim() !== '' &&
  f.target !== '' &&
  f.sourceName.trim() !== '' &&
  !needsCapability(f) &&
  f.affectedFrs.length > 0 &&
  Object.keys(f.consequence).length > 0;

/** Drops undefined values so an absent field is absent, not `undefined`. */
const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
const text = (v: string) => (v.trim() === '' ? undefined : v.trim());
const list = <T>(l: T[]) => (l.length > 0 ? l : undefined);
const level = (v: number | '') => (v === '' ? undefined : v);
/** In category order, like the server's canonical form; undefined when nothing is rated. */
const ratings = (r: Ratings) =>
  Object.keys(r).length === 0 ? undefined : defined(Object.fromEntries(CONSEQUENCE_CATEGORIES.map((c) => [c, r[c]])));

/** The scenario document the form describes. */
export function docOf(f: ScenarioForm): ThreatScenarioDoc {
  const colon = f.target.indexOf(':');
  const countermeasures = defined({
    assets: list(f.assets),
    requirements: list(parseRequirements(f.requirements)),
    compensatingControls: list(f.compensatingControls),
  });
  return defined({
    id: f.id.trim(),
    title: f.title.trim(),
    description: text(f.description),
    target: { kind: f.target.slice(0, colon) as 'zone' | 'conduit', id: f.target.slice(colon + 1) },
    threatSource: defined({
      name: f.sourceName.trim(),
      kind: f.sourceKind === '' ? undefined : f.sourceKind,
      capability: level(f.capability),
      description: text(f.sourceDescription),
    }),
    vector: f.vector,
    vulnerability: text(f.vulnerability),
    affectedFrs: [...f.affectedFrs].sort((a, b) => a - b),
    consequence: ratings(f.consequence) ?? {},
    likelihood: f.likelihood,
    countermeasures: Object.keys(countermeasures).length > 0 ? countermeasures : undefined,
    residualLikelihood: level(f.residualLikelihood),
    residualConsequence: ratings(f.residualConsequence),
  });
}

/** Every field a PATCH may carry, and whether `null` clears it (docs/api.md); the id never changes. */
const PATCH_FIELDS: Record<Exclude<keyof ThreatScenarioDoc, 'id'>, 'required' | 'clearable'> = {
  title: 'required',
  description: 'clearable',
  target: 'required',
  threatSource: 'required',
  vector: 'required',
  vulnerability: 'clearable',
  affectedFrs: 'required',
  consequence: 'required',
  likelihood: 'required',
  countermeasures: 'clearable',
  residualLikelihood: 'clearable',
  residualConsequence: 'clearable',
};
type PatchField = keyof typeof PATCH_FIELDS;

/** PATCH body: changed top-level fields whole (the server replaces, never merges, them). */
export type ScenarioPatch = { [K in PatchField]?: ThreatScenarioDoc[K] | null };

/** JSON with sorted keys, so key order never counts as a change. */
const stable = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1)))
      : x,
  ) ?? 'undefined';

/** The fields of `after` that differ from `before`; an optional field gone becomes null. */
export function scenarioPatch(before: ThreatScenarioDoc, after: ThreatScenarioDoc): ScenarioPatch {
  const patch: Record<string, unknown> = {};
  for (const [key, kind] of Object.entries(PATCH_FIELDS) as [PatchField, 'required' | 'clearable'][]) {
    if (stable(before[key]) === stable(after[key])) continue;
    if (after[key] !== undefined) patch[key] = after[key];
    else if (kind === 'clearable') patch[key] = null;
  }
  return patch;
}

/**
 * The PATCH for an edited form. The stored scenario goes through the form too, so only what the
 * user changed is sent (not, say, an empty list the form cannot show): a PATCH that changes
 * anything withdraws the scenario's risk acceptance on the server.
 */
export const editPatch = (stored: ThreatScenarioDoc, form: ScenarioForm): ScenarioPatch =>
  scenarioPatch(docOf(formOf(stored)), docOf(form));
